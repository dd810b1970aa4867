/** Floors of our own articles from rounds 121 to 137, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_121_TO_137_FLOORS: Record<string, number> = {
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
