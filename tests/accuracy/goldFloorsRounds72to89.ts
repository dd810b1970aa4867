/** Floors of our own articles from rounds 72 to 89, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_72_TO_89_FLOORS: Record<string, number> = {
  // Round 72: the Battle of Samashki 0.938, the Ingushetia border protests post 1.000.
  battle_of_samashki_: 0.937,
  ingushetia_border_protests_post_: 1,
  // The Hmeimim air base 0.938, the Timbuktu blockade post 0.947.
  hmeimim_air_base_: 0.937,
  mali_timbuktu_blockade_post_: 0.946,
  // The 36th Marine Brigade 0.970, the Chinagodrar attack post 1.000.
  '36th_marine_brigade__ukraine__': 0.969,
  niger_chinagodrar_attack_post_: 1,
  // The Battle of al-Safira 1.000, the Uman apartment strike report 0.957.
  'battle_of_al-safira_': 1,
  uman_apartment_strike_video_report_: 0.956,
  // Round 73: the Battle of Ain Issa 0.900, the Kryvyi Rih playground strike report 1.000.
  battle_of_ain_issa_: 0.899,
  kryvyi_rih_playground_strike_video_report_: 1,
  // The 92nd Assault Brigade 1.000, the Yerevan police station siege post 0.750.
  '92nd_assault_brigade__ukraine__': 1,
  yerevan_police_station_siege_post_: 0.749,
  // The Tongo Tongo ambush 0.909, the Solenzo killings post 1.000.
  tongo_tongo_ambush_: 0.908,
  burkina_solenzo_killings_post_: 1,
  // Orikhiv 0.970, the Isani raid post 0.700.
  orikhiv_: 0.969,
  tbilisi_isani_raid_post_: 0.699,
  // Round 74: the Battle of Dovhenke 0.970, the Diafarabé killings post 1.000.
  battle_of_dovhenke_: 0.969,
  mali_diafarabe_killings_post_: 1,
  // The Bilopillia report 1.000, the Tartus ambush post 0.824.
  bilopillia_strike_video_report_: 1,
  syria_tartus_ambush_post_: 0.823,
  // The Battle of Damascus (2012) 1.000, the Chernihiv theatre square post 1.000.
  battle_of_damascus__2012__: 1,
  chernihiv_theatre_square_strike_post_: 1,
  // The 2020 Armenian protests 0.769, the Mondoro attack post 1.000.
  '2020_armenian_protests_': 0.768,
  mali_mondoro_attack_post_: 1,
  // Round 75: the Sévaré hotel attack 0.968, the Jaramana clashes post 1.000.
  sévaré_hotel_attack_: 0.967,
  syria_jaramana_clashes_post_: 1,
  // The Qamishli clashes (2016) 0.968, the Berdiansk port report 1.000.
  qamishli_clashes__2016__: 0.967,
  berdiansk_port_video_report_: 1,
  // The Kastuś Kalinoŭski Regiment 1.000, the Assamaka migrants post 0.857.
  kastus_kalinouski_regiment_: 1,
  niger_assamaka_migrants_post_: 0.856,
  // Melitopol 0.941, the Kalbajar mine blast post 1.000.
  melitopol_: 0.94,
  azerbaijan_kalbajar_mine_blast_post_: 1,
  // Round 76: the Battle of Trostianets 1.000, the Gavrilov night protests post 0.824.
  battle_of_trostianets_: 1,
  georgia_gavrilov_night_protests_post_: 0.823,
  // The Timbuktu camp attack (2018) 0.941, the Zhytomyr strike post 0.800.
  timbuktu_camp_attack__2018__: 0.94,
  zhytomyr_drone_strike_post_: 0.799,
  // The Battle of Sukhumi (1993) 1.000, the Lviv apartment strike report 0.909.
  battle_of_sukhumi__1993__: 1,
  lviv_apartment_strike_video_report_: 0.908,
  // The Battle of Busra al-Sham (2015) 0.968, the Intahaka gold mine post 0.889.
  'battle_of_busra_al-sham__2015__': 0.967,
  mali_intahaka_gold_mine_post_: 0.888,
  // Round 77: the Battle of Nampala (2016) 0.929, the Marhanets report 1.000.
  battle_of_nampala__2016__: 0.928,
  marhanets_bus_strike_video_report_: 1,
  // The Battle of al-Yarubiyah (2013) 0.938, the Surmalu explosion post 0.842.
  'battle_of_al-yarubiyah__2013__': 0.937,
  armenia_surmalu_explosion_post_: 0.841,
  // The siege of Okhtyrka 1.000, the Alouk water station post 0.909.
  siege_of_okhtyrka_: 1,
  syria_alouk_water_station_post_: 0.908,
  // The 2018 Armenian revolution 0.941, the N'Djamena palace attack post 1.000.
  '2018_armenian_revolution_': 0.94,
  chad_ndjamena_palace_attack_post_: 1,
  // Round 78: the In Amenas hostage crisis 1.000, the Meydan TV arrests post 0.900.
  in_amenas_hostage_crisis_: 1,
  azerbaijan_meydan_tv_arrests_post_: 0.899,
  // The Battle of Makariv 1.000, the Tchoma Bangou massacres post 0.947.
  battle_of_makariv_: 1,
  niger_tchoma_bangou_attack_post_: 0.946,
  // The 2014 Armenian–Azerbaijani clashes 0.941, the Mar Elias church bombing post 0.737.
  '2014_armenian–azerbaijani_clashes_': 0.94,
  syria_mar_elias_church_bombing_post_: 0.736,
  // The 2013 Latakia offensive 1.000, the Serhiivka strike report 0.923.
  '2013_latakia_offensive_': 1,
  serhiivka_strike_video_report_: 0.922,
  // Round 79: the siege of Sloviansk 1.000, the Karma massacre post 0.889.
  siege_of_sloviansk_: 1,
  burkina_karma_massacre_post_: 0.888,
  // The Battle of Khan Tuman (2016) 1.000, the Kharkiv printing house post 0.947.
  battle_of_khan_tuman__2016__: 1,
  ukraine_kharkiv_printing_house_strike_post_: 0.946,
  // The Battle of Gagra (1992) 0.968, the Damascus strikes post 1.000.
  battle_of_gagra__1992__: 0.967,
  syria_damascus_israeli_strikes_post_: 1,
  // The Bounti airstrike 0.968, the Druzhkivka market report 0.900.
  bounti_airstrike_: 0.967,
  druzhkivka_market_video_report_: 0.899,
  // Round 80: the Farukh clashes (2022) 1.000, the Dori convoy post 0.842.
  farukh_clashes__2022__: 1,
  burkina_dori_convoy_post_: 0.841,
  // The Battle of Shchastia 1.000, the Deir ez-Zor tribal clashes post 0.952.
  battle_of_shchastia_: 1,
  syria_deir_ez_zor_tribal_clashes_post_: 0.951,
  // The Battle of Mhardeh (2017) 1.000, the Hlukhiv report 0.929.
  battle_of_mhardeh__2017__: 1,
  hlukhiv_border_video_report_: 0.928,
  // The Madjoari attack 0.968, the Tbilisi Pride attacks post 0.941.
  madjoari_attack_: 0.967,
  georgia_tbilisi_pride_attack_post_: 0.94,
  // Round 81: the Battle of Berdychi 0.970, the Pitsunda dacha post 0.947.
  battle_of_berdychi_: 0.969,
  abkhazia_pitsunda_dacha_post_: 0.946,
  // The Battle of al-Hasakah (2015) 1.000, the Ayorou attack post 1.000.
  'battle_of_al-hasakah__2015__': 1,
  niger_ayorou_river_attack_post_: 1,
  // The capture of Kubatly (1993) 0.968, the Kamianske report 1.000.
  capture_of_kubatly__1993__: 0.967,
  kamianske_front_village_video_report_: 1,
  // The Sobane Da massacre 1.000, the Mykolaiv shipyard post 0.947.
  sobane_da_massacre_: 1,
  ukraine_mykolaiv_shipyard_strike_post_: 0.946,
  // Round 82: Oleshky 0.968, the Aleppo airport post 1.000.
  oleshky_: 0.967,
  syria_aleppo_airport_reopens_post_: 1,
  // The Gali district 1.000, the Lozova report 1.000.
  gali_district_: 1,
  lozova_strike_video_report_: 1,
  // The Battle of Qalamoun (2013) 0.938, the Lake Chad attack post 1.000.
  battle_of_qalamoun__2013__: 0.937,
  chad_lake_chad_attack_post_: 1,
  // The 2020 Malian protests 0.944, the Makhachkala airport riot post 1.000.
  '2020_malian_protests_': 0.943,
  dagestan_makhachkala_airport_riot_post_: 1,
  // Round 83: the Battle of Terny 0.857, the Anaklia port post 0.947.
  battle_of_terny_: 0.856,
  georgia_anaklia_port_post_: 0.946,
  // The Battle of Léré (2024) 0.970, the Bohodukhiv report 1.000.
  battle_of_léré__2024__: 0.969,
  bohodukhiv_market_video_report_: 1,
  // The siege of the Abu al-Duhur air base 0.882, the Odesa pier post 0.900.
  'siege_of_abu_al-duhur_air_base_': 0.881,
  ukraine_odesa_pier_strike_post_: 0.899,
  // The 2010 Mardakert skirmishes 1.000, the Kurdish unity conference post 0.947.
  '2010_mardakert_skirmishes_': 1,
  syria_kurdish_unity_conference_post_: 0.946,
  // Round 84: the Battle of Vodiane 0.941, the Farabougou siege post 1.000.
  battle_of_vodiane_: 0.94,
  mali_farabougou_siege_post_: 1,
  // The Battle of Yabroud (2014) 0.938, the Pavlohrad depot report 0.833.
  battle_of_yabroud__2014__: 0.937,
  pavlohrad_depot_strike_video_report_: 0.832,
  // The 2004 Adjara crisis 1.000, the Gorom-Gorom attack post 0.941.
  '2004_adjara_crisis_': 1,
  burkina_gorom_gorom_attack_post_: 0.94,
  // The Battle of Gossi (2022) 1.000, the al-Hol repatriations post 1.000.
  battle_of_gossi__2022__: 1,
  syria_al_hol_repatriations_post_: 1,
  // Round 85: the Battle of Stanytsia Luhanska 1.000, the South Ossetian fences post 0.889.
  battle_of_stanytsia_luhanska_: 1,
  south_ossetia_borderisation_post_: 0.888,
  // The Battle of Sheikh Miskin (2015) 1.000, the Vasylivka checkpoint report 0.833.
  battle_of_sheikh_miskin__2015__: 1,
  vasylivka_checkpoint_video_report_: 0.832,
  // The 2001 Kodori crisis 0.968, the Banibangou ambush post 0.947.
  '2001_kodori_crisis_': 0.967,
  niger_banibangou_attack_post_: 0.946,
  // The Gao camp bombing (2017) 0.970, the Bilhorod-Dnistrovskyi strike post 1.000.
  gao_camp_bombing__2017__: 0.969,
  ukraine_bilhorod_dnistrovskyi_strike_post_: 1,
  // Round 86: the Battle of Novohrodivka 1.000, the Ansongo attack post 0.941.
  battle_of_novohrodivka_: 1,
  mali_ansongo_attack_post_: 0.94,
  // Operation Ring 0.970, the Borova report 0.963.
  operation_ring_: 0.969,
  borova_village_video_report_: 0.962,
  // The Battle of Dabiq (2016) 1.000, the Shusha Declaration post 1.000.
  battle_of_dabiq__2016__: 1,
  karabakh_shusha_declaration_post_: 1,
  // The Aguelhok camp attack (2019) 0.875, the Idlib protests post 1.000.
  aguelhok_camp_attack__2019__: 0.874,
  syria_idlib_hts_protests_post_: 1,
  // Round 87: the Battle of Karlivka 1.000, the Dablo church attack post 1.000.
  battle_of_karlivka_: 1,
  burkina_dablo_church_attack_post_: 1,
  // The Torodi attack 1.000, the Pishchane evacuation report 1.000.
  torodi_attack_: 1,
  pishchane_evacuation_video_report_: 1,
  // The Battle of Kafr Zita (2014) 0.971, the Ijevan shelling post 1.000.
  battle_of_kafr_zita__2014__: 0.97,
  armenia_ijevan_shelling_post_: 1,
  // The Battle of Kobani (2015) 0.970, the Gudauta base post 1.000.
  battle_of_kobani__2015__: 0.969,
  georgia_gudauta_base_post_: 1,
  // Round 88: the Kurakhove dam report 0.957, the Farchana camp post 1.000.
  kurakhove_dam_video_report_: 0.956,
  chad_farchana_refugee_camp_post_: 1,
  // The Battle of Zalizne 0.941, the Tillabéri school closures post 0.947.
  battle_of_zalizne_: 0.94,
  niger_tillaberi_school_closures_post_: 0.946,
  // The Battle of Talysh (2020) 1.000, the Ariha market strike post 0.941.
  battle_of_talysh__2020__: 1,
  syria_ariha_market_strike_post_: 0.94,
  // The Battle of Ariha (2015) 1.000, the Karabakh refugees' housing post 0.875.
  battle_of_ariha__2015__: 1,
  armenia_karabakh_refugees_housing_post_: 0.874,
  // Round 89: the Battle of Torske 1.000, the Sebba attack post 1.000.
  battle_of_torske_: 1,
  burkina_sebba_attack_post_: 1,
  // The Kantchari attack 1.000, the Raqqa bridge post 1.000.
  kantchari_attack_: 1,
  syria_raqqa_bridge_reopened_post_: 1,
  // The Battle of Maskanah (2017) 0.938, the Inguri crossings post 1.000.
  battle_of_maskanah__2017__: 0.937,
  georgia_tkvarcheli_crossing_post_: 1,
  // The siege of Tkvarcheli and fall of Ochamchire 0.941, the Kupiansk crossings report 0.923.
  siege_of_ochamchire_: 0.94,
  kupiansk_ferry_video_report_: 0.922,
};
