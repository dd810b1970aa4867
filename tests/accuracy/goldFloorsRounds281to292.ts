/** Floors of our own articles from rounds 281 to 292, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_281_TO_292_FLOORS: Record<string, number> = {
  // Round 281: Bobrynets 1.000, the Tanout post 1.000.
  bobrynets_: 1,
  niger_tanout_well_attack_post_: 1,
  // Shamlugh 0.982, the Khoni post 0.875.
  shamlugh_: 0.981,
  georgia_khoni_post_: 0.874,
  // The 68th Jaeger Brigade 0.971, the Ayrum post 0.973.
  '68th_jaeger_brigade_': 0.97,
  armenia_ayrum_rockfall_post_: 0.972,
  // Division 13 0.964, the Nabk post 1.000.
  division_13_: 0.963,
  syria_nabk_snowstorm_post_: 1,
  // Aghstafa 0.931, the Khizi post 1.000.
  aghstafa_: 0.93,
  azerbaijan_khizi_post_: 1,
  // The Battle of Slavutych 0.870, the Rusyn Yar report 0.977.
  battle_of_slavutych_: 0.869,
  rusyn_yar_video_report_: 0.976,
  // Tintane 0.884, the Bousso post 1.000.
  tintane_: 0.883,
  chad_bousso_canoe_post_: 1,
  // Namakhvani Hydroelectric Power Plant 1.000, the Hrabovske report 1.000.
  namakhvani_hydroelectric_power_plant_: 1,
  hrabovske_video_report_: 1,
  // Round 282: Sharhorod 1.000, the Toma post 1.000.
  sharhorod_: 1,
  burkina_toma_post_: 1,
  // Vale 0.976, the Tatarbunary post 0.968.
  vale_: 0.975,
  ukraine_tatarbunary_sasyk_post_: 0.967,
  // Khafsa 0.983, the Smila post 1.000.
  khafsa_: 0.982,
  ukraine_smila_post_: 1,
  // The 331st Guards Parachute Regiment 1.000, the Ingall post 1.000.
  '331st_guards_parachute_regiment_': 1,
  niger_ingall_cure_salee_post_: 1,
  // Vayk 1.000, the Kaédi post 0.941.
  vayk_: 1,
  mauritania_kaedi_flood_post_: 0.94,
  // The Battle of Tigharghar 0.880, the Darivka report 0.978.
  battle_of_tigharghar_: 0.879,
  darivka_video_report_: 0.977,
  // The Syriac Military Council 1.000, the Ureki post 1.000.
  syriac_military_council_: 1,
  georgia_ureki_post_: 1,
  // Manantali Dam 1.000, the Mezhova report 1.000.
  manantali_dam_: 1,
  mezhova_video_report_: 1,
  // Round 283: Ovruch 0.897, the Vani post 0.870.
  ovruch_: 0.896,
  georgia_vani_excavations_post_: 0.869,
  // Julfa 1.000, the Yorosso post 0.960.
  julfa__azerbaijan_: 1,
  mali_yorosso_post_: 0.959,
  // Slinfah 0.898, the Abovyan post 0.938.
  slinfah_: 0.897,
  armenia_abovyan_post_: 0.937,
  // The 58th Motorized Brigade 0.986, the Quba post 1.000.
  '58th_motorized_brigade__ukraine__': 0.985,
  azerbaijan_quba_apples_post_: 1,
  // Vani 0.930, the Laï post 0.903.
  vani_: 0.929,
  chad_lai_rice_post_: 0.902,
  // The Siege of the 17th Division base 0.960, the Mayaky report 0.913.
  siege_of_the_17th_division_base_: 0.959,
  mayaky_video_report_: 0.912,
  // The Northern Storm Brigade 0.972, the Liubotyn post 0.923.
  northern_storm_brigade_: 0.971,
  kharkiv_liubotyn_school_post_: 0.922,
  // Keita 0.909, the Tsupivka report 0.963.
  keita__niger_: 0.908,
  tsupivka_video_report_: 0.962,
  // Round 284: Hadiach 1.000, the Dirkou post 1.000.
  hadiach_: 1,
  niger_dirkou_convoy_post_: 1,
  // Chambarak 1.000, the Haivoron post 0.966.
  chambarak_: 1,
  ukraine_haivoron_post_: 0.965,
  // Tasil 0.954, the Jvari post 1.000.
  tasil_: 0.953,
  georgia_jvari_hospital_post_: 1,
  // The 37th Guards Motor Rifle Brigade 0.944, the Mangodara post 1.000.
  '37th_guards_motor_rifle_brigade_': 0.943,
  burkina_mangodara_post_: 1,
  // Liman 0.933, the Spitak post 0.963.
  liman__azerbaijan_: 0.932,
  armenia_spitak_water_post_: 0.962,
  // The Battle of Volnovakha 1.000, the Nesterianka report 0.980.
  battle_of_volnovakha_: 1,
  nesterianka_video_report_: 0.979,
  // Vinnytsia International Airport 0.981, the Gobustan post 0.963.
  vinnytsia_international_airport_: 0.98,
  azerbaijan_gobustan_post_: 0.962,
  // Bardaï 0.985, the Znob-Novhorodske report 0.930.
  bardaï_: 0.984,
  'znob-novhorodske_video_report_': 0.929,
  // Round 285: Zboriv 0.943, the Khirdalan post 1.000.
  zboriv_: 0.942,
  azerbaijan_khirdalan_water_post_: 1,
  // Chakvi 0.880, the Sélibaby post 0.947.
  chakvi_: 0.879,
  mauritania_selibaby_post_: 0.946,
  // Al-Asharah 0.941, the Balabyne post 0.897.
  'al-asharah_': 0.94,
  zaporizhzhia_balabyne_post_: 0.896,
  // The 124th Territorial Defense Brigade 0.945, the Senaki post 0.957.
  '124th_territorial_defense_brigade_': 0.944,
  georgia_senaki_hazelnut_post_: 0.956,
  // Kajaran 0.964, the Iferouane post 1.000.
  kajaran_: 0.963,
  niger_iferouane_flood_post_: 1,
  // The Siege of Aleppo Central Prison 0.963, the Zybyne report 0.667.
  siege_of_aleppo_central_prison_: 0.962,
  zybyne_video_report_: 0.666,
  // Al-Sanadid Forces 0.958, the Akhuryan post 0.828.
  'al-sanadid_forces_': 0.957,
  armenia_akhuryan_railway_post_: 0.827,
  // The Baku–Tbilisi–Kars railway 0.936, the Shandryholove report 0.952.
  'baku–tbilisi–kars_railway_': 0.935,
  shandryholove_video_report_: 0.951,
  // Round 286: Tiachiv 0.960, the Goré post 0.846.
  tiachiv_: 0.959,
  chad_gore_kidnappings_post_: 0.845,
  // Oshakan 0.969, the Buryn post 0.966.
  oshakan_: 0.968,
  ukraine_buryn_post_: 0.965,
  // Hisyah 0.963, the Zhinvali post 0.929.
  hisyah_: 0.962,
  georgia_zhinvali_reservoir_post_: 0.928,
  // The 22nd Guards Spetsnaz Brigade 0.952, the Yevlakh post 0.867.
  '22nd_guards_spetsnaz_brigade_': 0.951,
  azerbaijan_yevlakh_post_: 0.866,
  // Dalimammadli 1.000, the Niéna post 0.963.
  dalimammadli_: 1,
  mali_niena_post_: 0.962,
  // The Battle of Vasylkiv 0.958, the Zmiivka report 1.000.
  battle_of_vasylkiv_: 0.957,
  zmiivka_video_report_: 1,
  // Jaysh al-Thuwar 0.962, the Berehove post 0.846.
  'jaysh_al-thuwar_': 0.961,
  ukraine_berehove_post_: 0.845,
  // Tidjikja 0.766, the Yakovlivka report 0.833.
  tidjikja_: 0.765,
  yakovlivka_video_report_: 0.832,
  // Round 287: Ustyluh 0.983, the Keda post 1.000.
  ustyluh_: 0.982,
  georgia_keda_bridge_post_: 1,
  // Kazreti 0.962, the Znamianka post 0.889.
  kazreti_: 0.961,
  ukraine_znamianka_post_: 0.888,
  // Zardana 0.920, the Piéla post 0.966.
  zardana_: 0.919,
  burkina_piela_post_: 0.965,
  // The 14th Mechanized Brigade 0.935, the Byurakan post 0.929.
  '14th_mechanized_brigade__ukraine__': 0.934,
  armenia_byurakan_quarry_post_: 0.928,
  // Stepanavan 0.889, the Samukh post 0.923.
  stepanavan_: 0.888,
  azerbaijan_samukh_post_: 0.922,
  // The Siege of Jisr ash-Shugur 0.983, the Pisky-Radkivski report 1.000.
  'siege_of_jisr_ash-shugur_': 0.982,
  'pisky-radkivski_video_report_': 1,
  // The Middle Dnieper Hydroelectric Power Plant 0.939, the Gouré post 0.917.
  middle_dnieper_hydroelectric_power_plant_: 0.938,
  niger_goure_ambush_post_: 0.916,
  // Batié 0.952, the Malomykhailivka report 1.000.
  batié_: 0.951,
  malomykhailivka_video_report_: 1,
  // Round 288: Rzhyshchiv 0.909, the Khudat post 0.900.
  rzhyshchiv_: 0.908,
  azerbaijan_khudat_post_: 0.899,
  // Pasanauri 0.977, the Iriba post 1.000.
  pasanauri_: 0.976,
  chad_iriba_water_post_: 1,
  // Al-Mansurah 0.971, the Biliaivka post 0.968.
  'al-mansurah_': 0.97,
  odesa_biliaivka_post_: 0.967,
  // The 15th Separate Motor Rifle Brigade 0.985, the Urtsadzor post 0.848.
  '15th_separate_motor_rifle_brigade_': 0.984,
  armenia_urtsadzor_fire_post_: 0.847,
  // Shahbuz 0.955, the Pasanauri post 1.000.
  shahbuz_: 0.954,
  georgia_pasanauri_post_: 1,
  // The Northern Chad offensive (2021) 0.943, the Varachyne report 0.980.
  northern_chad_offensive__2021__: 0.942,
  varachyne_video_report_: 0.979,
  // Men of Dignity 0.954, the Chami post 0.889.
  men_of_dignity_: 0.953,
  mauritania_chami_gold_post_: 0.888,
  // Toumour 0.923, the Novoraisk report 0.980.
  toumour_: 0.922,
  novoraisk_video_report_: 0.979,
  // Round 289: Lubny 0.967, the Fana post 1.000.
  lubny_: 0.966,
  mali_fana_post_: 1,
  // Yeghegnadzor 0.933, the Ternivka post 1.000.
  yeghegnadzor_: 0.932,
  ukraine_ternivka_mine_post_: 1,
  // Ihsim 0.968, the Kulashi post 1.000.
  ihsim_: 0.967,
  georgia_kulashi_synagogue_post_: 1,
  // The 35th Marine Brigade 0.986, the Alat post 1.000.
  '35th_marine_brigade__ukraine__': 0.985,
  azerbaijan_alat_ferries_post_: 1,
  // Kulashi 0.930, the Artanish post 0.957.
  kulashi_: 0.929,
  armenia_artanish_post_: 0.956,
  // The Battle of Novoluhanske 0.981, the Yarova report 0.884.
  battle_of_novoluhanske_: 0.98,
  yarova_video_report_: 0.883,
  // Zeyzoun Dam 0.920, the Boussé post 1.000.
  zeyzoun_dam_: 0.919,
  burkina_bousse_flood_post_: 1,
  // Adré 0.930, the Horokhuvatka report 0.977.
  adré_: 0.929,
  horokhuvatka_video_report_: 0.976,
  // Round 290: Radomyshl 1.000, the Prykolotne report 0.974.
  radomyshl_: 1,
  prykolotne_video_report_: 0.973,
  // Noyemberyan 0.964, the Talin post 0.917.
  noyemberyan_: 0.963,
  armenia_talin_water_post_: 0.916,
  // Rajo 0.968, the Malbaza post 0.968.
  rajo_: 0.967,
  niger_malbaza_cement_post_: 0.967,
  // Oni 1.000, the Vilnohirsk post 0.968.
  oni_: 1,
  ukraine_vilnohirsk_post_: 0.967,
  // Lerik 1.000, the Chervonohryhorivka report 0.977.
  lerik_: 1,
  chervonohryhorivka_video_report_: 0.976,
  // The 5th Guards Tank Brigade 0.941, the Tserovani post 0.933.
  '5th_guards_tank_brigade_': 0.94,
  georgia_tserovani_post_: 0.932,
  // Jabhat al-Akrad 0.984, the Tiébélé post 1.000.
  'jabhat_al-akrad_': 0.983,
  burkina_tiebele_post_: 1,
  // The Battle of Anefis (2013) 0.977, the Pirallahi post 0.889.
  battle_of_anefis__2013__: 0.976,
  azerbaijan_pirallahi_post_: 0.888,
  // Round 291: Nemyriv 0.968, the Deir Atiyah post 1.000.
  nemyriv_: 0.967,
  syria_deir_atiyah_water_post_: 1,
  // Charentsavan 0.909, the Illinivka report 0.976.
  charentsavan_: 0.908,
  illinivka_video_report_: 0.975,
  // Al-Hamidiyah 0.905, the Tsaghveri post 0.938.
  'al-hamidiyah_': 0.904,
  georgia_tsaghveri_post_: 0.937,
  // Agara 0.978, the Kyabé post 0.917.
  agara_: 0.977,
  chad_kyabe_flood_post_: 0.916,
  // Qirmizi Qasaba 0.941, the Khrystynivka post 0.857.
  qirmizi_qasaba_: 0.94,
  ukraine_khrystynivka_post_: 0.856,
  // The 119th Territorial Defense Brigade 0.923, the Mohrytsia report 0.963.
  '119th_territorial_defense_brigade_': 0.922,
  mohrytsia_video_report_: 0.962,
  // Starobeshivska Thermal Power Plant 0.952, the Ouéléssébougou post 1.000.
  starobeshivska_thermal_power_plant_: 0.951,
  mali_ouelessebougou_post_: 1,
  // Akjoujt 0.851, the Bagratashen post 1.000.
  akjoujt_: 0.85,
  armenia_bagratashen_post_: 1,
  // Round 292: Skalat 0.986, the Bagaroua post 1.000.
  skalat_: 0.985,
  niger_bagaroua_displaced_post_: 1,
  // Anipemza 0.978, the Rozdilna post 0.970.
  anipemza_: 0.977,
  ukraine_rozdilna_post_: 0.969,
  // Kuwayya 1.000, the Odradokamianka report 0.889.
  kuwayya_: 1,
  odradokamianka_video_report_: 0.888,
  // Laituri 0.919, the Sadarak post 1.000.
  laituri_: 0.918,
  azerbaijan_sadarak_post_: 1,
  // Bahramtapa 0.917, the Kojori post 0.923.
  bahramtapa_: 0.916,
  georgia_kojori_post_: 0.922,
  // The Battle of Adra 1.000, the Amasia post 1.000.
  battle_of_adra_: 1,
  armenia_amasia_dairy_post_: 1,
  // The Arab Nationalist Guard 0.977, the Parutyne report 0.958.
  arab_nationalist_guard_: 0.976,
  parutyne_video_report_: 0.957,
  // The Kryukiv Bridge 0.926, the Loropéni post 0.833.
  kryukiv_bridge_: 0.925,
  burkina_loropeni_gold_site_post_: 0.832,
};
