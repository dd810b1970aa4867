/** Floors of our own articles from round fifty-four on, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const RECENT_ROUNDS_FLOORS: Record<string, number> = {
  // Round fifty-four: the Battle of Lysychansk 1.000, the Armenian Rome Statute post 0.952.
  battle_of_lysychansk_: 1,
  armenia_rome_statute_post_: 0.951,
  // The 24th Mechanized Brigade 0.933, the Stepnohirsk village report 0.857.
  '24th_mechanized_brigade__ukraine__': 0.932,
  stepnohirsk_video_report_: 0.856,
  // Afrin 0.875, the Niger US-troops post 0.952.
  afrin_: 0.874,
  niger_us_troops_exit_post_: 0.951,
  // The Battle of Anefis 0.938, the South Ossetia referendum post 0.917.
  battle_of_anefis__2015__: 0.937,
  south_ossetia_referendum_postponed_post_: 0.916,
  // Second texts on round fifty-three's topics, by its late replacement helpers: Kupiansk the town 0.966, the Kaboré
  // arrest post 1.000, the Battle of Diabaly 2013 1.000, the Kavelashvili swearing-in post 0.762.
  kupiansk_town_: 0.965,
  burkina_kabore_arrest_post_: 1,
  battle_of_diabaly__2013__: 1,
  georgia_kavelashvili_sworn_in_post_: 0.761,
  // Round fifty-five: the Battle of Mariupol 2014 0.933, the Azerbaijani snap-election post 0.870.
  battle_of_mariupol__2014__: 0.932,
  azerbaijan_snap_election_post_: 0.869,
  // The Hamza Division 0.968, the Siversk water report 0.786.
  hamza_division_: 0.967,
  siversk_water_video_report_: 0.785,
  // Tskhinvali 0.733, the Mali G5 Sahel exit post 0.941.
  tskhinvali_: 0.732,
  mali_g5_sahel_exit_post_: 0.94,
  // The Battle of Raqqa 2013 0.933, the DniproHES strike post 0.880.
  battle_of_raqqa__2013__: 0.932,
  dniprohes_strike_post_: 0.879,
  // Round fifty-six: the Battle of Irpin 1.000, the Georgian family-values law post 0.923.
  battle_of_irpin_: 1,
  georgia_family_values_law_post_: 0.922,
  // Liwa al-Quds 0.733, the Kozacha Lopan report 0.621.
  'liwa_al-quds_': 0.732,
  kozacha_lopan_video_report_: 0.62,
  // Nikopol 1.000, the Chad national dialogue post 0.786.
  nikopol_: 1,
  chad_national_dialogue_post_: 0.785,
  // The Battle of Murovdag 0.933, the Syrian constitutional declaration post 0.947.
  battle_of_murovdag_: 0.932,
  syria_constitutional_declaration_post_: 0.946,
  // Round fifty-seven: the Azerbaijani 2nd Army Corps 0.897, the Balakliia report 0.880.
  azerbaijani_2nd_army_corps_: 0.896,
  balakliia_video_report_: 0.879,
  // Qardaha 0.867, the Burkina Africa Corps post 0.952.
  qardaha_: 0.866,
  burkina_africa_corps_arrival_post_: 0.951,
  // The Battle of Tabqa Air Base 0.867, the Baku Russian House post 0.900.
  battle_of_tabqa_air_base_: 0.866,
  baku_russian_house_closed_post_: 0.899,
  // The Battle of Zolote 2022 0.815, the Mali Goïta mandate post 0.636 (the round's first helper, delivered last).
  battle_of_zolote__2022__: 0.814,
  mali_goita_mandate_post_: 0.635,
  // Round fifty-eight: the Battle of Svatove 0.933, the Armenia–Azerbaijan treaty-text post 0.957.
  battle_of_svatove_: 0.932,
  armenia_azerbaijan_treaty_text_post_: 0.956,
  // Jaysh al-Izza 0.903, the Kherson islands boats report 0.813.
  'jaysh_al-izza_': 0.902,
  kherson_islands_boats_video_report_: 0.812,
  // Ménaka the town 0.903, the Niger ministers-released post 0.889.
  menaka_town_: 0.902,
  niger_ministers_released_post_: 0.888,
  // The Battle of Agdere 1992 0.839, the Tbilisi camp-dispersal post 0.741.
  battle_of_agdere__1992__: 0.838,
  tbilisi_camp_dispersed_post_: 0.74,
  // Round fifty-nine: the Battle of Bucha 1.000, the Ukrainian martial-law post 0.762.
  battle_of_bucha_: 1,
  ukraine_martial_law_extended_post_: 0.761,
  // Faylaq al-Rahman 0.933, the Kurakhove last-residents report 0.970.
  'faylaq_al-rahman_': 0.932,
  kurakhove_last_residents_video_report_: 0.969,
  // Boni the town 0.933, the Pashinyan Turkey-visit post 0.842.
  boni_town_: 0.932,
  pashinyan_turkey_visit_post_: 0.841,
  // The Battle of Deir ez-Zor airport 2016 0.903, the Niger Somair post 0.952.
  'battle_of_deir_ez-zor_airport__2016__': 0.902,
  niger_somair_nationalised_post_: 0.951,
  // Round sixty: the Battle of Tell Abyad 2015 0.897, the Azerbaijan BBC-office post 1.000.
  battle_of_tell_abyad__2015__: 0.896,
  azerbaijan_bbc_office_closed_post_: 1,
  // The 25th Airborne Brigade 0.867, the Sloviansk bakery report 1.000.
  '25th_airborne_brigade__ukraine__': 0.866,
  sloviansk_bakery_video_report_: 1,
  // Round sixty-two: the 3rd Army Corps of Armenia 0.971, the Bilozerske mine report 1.000.
  '3rd_army_corps__armenia__': 0.97,
  bilozerske_mine_video_report_: 1,
  // The siege of Wadi al-Deif 0.973, the Burkina assembly-dissolution post 0.846.
  'siege_of_wadi_al-deif_': 0.972,
  burkina_national_assembly_dissolved_post_: 0.845,
  // The Battle of Uspenivka 1.000, the Kostiantynivka hospital report 0.897.
  battle_of_uspenivka_: 1,
  kostiantynivka_hospital_video_report_: 0.896,
  // Round 63: the Nakhchivan Autonomous Republic 0.947, the Azerbaijan COP29 post 0.917.
  nakhchivan_: 0.946,
  azerbaijan_cop29_post_: 0.916,
  // Round 64: the Hama Governorate 1.000, the Niger Tillaberi ambush post 0.957.
  hama_governorate_: 1,
  niger_tillaberi_ambush_post_: 0.956,
  // Ahrar al-Sham 0.971, the Lebanon–Syria border demarcation post 1.000.
  'ahrar_al-sham_': 0.97,
  lebanon_syria_border_demarcation_post_: 1,
  // Kostiantynivka 1.000, the Odesa grain terminal report 0.957.
  kostiantynivka_: 1,
  odesa_grain_terminal_video_report_: 0.956,
  // Round 65: the Al-Hasakah Governorate 0.973, the Syrian transitional government post 0.917.
  'al-hasakah_governorate_': 0.972,
  syria_interim_government_formed_post_: 0.916,
  // Round 64's late pair: the Battle of Krynky 1.000, the energy-strike pause post 0.923.
  battle_of_krynky_: 1,
  ukraine_energy_strike_pause_post_: 0.922,
  // Round 65's fourth helper: the Mansila attack 0.971, the Bazoum immunity post 0.960.
  mansila_attack_: 0.97,
  niger_bazoum_immunity_lifted_post_: 0.959,
  // Round 64's fifth helper: the Battle of Dioura 0.971, the Niger–Benin pipeline post 1.000.
  battle_of_dioura_: 0.97,
  niger_benin_pipeline_post_: 1,
  // Round 66: Aghdam 1.000, the Niamey French embassy post 1.000.
  agdam_: 1,
  niamey_french_embassy_protest_post_: 1,
  // The Battle of Tal Abyad 0.944 (a second text on the 2015 battle), the Dagestan attacks post 0.833.
  battle_of_tal_abyad_: 0.943,
  dagestan_attacks_post_: 0.832,
  // Round 67: the Battle of al-Sukhnah 0.944, the Kinburn Spit report 1.000.
  battle_of_sukhnah_: 0.943,
  kinburn_spit_video_report_: 1,
  // The 2005 Nalchik raid 0.914, the Zolochiv border report 0.960.
  '2005_nalchik_raid_': 0.913,
  zolochiv_border_video_report_: 0.959,
  // The Mariupol theatre airstrike 1.000, the Nova Kakhovka report 0.963.
  mariupol_drama_theatre_airstrike_: 1,
  nova_kakhovka_video_report_: 0.962,
  // The Battle of Selydove 0.973, the Kharkiv Tractor Plant report 0.833.
  battle_of_selydove_: 0.972,
  kharkiv_tractor_plant_video_report_: 0.832,
  // The Battle of Ras al-Ayn (2019) 0.971, the Fada N'Gourma blockade post 1.000.
  'battle_of_ras_al-ayn__2019__': 0.97,
  burkina_fada_ngourma_blockade_post_: 1,
  // Gyumri 0.970, the Kaya displaced post 0.880.
  gyumri_: 0.969,
  burkina_kaya_displaced_post_: 0.879,
  // Round 68: Bamut 0.944, the Pervomaiske report 0.963.
  bamut_: 0.943,
  pervomaiske_video_report_: 0.962,
  // The Battle of Abu Kamal (2017) 0.944, the Arbinda siege post 1.000.
  battle_of_abu_kamal__2017__: 0.943,
  burkina_arbinda_siege_post_: 1,
  // The Battle of Kafr Nabudah 1.000, the Agadez migration law post 0.889.
  battle_of_kafr_nabudah_: 1,
  niger_agadez_migration_law_post_: 0.888,
  // The 2020 Tovuz clashes 0.941, the Kupiansk-Vuzlovyi report 0.963.
  '2020_tovuz_clashes_': 0.94,
  kupiansk_vuzlovyi_video_report_: 0.962,
  // Round 69: the Battle of Mala Tokmachka 0.919, the Staryi Saltiv report 0.846.
  battle_of_mala_tokmachka_: 0.918,
  staryi_saltiv_video_report_: 0.845,
  // The Battle of Khasham 0.941, the Kajaran mine strike post 1.000.
  battle_of_khasham_: 0.94,
  armenia_kapan_mine_post_: 1,
  // The siege of Nouna 0.973, the Ber camp handover post 0.957.
  siege_of_nouna_: 0.972,
  mali_ber_camp_handover_post_: 0.956,
  // Vardenis 1.000, the Chuhuiv air base report 1.000.
  vardenis_: 1,
  chuhuiv_air_base_video_report_: 1,
  // Round 70: the Battle of Urozhaine 0.889, the Houla massacre post 0.960.
  battle_of_urozhaine_: 0.888,
  houla_massacre_post_: 0.959,
  // The Khojaly massacre 0.973, the Kramatorsk airfield report 1.000.
  khojaly_massacre_: 0.972,
  kramatorsk_airfield_video_report_: 1,
  // Sisian 0.865, the Ogossagou massacre post 0.952.
  sisian_: 0.864,
  mali_ogossagou_massacre_post_: 0.951,
  // The Battle of Rivnopil 0.872, the Djibo dam post 0.957.
  battle_of_rivnopil_: 0.871,
  burkina_djibo_dam_post_: 0.956,
  // Round 71: the Titao attack post 0.778, the Battle of Novoazovsk 0.966.
  burkina_titao_attack_post_: 0.777,
  battle_of_novoazovsk_: 0.965,
  // Sviatohirsk 1.000, the Baniyas killings post 1.000.
  sviatohirsk_: 1,
  baniyas_killings_post_: 1,
  // The Yampil report 0.880, Meghri 1.000.
  yampil_video_report_: 0.879,
  meghri_: 1,
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
  // Round 90: the Battle of Spirne 0.970, the Sikasso attacks post 1.000.
  battle_of_spirne_: 0.969,
  mali_sikasso_checkpoint_attack_post_: 1,
  // The Battle of Tell Hamis (2015) 0.971, the Tavush demining post 1.000.
  battle_of_tell_hamis__2015__: 0.97,
  armenia_border_demining_post_: 1,
  // The Koutiala attack 1.000, the Manbij car bomb post 0.900.
  koutiala_attack_: 1,
  syria_manbij_car_bomb_post_: 0.899,
  // The Battle of Kurdyumivka 1.000, the Yirgou massacre trial post 0.800.
  battle_of_kurdyumivka_: 1,
  yirgou_massacre_post_: 0.799,
  // Round 91: the Dzhankoi strikes report 1.000, the Koulpélogo attack post 0.947.
  dzhankoi_strikes_video_report_: 1,
  burkina_koulpelogo_attack_post_: 0.946,
  // The Battle of Semenivka 1.000, the Grozny drone attack post 1.000.
  battle_of_semenivka_: 1,
  chechnya_grozny_drone_attack_post_: 1,
  // The Battle of Orlivka 1.000, the Saky air base post 1.000.
  battle_of_orlivka_: 1,
  crimea_saky_airbase_explosions_post_: 1,
  // The Battle of Tal Rifaat (2016) 1.000, the Téra convoy post 1.000.
  battle_of_tal_rifaat__2016__: 1,
  niger_tera_convoy_attack_post_: 1,
  // Round 92: the Velykyi Burluk report 1.000, the Nerkin Hand post 0.900.
  velykyi_burluk_video_report_: 1,
  armenia_nerkin_hand_ambush_post_: 0.899,
  // The 2021 Dargol electoral convoy attack 0.970, the Saydnaya prison post 1.000.
  tahoua_ballot_attack_: 0.969,
  syria_saydnaya_prison_opened_post_: 1,
  // The Battle of Hlyboke 1.000, the Nioro du Sahel attack post 1.000.
  battle_of_hlyboke_: 1,
  mali_nioro_du_sahel_attack_post_: 1,
  // The Battle of Maheen (2015) 0.970, the Zugdidi protest post 0.909.
  battle_of_maheen__2015__: 0.969,
  georgia_zugdidi_protest_post_: 0.908,
  // Round 93: the Battle of Verbove 1.000, the Dioura camp post 1.000.
  battle_of_verbove_: 1,
  mali_dioura_camp_post_: 1,
  // The Battle of Hraitah 1.000, the Sotk mine post 1.000.
  battle_of_hraitah_: 1,
  armenia_sotk_mine_post_: 1,
  // The Prymorsk strikes report 1.000, the Mongo clashes post 1.000.
  prymorsk_strikes_video_report_: 1,
  chad_mongo_clashes_post_: 1,
  // The Battle of Diafarabé (2022) 0.909, the Deir ez-Zor bridge post 0.947.
  battle_of_diafarabe__2022__: 0.908,
  syria_deir_ez_zor_bridge_post_: 0.946,
  // Round 94: the Battle of Krasnyi Lyman (2024) 1.000, the Batumi protest post 0.900.
  battle_of_krasnyi_lyman__2024__: 1,
  georgia_batumi_flood_protest_post_: 0.899,
  // The Battle of al-Hol (2015) 1.000, the Makalondi attack post 0.941.
  'battle_of_al-hol__2015__': 1,
  niger_makalondi_attack_post_: 0.94,
  // The Kramatorsk schools report 1.000, the Lachin airport post 0.762.
  kramatorsk_school_strike_video_report_: 1,
  azerbaijan_lachin_road_opening_post_: 0.761,
  // The Siege of Léré (2012) 1.000, the Qamishli airport post 1.000.
  siege_of_léré__2012__: 1,
  syria_qamishli_airport_russian_exit_post_: 1,
  // Round 95: the Battle of Tonenke 1.000, the Kutaisi hunger strike post 1.000.
  battle_of_tonenke_: 1,
  georgia_kutaisi_hunger_strike_post_: 1,
  // The Battle of Tadif 1.000, the Diapaga ambush post 0.941.
  battle_of_tadif_: 1,
  burkina_diapaga_attack_post_: 0.94,
  // The Bilozerka shelling report 0.929, the Bourem convoy post 0.900.
  bilozerka_shelling_video_report_: 0.928,
  mali_bourem_convoy_post_: 0.899,
  // The Battle of Khanasser (2016) 1.000 (a second text on the Khanasir (2016) topic, missed when it was set), the Yeraskh post 0.941.
  battle_of_khanasser_: 1,
  armenia_yeraskh_shooting_post_: 0.94,
  // Round 96: the Battle of Heorhiivka 0.970, the Khankendi flag post 1.000.
  battle_of_heorhiivka_: 0.969,
  azerbaijan_khankendi_flag_post_: 1,
  // The Battle of the Shaer gas field (2016) 0.970, the Ayorou attack post 1.000.
  battle_of_shaer_gas_field__2016__: 0.969,
  niger_ayorou_attack_post_: 1,
  // The Zaporizhzhia industrial strikes report 0.741, the Vladikavkaz rally post 0.900.
  zaporizhzhia_industrial_strike_video_report_: 0.74,
  north_ossetia_vladikavkaz_protest_post_: 0.899,
  // The Inata attack 1.000, the Sweida water protest post 0.889.
  inata_gendarmerie_attack_: 1,
  syria_sweida_water_protest_post_: 0.888,
  // Round 97: the Battle of Prohres 1.000, the Kirants road post 0.952.
  battle_of_prohres_: 1,
  armenia_kirants_protest_post_: 0.951,
  // The Battle of Kinsabba 1.000, the Ségou fuel blockade post 0.952.
  battle_of_kinsabba_: 1,
  mali_segou_fuel_blockade_post_: 0.951,
  // The Shostka strikes report 1.000, the Bobo-Dioulasso rally post 0.947.
  shostka_strikes_video_report_: 1,
  burkina_bobo_dioulasso_protest_post_: 0.946,
  // The Battle of Talataye (2022) 0.938, the Afrin returns post 0.875.
  battle_of_talataye__2022__: 0.937,
  syria_afrin_return_post_: 0.874,
  // Round 98: the Battle of Umanske 1.000, the Sukhumi parliament post 1.000.
  battle_of_umanske_: 1,
  abkhazia_sukhumi_protest_post_: 1,
  // The Battle of al-Tanf (2016) 0.970, the Dosso attack post 1.000.
  'battle_of_al-tanf__2016__': 0.969,
  niger_dosso_attack_post_: 1,
  // The Konotop power strikes report 1.000, the Akhalkalaki road post 1.000.
  konotop_power_strike_video_report_: 1,
  georgia_akhalkalaki_protest_post_: 1,
  // The Battle of Andéramboukane (2022) 0.970, the Palmyra museum post 0.824.
  battle_of_anderamboukane__2022__: 0.969,
  syria_palmyra_museum_reopening_post_: 0.823,
  // Round 99: the Battle of Novopavlivka 0.970, the Gyumri base protest post 1.000.
  battle_of_novopavlivka_: 0.969,
  armenia_gyumri_base_protest_post_: 1,
  // The Battle of al-Rai (2016) 1.000, the Ouahigouya attack post 0.947.
  'battle_of_al-rai__2016__': 1,
  burkina_ouahigouya_attack_post_: 0.946,
  // The Kharkiv trolleybus depots report 0.966, the Rustavi steel strike post 0.947.
  kharkiv_trolleybus_depot_video_report_: 0.965,
  georgia_rustavi_steel_strike_post_: 0.946,
  // The Niamey airport attack 0.968, the Sarmada market post 0.842.
  niamey_airport_attack_: 0.967,
  syria_sarmada_market_post_: 0.841,
  // Round 100: Russian strikes on Vilniansk 0.970, the Kaspiysk drone post 1.000.
  battle_of_vilniansk_strikes_: 0.969,
  dagestan_kaspiysk_drone_post_: 1,
  // The Battle of Darkush 0.938, the Torodi convoy post 1.000.
  battle_of_darkush_: 0.937,
  niger_torodi_convoy_post_: 1,
  // The Zhovti Vody strikes report 0.897, the Yerevan church march post 0.900.
  zhovti_vody_strike_video_report_: 0.896,
  armenia_yerevan_church_protest_post_: 0.899,
  // The siege of the Ouahigouya–Djibo road 1.000, the Quneitra incursion post 0.941.
  siege_of_ouahigouya_road_: 1,
  syria_quneitra_israeli_incursion_post_: 0.94,
  // Round 101: the Battle of Ostrivske 1.000, the Tartar shelling post 1.000.
  battle_of_ostrivske_: 1,
  azerbaijan_tartar_shelling_post_: 1,
  // The Battle of Dibsi Afnan 1.000, the Goundam attack post 1.000.
  battle_of_dibsi_afnan_: 1,
  mali_goundam_attack_post_: 1,
  // The Hryhorivka crossing report 0.897, the Poti port protest post 1.000.
  hryhorivka_crossing_video_report_: 0.896,
  georgia_poti_port_protest_post_: 1,
  // The Battle of Hombori (2022) 0.970, the Qardaha clashes post 1.000.
  battle_of_hombori__2022__: 0.969,
  syria_qardaha_clashes_post_: 1,
  // Round 102: the Battle of Zarichne 1.000, the Khasavyurt protest post 1.000.
  battle_of_zarichne_: 1,
  dagestan_khasavyurt_protest_post_: 1,
  // The Battle of Maaloula 1.000, the Koupéla attack post 1.000.
  battle_of_maaloula_: 1,
  burkina_koupela_attack_post_: 1,
  // The Sumy hospitals report 1.000, the Sevan protest post 1.000.
  sumy_hospital_strike_video_report_: 1,
  armenia_sevan_protest_post_: 1,
  // The Battle of Bandiagara (2022) 0.970, the Masyaf strike post 1.000.
  battle_of_bandiagara__2022__: 0.969,
  syria_masyaf_strike_post_: 1,
  // Round 103: the Battle of Kotlyne 0.970, the Tbilisi broadcaster post 0.941.
  battle_of_kotlyne_: 0.969,
  georgia_tbilisi_broadcaster_protest_post_: 0.94,
  // The Battle of Tafas 1.000, the Abala attack post 0.941.
  battle_of_tafas_: 1,
  niger_abala_attack_post_: 0.94,
  // The Udachne mine report 1.000, the Argun shoot-out post 1.000.
  udachne_mine_video_report_: 1,
  chechnya_argun_raid_post_: 1,
  // The Battle of Labbezanga (2019) 1.000, the Jassim killing post 0.875.
  battle_of_labbezanga__2019__: 1,
  syria_jassim_assassination_post_: 0.874,
  // Round 104: the Battle of Bohdanivka 0.938, the Ganja mosque post 1.000.
  battle_of_bohdanivka_: 0.937,
  azerbaijan_ganja_mosque_protest_post_: 1,
  // The Battle of Nawa (2018) 1.000, the Labbezanga boat attack post 0.941.
  battle_of_nawa__2018__: 1,
  mali_labbezanga_boat_attack_post_: 0.94,
  // The Izmail port report 1.000, the Noyemberyan shooting post 1.000.
  izmail_port_drone_video_report_: 1,
  armenia_noyemberyan_shooting_post_: 1,
  // The Battle of Bosso (2016) 0.970, the Azaz protest post 1.000.
  battle_of_bosso__2016__: 0.969,
  syria_azaz_protest_post_: 1,
  // Round 105: the Battle of Vesele 1.000, the Enguri bridge post 1.000.
  battle_of_vesele_: 1,
  georgia_zugdidi_border_crossing_post_: 1,
  // The Battle of Binnish 1.000, the Djibasso attack post 0.947.
  battle_of_binnish_: 1,
  burkina_djibasso_attack_post_: 0.946,
  // The Svitlodarsk shelling report 0.966, the Goris–Kapan road post 0.947.
  svitlodarsk_shelling_video_report_: 0.965,
  armenia_goris_kapan_road_post_: 0.946,
  // The Battle of Nassoumbou (2016) 0.968, the Mayadin returns post 0.941.
  battle_of_nassoumbou__2016__: 0.967,
  syria_mayadin_return_post_: 0.94,
  // Round 106: the Battle of Verkhnokamianske 0.970, the Shusha festival post 0.947.
  battle_of_verkhnokamianske_: 0.969,
  azerbaijan_shusha_festival_post_: 0.946,
  // The Battle of Kafranbel 1.000, the Tahoua market post 1.000.
  battle_of_kafranbel_: 1,
  niger_tahoua_market_attack_post_: 1,
  // The Mayorsk trenches report 0.889, the Beslan anniversary post 1.000.
  mayorsk_trench_video_report_: 0.888,
  north_ossetia_beslan_anniversary_post_: 1,
  // The Battle of Pama (2023) 1.000, the Tabqa bridge protest post 1.000.
  battle_of_pama__2023__: 1,
  syria_tabqa_bridge_protest_post_: 1,
  // Round 107: the Battle of Novoprokopivka 0.970, the Vanadzor rally post 1.000.
  battle_of_novoprokopivka_: 0.969,
  armenia_vanadzor_protest_post_: 1,
  // The Battle of Talbiseh 1.000, the Djenné blockade post 1.000.
  battle_of_talbiseh_: 1,
  mali_djenne_siege_post_: 1,
  // The Polohy evacuation report 1.000, the Akhalgori crossing post 1.000.
  polohy_evacuation_video_report_: 1,
  south_ossetia_akhalgori_crossing_post_: 1,
  // The Battle of Tougan (2023) 0.968, the Rastan dam post 0.900.
  battle_of_tougan__2023__: 0.967,
  syria_rastan_dam_post_: 0.899,
  // Round 108: the Battle of Stepove 1.000, the Nalchik protest post 1.000.
  battle_of_stepove_: 1,
  kabardino_balkaria_nalchik_protest_post_: 1,
  // The Battle of Ramouseh (2016) 1.000, the Téra kidnapping post 1.000.
  battle_of_ramouseh__2016__: 1,
  niger_tillaberi_kidnapping_post_: 1,
  // The Molochansk strikes report 0.857, the Qazakh villages post 1.000.
  molochansk_strike_video_report_: 0.856,
  azerbaijan_qazakh_villages_post_: 1,
  // The Battle of Kolokani (2024) 0.938, the Idlib schools post 1.000.
  battle_of_kolokani__2024__: 0.937,
  syria_idlib_school_reopening_post_: 1,
  // Round 109: the Battle of Sieverne 1.000, the Gori veterans post 1.000.
  battle_of_sieverne_: 1,
  georgia_gori_veterans_protest_post_: 1,
  // The Battle of Amuda 1.000, the Niafunké attack post 1.000.
  battle_of_amuda_: 1,
  mali_niafunke_attack_post_: 1,
  // The Novodanylivka front report 0.933, the Grozny market fire post 1.000.
  novodanylivka_front_video_report_: 0.932,
  chechnya_grozny_mosque_fire_post_: 1,
  // The Battle of Niafunké (2012) 0.968, the Sarrin clashes post 0.952.
  battle_of_niafunke__2012__: 0.967,
  syria_sarrin_clashes_post_: 0.951,
  // Round 110: the Battle of Zhelanne 1.000, the Gyumri mayor post 0.889.
  battle_of_zhelanne_: 1,
  armenia_gyumri_mayor_arrest_post_: 0.888,
  // The Battle of Suluk 0.970, the Tillabéri market ban post 1.000.
  battle_of_suluk_: 0.969,
  niger_tillaberi_market_ban_post_: 1,
  // The Kamianka-Dniprovska report 0.966, the Sumgait strike post 0.952.
  kamianka_dnipro_video_report_: 0.965,
  azerbaijan_sumgait_strike_post_: 0.951,
  // The Battle of Tonka (2022) 1.000, the Amuda flag post 1.000.
  battle_of_tonka__2022__: 1,
  syria_amuda_flags_post_: 1,
  // Round 111: the Battle of Solone 1.000, the Ararat cement post 1.000.
  battle_of_solone_: 1,
  armenia_ararat_cement_protest_post_: 1,
  // The Battle of Rabia (2016) 1.000, the Tenkodogo market post 1.000.
  battle_of_rabia__2016__: 1,
  burkina_tenkodogo_market_post_: 1,
  // The Komar report 1.000, the Kutaisi parliament building post 0.941.
  komar_village_video_report_: 1,
  georgia_kutaisi_parliament_building_post_: 0.94,
  // The Battle of Boulsa (2023) 0.914, the Jisr al-Shughur returns post 1.000.
  battle_of_boulsa__2023__: 0.913,
  'syria_jisr_al-shughur_return_post_': 1,
  // Round 112: the Battle of Tarasivka 0.944, the Khachmaz flood post 1.000.
  battle_of_tarasivka_: 0.943,
  azerbaijan_khachmaz_flood_post_: 1,
  // The Battle of Kabani 1.000, the Diffa returns post 1.000.
  battle_of_kabani_: 1,
  niger_diffa_return_post_: 1,
  // The power-line crews report 1.000, the Terek bridge post 0.947.
  kurakhivka_power_line_video_report_: 1,
  chechnya_kadyrov_bridge_post_: 0.946,
  // The Battle of Bittou (2024) 1.000, the Hasakah bread protest post 0.900.
  battle_of_bittou__2024__: 1,
  syria_hasakah_bread_protest_post_: 0.899,
  // Round 113: the Battle of Vremivka 1.000, the Rustavi Azot post 1.000.
  battle_of_vremivka_: 1,
  georgia_rustavi_azot_protest_post_: 1,
  // The Battle of Sadad 1.000, the Kati drone strike post 1.000.
  battle_of_sadad_: 1,
  mali_kati_drone_post_: 1,
  // The Toshkivka and Zolote report 0.929, the Makhachkala flood post 1.000.
  toshkivka_video_report_: 0.928,
  dagestan_makhachkala_flood_post_: 1,
  // The Battle of Youwarou (2019) 1.000, the Homs university post 1.000.
  battle_of_youwarou__2019__: 1,
  syria_homs_university_post_: 1,
  // Round 114: the Battle of Rozivka 1.000, the Meghri railway post 0.889.
  battle_of_rozivka_: 1,
  armenia_meghri_border_post_: 0.888,
  // The Battle of the Salamiyah road 1.000, the Agadez gold site post 0.947.
  battle_of_salamiyah_road_: 1,
  niger_agadez_gold_rush_post_: 0.946,
  // The Hirske mines report 1.000, the Ganja air show post 0.778.
  hirske_mine_video_report_: 1,
  azerbaijan_ganja_air_show_post_: 0.777,
  // The Battle of Nara (2024) 0.970, the Sadad church post 1.000.
  battle_of_nara__2024__: 0.969,
  syria_sadad_church_post_: 1,
  // Round 115: the Battle of Dalnie 0.848, the Poti fishermen post 0.800.
  battle_of_dalnie_: 0.847,
  georgia_poti_fishermen_protest_post_: 0.799,
  // The Battle of Jazal 0.970, the Markoye attack post 1.000.
  battle_of_jazal_: 0.969,
  burkina_markoye_attack_post_: 1,
  // The Myrne village report 0.933, the Jermuk resort post 0.778.
  myrne_village_video_report_: 0.932,
  armenia_jermuk_resort_post_: 0.777,
  // The Battle of Déou (2019) 0.970, the T4 air base post 0.941.
  battle_of_deou__2019__: 0.969,
  syria_tiyas_airbase_post_: 0.94,
  // Round 116: the Battle of Yelyzavetivka 1.000, the Lankaran tea post 1.000.
  battle_of_yelyzavetivka_: 1,
  azerbaijan_lankaran_tea_post_: 1,
  // The Battle of Huwaysis 1.000, the Bankilaré attack post 1.000.
  battle_of_huwaysis_: 1,
  niger_bankilare_attack_post_: 1,
  // The Kostiantynopil evacuation report 0.897, the Gudermes detentions post 1.000.
  kostiantynopil_evacuation_video_report_: 0.896,
  chechnya_gudermes_detentions_post_: 1,
  // The Battle of Bogandé (2022) 1.000, the Palmyra oil field post 0.947.
  battle_of_bogande__2022__: 1,
  syria_palmyra_oil_field_post_: 0.946,
  // Round 117: the Battle of Ivanivske 1.000, the Tbilisi metro strike post 1.000.
  battle_of_ivanivske_: 1,
  georgia_tbilisi_metro_strike_post_: 1,
  // The Battle of Handarat 0.938, the Douentza market post 1.000.
  battle_of_handarat_: 0.937,
  mali_douentza_market_post_: 1,
  // The Tykhe report 1.000, the Yerevan metro fire post 0.900.
  tykhe_village_video_report_: 1,
  armenia_yerevan_metro_fire_post_: 0.899,
  // The Battle of Sollé (2022) 0.970, the Anadan returns post 1.000.
  battle_of_sollé__2022__: 0.969,
  syria_anadan_return_post_: 1,
  // Round 118: the Battle of Hostre 1.000, the Baku fare protest post 1.000.
  battle_of_hostre_: 1,
  azerbaijan_baku_metro_protest_post_: 1,
  // The Battle of Mallah Farms 1.000, the Dosso bridge post 0.941.
  battle_of_mallah_farms_: 1,
  niger_dosso_bridge_post_: 0.94,
  // The Lukiantsi report 0.929, the Kizlyar attack post 1.000.
  lukiantsi_border_video_report_: 0.928,
  dagestan_kizlyar_attack_post_: 1,
  // The Battle of Mentao (2022) 0.813, the Bab al-Hawa post 0.909.
  battle_of_mentao__2022__: 0.812,
  syria_bab_hawa_crossing_post_: 0.908,
  // Round 119: the Battle of Novomykolaivka 0.848, the Zestaponi strike post 1.000.
  battle_of_novomykolaivka_: 0.847,
  georgia_zestaponi_ferroalloy_strike_post_: 1,
  // The Battle of Abu al-Duhur 0.909, the Sofara bridge post 1.000.
  battle_of_abu_duhur_: 0.908,
  mali_sofara_bridge_post_: 1,
  // The Shcherbynivka front report 1.000, the Derbent fortress post 0.900.
  shcherbynivka_front_video_report_: 1,
  dagestan_derbent_fortress_post_: 0.899,
  // The Battle of Sofara (2023) 1.000, the Khan Shaykhun returns post 0.737.
  battle_of_sofara__2023__: 1,
  syria_khan_shaykhun_return_post_: 0.736,
  // Round 120: the Battle of Pleshchiivka 1.000, the Gyumri earthquake anniversary post 0.737.
  battle_of_pleshchiivka_: 1,
  armenia_gyumri_earthquake_anniversary_post_: 0.736,
  // The Battle of al-Tamanah 1.000, the Niamey curfew post 1.000.
  battle_of_tamanah_: 1,
  niger_niamey_curfew_post_: 1,
  // The water runs report 0.897, the Shamakhi earthquake post 1.000.
  yablunivka_village_video_report_: 0.896,
  azerbaijan_shamakhi_earthquake_post_: 1,
  // The Battle of Ténenkou (2019) 1.000, the Abu al-Duhur air base post 0.947.
  battle_of_tenenkou__2019__: 1,
  syria_abu_duhur_airbase_post_: 0.946,
  // Round 121: the Battle of Zoriane 1.000, the Kobuleti landslide post 0.947.
  battle_of_zoriane_: 1,
  georgia_kobuleti_landslide_post_: 0.946,
  // The Battle of Halfaya 1.000, the Fada N'Gourma airstrip post 1.000.
  battle_of_halfaya_: 1,
  burkina_fada_airstrip_post_: 1,
  // The Sontsivka report 0.966, the Ijevan bus protest post 0.842.
  sontsivka_village_video_report_: 0.965,
  armenia_ijevan_bus_protest_post_: 0.841,
  // The Battle of Macina (2021) 1.000, the northern Hama returns post 1.000.
  battle_of_macina__2021__: 1,
  syria_halfaya_return_post_: 1,
  // Round 122: the Battle of Novotoretske 1.000, the Ganja flood post 1.000.
  battle_of_novotoretske_: 1,
  azerbaijan_ganja_flood_post_: 1,
  // The Battle of Taybat al-Imam 1.000, the Téra market post 0.900.
  'battle_of_taybat_al-imam_': 1,
  niger_tera_market_post_: 0.899,
  // The front west of Pokrovsk report 1.000, the Buynaksk water protest post 0.762.
  mykhailivka_front_video_report_: 1,
  dagestan_buynaksk_protest_post_: 0.761,
  // The Battle of Dinangourou (2019) 1.000, the Morek road post 0.889.
  battle_of_dinangourou__2019__: 1,
  syria_morek_crossing_post_: 0.888,
  // Round 123: the Battle of Tsukuryne 0.941, the Telavi grape growers post 1.000.
  battle_of_tsukuryne_: 0.94,
  georgia_telavi_farmers_protest_post_: 1,
  // The Battle of Salma 1.000, the Magas rally post 1.000.
  battle_of_salma_: 1,
  ingushetia_magas_border_protest_post_: 1,
  // The Tell Tamer offensive (2015) 1.000, the New York front report 0.963.
  tell_tamer_offensive__2015__: 1,
  niu_york_front_video_report_: 0.962,
  // The Battle of Nevelske 0.970, the Sévaré airport post 0.947.
  battle_of_nevelske_: 0.969,
  mali_sevare_airport_post_: 0.946,
  // Round 124: the Battle of Suran (2017) 1.000, the Vedeno mudflow post 0.947.
  battle_of_suran__2017__: 1,
  chechnya_vedeno_flood_post_: 0.946,
  // The Battle of Léré 1.000, the Salamiyah bread post 0.889.
  battle_of_lere_: 1,
  syria_salamiyah_bread_protest_post_: 0.888,
  // The Battle of Lele Tepe 0.970, the Kongoussi displaced post 1.000.
  battle_of_lele_tepe_: 0.969,
  burkina_kongoussi_displaced_post_: 1,
  // The Battle of Stupochky 1.000, the Oskil crossings report 0.963.
  battle_of_stupochky_: 1,
  oskil_crossing_video_report_: 0.962,
  // Round 125: the Battle of Zolota Nyva 0.970, the Baksan flood post 1.000.
  battle_of_zolota_nyva_: 0.969,
  kabardino_balkaria_baksan_flood_post_: 1,
  // The Battle of Harasta (2017–2018) 1.000, the Zinder fuel protest post 0.947.
  'battle_of_harasta__2017–2018__': 1,
  niger_zinder_fuel_protest_post_: 0.946,
  // The Battle of Qubadli (2020) 1.000, the Serebrianka forest report 0.966.
  battle_of_qubadli__2020__: 1,
  serebrianka_forest_video_report_: 0.965,
  // The Battle of Tin-Akoff (2019) 1.000, the Kompienga dam post 0.947.
  'battle_of_tin-akoff__2019__': 1,
  burkina_kompienga_dam_post_: 0.946,
  // Round 126: the Battle of Ukrainsk 0.938, the Marneuli farmers post 1.000.
  battle_of_ukrainsk_: 0.937,
  georgia_marneuli_farmers_protest_post_: 1,
  // The Battle of al-Lataminah (2019) 1.000, the Jableh curfew post 0.941.
  'battle_of_al-lataminah__2019__': 1,
  syria_jableh_curfew_post_: 0.94,
  // The Battle of Ansongo (2012) 1.000, the Prymorske report 1.000.
  battle_of_ansongo__2012__: 1,
  prymorske_video_report_: 1,
  // The siege of Tkvarcheli 0.938, the Niono ceasefire post 0.889.
  siege_of_tkvarcheli_: 0.937,
  mali_niono_ceasefire_post_: 0.888,
  // Round 127: the Battle of Hirnyk 1.000, the Mingachevir blackout post 1.000.
  battle_of_hirnyk_: 1,
  azerbaijan_mingachevir_blackout_post_: 1,
  // The Battle of Hish (2019) 1.000, the Timbuktu schools post 1.000.
  battle_of_hish__2019__: 1,
  mali_timbuktu_schools_post_: 1,
  // The Battle of Kalynove 0.938, the Nelipivka report 1.000.
  battle_of_kalynove_: 0.937,
  nelipivka_video_report_: 1,
  // The Battle of Khojavend (2020) 0.938, the Maradi flood post 0.900.
  battle_of_khojavend__2020__: 0.937,
  niger_maradi_flood_post_: 0.899,
  // Round 128: the Battle of Jarjanaz 1.000, the Tsalka reservoir post 0.941.
  battle_of_jarjanaz_: 1,
  georgia_tsalka_dam_post_: 0.94,
  // The Battle of Dyliivka 1.000, the Urus-Martan market fire post 1.000.
  battle_of_dyliivka_: 1,
  chechnya_urus_martan_market_fire_post_: 1,
  // The Kandadji dam 0.970, the Pivnichne report 1.000.
  kandadji_dam_: 0.969,
  pivnichne_video_report_: 1,
  // The Enguri bridge 1.000, the al-Bab water post 1.000.
  enguri_bridge_: 1,
  syria_al_bab_water_post_: 1,
  // Round 129: the Battle of Zvirove 0.941, the Mozdok airfield post 0.947.
  battle_of_zvirove_: 0.94,
  north_ossetia_mozdok_airfield_post_: 0.946,
  // The Battle of al-Eis (2016) 1.000, the Koudougou strike post 1.000.
  'battle_of_al-eis__2016__': 1,
  burkina_koudougou_teachers_strike_post_: 1,
  // The Battle of Kruhliakivka 1.000, the Lobkove report 1.000.
  battle_of_kruhliakivka_: 1,
  lobkove_video_report_: 1,
  // The Senaki air strikes (2008) 0.933, the al-Kiswah checkpoint post 0.857.
  senaki_airstrikes__2008__: 0.932,
  syria_kiswah_checkpoint_post_: 0.856,
  // Round 130: the Battle of Petropavlivka 1.000, the Gardabani power plant post 0.889.
  battle_of_petropavlivka_: 1,
  georgia_gardabani_power_plant_post_: 0.888,
  // The Battle of Zarbah 1.000, the Dilijan school post 1.000.
  battle_of_zarbah_: 1,
  armenia_dilijan_school_post_: 1,
  // The siege of Koro 1.000, the Izberbash storm post 0.941.
  siege_of_koro_: 1,
  dagestan_izberbash_storm_post_: 0.94,
  // The Battle of Gorgadji 0.970, the Malynivka report 0.828.
  battle_of_gorgadji_: 0.969,
  malynivka_video_report_: 0.827,
  // Round 131: the Battle of Yampolivka 0.970, the Sheki mudflow post 1.000.
  battle_of_yampolivka_: 0.969,
  azerbaijan_sheki_mudflow_post_: 1,
  // The Battle of Synkivka 1.000, the Borjomi forest fire post 1.000.
  battle_of_sinkivka_: 1,
  georgia_borjomi_forest_fire_post_: 1,
  // The 2004 Nazran raid 1.000, the Arlit uranium mine post 1.000.
  '2004_nazran_raid_': 1,
  niger_arlit_uranium_mine_post_: 1,
  // The Battle of Levadne 0.970, the P'yatykhatky report 0.824.
  battle_of_levadne_: 0.969,
  pyatykhatky_video_report_: 0.823,
  // Round 132: the 2023 Koumbri attack 0.968, the Prokhladny rail post 0.947.
  '2023_koumbri_attack_': 0.967,
  kabardino_balkaria_prokhladny_rail_post_: 0.946,
  // The 2010 Karabulak bombing 0.966, the Banfora market post 0.875.
  '2010_karabulak_bombing_': 0.965,
  burkina_banfora_market_post_: 0.874,
  // The Battle of Busra al-Harir (2018) 0.938, the Salqin flood post 0.889.
  'battle_of_busra_al-harir__2018__': 0.937,
  syria_salqin_flood_post_: 0.888,
  // The Battle of Novoiehorivka 0.938, the Kurdiumivka report 0.588.
  battle_of_novoiehorivka_: 0.937,
  kurdiumivka_video_report_: 0.587,
  // Round 133: the Battle of Dvorichna 0.970, the Kvareli flood post 1.000.
  battle_of_dvorichna_: 0.969,
  georgia_kvareli_flood_post_: 1,
  // The 2019 Arbinda attack 0.903, the Kizilyurt dam post 0.947.
  '2019_arbinda_attack_': 0.902,
  dagestan_kizilyurt_dam_post_: 0.946,
  // The 2015 Nardaran raid 1.000, the Banias fishermen post 0.889.
  '2015_nardaran_raid_': 1,
  syria_banias_fishermen_post_: 0.888,
  // The 2023 Bamba attack 1.000, the Berestove report 0.842.
  '2023_bamba_attack_': 1,
  berestove_video_report_: 0.841,
  // Round 134: the siege of Arbeen 0.947, the Gaya river post 1.000.
  siege_of_arbeen_: 0.946,
  niger_gaya_river_post_: 1,
  // The Battle of Berestove 1.000, the Gavar irrigation post 0.952.
  battle_of_berestove_: 1,
  armenia_gavar_lake_sevan_post_: 0.951,
  // Round 135: the invasion of Dagestan (1999) 0.938, the Shali school post 0.900.
  '1999_invasion_of_dagestan_': 0.937,
  chechnya_shali_school_post_: 0.899,
  // The 2009 Mukhrovani mutiny 1.000, the Chiatura miners post 0.952.
  '2009_mukhrovani_mutiny_': 1,
  georgia_chiatura_miners_post_: 0.951,
  // The Battle of Orikhovo-Vasylivka 0.970, the Masis landfill fire post 0.889.
  'battle_of_orikhovo-vasylivka_': 0.969,
  armenia_masis_landfill_fire_post_: 0.888,
  // The 2024 Tassia attack 0.963, the Kalynivka report 1.000.
  '2024_tassia_attack_': 0.962,
  kalynivka_video_report_: 1,
  // Round 136: the East Prigorodny conflict 1.000, the Ozurgeti tea post 1.000.
  east_prigorodny_conflict_: 1,
  georgia_ozurgeti_tea_post_: 1,
  // The Battle of Rozdolivka 1.000, the Salkhad water post 1.000.
  battle_of_rozdolivka_: 1,
  syria_salkhad_water_post_: 1,
  // The Battle of Kafr Nabl (2020) 0.941, the Vayk bus crash post 0.941.
  battle_of_kafr_nabl__2020__: 0.94,
  armenia_vayk_bus_crash_post_: 0.94,
  // The 2021 Ouatagouna massacre 1.000, the Vasiukivka report 1.000.
  '2021_ouatagouna_massacre_': 1,
  vasiukivka_video_report_: 1,
  // Round 137: the Battle of Dudchany 1.000, the Ninotsminda frost post 1.000.
  battle_of_dudchany_: 1,
  georgia_ninotsminda_frost_post_: 1,
  // The Battle of Kafr Shams 0.938, the Dédougou market post 1.000.
  battle_of_kafr_shams_: 0.937,
  burkina_dedougou_market_post_: 1,
  // The Battle of Nyzhnia Duvanka 0.938, the Merefa bridge report 0.824.
  battle_of_nyzhnia_duvanka_: 0.937,
  merefa_bridge_video_report_: 0.823,
  // The Akhalkalaki military base 0.848, the Alagir zinc plant post 0.889.
  akhalkalaki_military_base_: 0.847,
  north_ossetia_alagir_zinc_plant_post_: 0.888,
};
