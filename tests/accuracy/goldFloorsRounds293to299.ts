/** Floors of our own articles from rounds 293 to 299, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_293_TO_299_FLOORS: Record<string, number> = {
  // Round 293: Bolhrad 0.912, the Hrakove report 0.933.
  bolhrad_: 0.911,
  hrakove_video_report_: 0.932,
  // The 83rd Guards Air Assault Brigade 0.971, the Makhinjauri post 1.000.
  '83rd_guards_air_assault_brigade_': 0.97,
  georgia_makhinjauri_post_: 1,
  // Al-Haffah 1.000, the Kodyma post 0.923.
  'al-haffah_': 1,
  ukraine_kodyma_post_: 0.922,
  // Shaumiani 1.000, the Naréna post 0.880.
  shaumiani_: 1,
  mali_narena_post_: 0.879,
  // Babek 0.969, the Novoosynove report 0.933.
  babek_: 0.968,
  novoosynove_video_report_: 0.932,
  // The Battle of Maksymilianivka 0.917, the Aguié post 0.880.
  battle_of_maksymilianivka_: 0.916,
  niger_aguie_post_: 0.879,
  // The Yarmouk Army 0.952, the Tashir post 0.769.
  yarmouk_army_: 0.951,
  armenia_tashir_hail_post_: 0.768,
  // Biltine 0.939, the Berestyn post 0.929.
  biltine_: 0.938,
  ukraine_berestyn_heating_post_: 0.928,
  // Round 294: Liuboml 0.963, the Sidéradougou post 0.952.
  liuboml_: 0.962,
  burkina_sideradougou_cotton_post_: 0.951,
  // The 44th Artillery Brigade 1.000, the Gudauri post 1.000.
  '44th_artillery_brigade__ukraine__': 1,
  georgia_gudauri_chairlift_post_: 1,
  // Rmelan 0.969, the Hremiach report 0.905.
  rmelan_: 0.968,
  hremiach_video_report_: 0.904,
  // Shorapani 0.905, the Tovuz post 1.000.
  shorapani_: 0.904,
  azerbaijan_tovuz_gas_explosion_post_: 1,
  // Poylu 0.979, the al-Malikiyah post 0.963.
  poylu_: 0.978,
  'syria_al-malikiyah_wheat_post_': 0.962,
  // The Baath Dam 0.935, the Yeghvard post 0.968.
  baath_dam_: 0.934,
  armenia_yeghvard_post_: 0.967,
  // The Battle of Gudermes (1995) 1.000, the Radkivka report 1.000.
  battle_of_gudermes__1995__: 1,
  radkivka_video_report_: 1,
  // Bouza 0.947, the Moïssala post 0.963.
  bouza_: 0.946,
  chad_moissala_market_post_: 0.962,
  // Round 295: Barvinkove 0.933, the Supsa post 1.000.
  barvinkove_: 0.932,
  georgia_supsa_post_: 1,
  // Verin Dvin 0.967, the Boromlia report 0.905.
  verin_dvin_: 0.966,
  boromlia_video_report_: 0.904,
  // Kafr Buhum 0.917, the Barouéli post 0.957.
  kafr_buhum_: 0.916,
  mali_baroueli_displaced_post_: 0.956,
  // Lentekhi 0.875, the Horishni Plishni post 0.783.
  lentekhi_: 0.874,
  ukraine_horishni_plishni_post_: 0.782,
  // Goytapa 0.979, the Irshava post 0.923.
  goytapa_: 0.978,
  ukraine_irshava_post_: 0.922,
  // The 141st Special Motorized Regiment 1.000, the Bilma post 0.963.
  '141st_special_motorized_regiment_': 1,
  niger_bilma_post_: 0.962,
  // The Battle of Timbuktu (2013) 0.930, the Lökbatan post 1.000.
  battle_of_timbuktu__2013__: 0.929,
  azerbaijan_lokbatan_post_: 1,
  // Shirak International Airport 0.931, the Dniprovske report 0.978.
  shirak_international_airport_: 0.93,
  dniprovske_video_report_: 0.977,
  // Round 296: Kakhovka 0.986, the Fioletovo post 1.000.
  kakhovka_: 0.985,
  armenia_fioletovo_cabbage_post_: 1,
  // The Luhansk Border Guard Detachment 0.900, the Kizomys report 0.976.
  luhansk_border_guard_detachment_: 0.899,
  kizomys_video_report_: 0.975,
  // Shahba 0.957, the Sangachal post 0.923.
  shahba_: 0.956,
  azerbaijan_sangachal_post_: 0.922,
  // Nokalakevi 0.947, the Ouarkoye post 0.889.
  nokalakevi_: 0.946,
  burkina_ouarkoye_cotton_attack_post_: 0.888,
  // Aliabad (Zaqatala) 0.943, the Sairme post 1.000.
  aliabad__zaqatala_: 0.942,
  georgia_sairme_post_: 1,
  // Hurras al-Din 0.984, the Olevsk post 1.000.
  'hurras_al-din_': 0.983,
  ukraine_olevsk_post_: 1,
  // The Battle of Savur-Mohyla 0.915, the Illéla post 0.966.
  'battle_of_savur-mohyla_': 0.914,
  niger_illela_attack_post_: 0.965,
  // Zouérat 0.979, the Ridkodub report 1.000.
  zouérat_: 0.978,
  ridkodub_video_report_: 1,
  // Round 297: Hertsa 0.898, the Buzova report 1.000.
  hertsa_: 0.897,
  buzova_video_report_: 1,
  // Shinuhayr 0.933, the Akhaldaba post 0.933.
  shinuhayr_: 0.932,
  georgia_akhaldaba_post_: 0.932,
  // Hayan 1.000, the Hovsan post 1.000.
  hayan_: 1,
  azerbaijan_hovsan_sewage_post_: 1,
  // Tamarisi 0.941, the Sadiola post 1.000.
  tamarisi_: 0.94,
  mali_sadiola_post_: 1,
  // Mardakan 0.957, the Vorone report 0.978.
  mardakan_: 0.956,
  vorone_video_report_: 0.977,
  // Task Force Rusich 0.903, the Talne post 0.963.
  task_force_rusich_: 0.902,
  ukraine_talne_castle_post_: 0.962,
  // The Iran–Armenia gas pipeline 0.979, the Odzun post 1.000.
  'iran–armenia_gas_pipeline_': 0.978,
  armenia_odzun_post_: 1,
  // Tibiri (Maradi) 0.880, the Bokoro post 0.917.
  tibiri__maradi_: 0.879,
  chad_bokoro_clashes_post_: 0.916,
  // Round 298: Baturyn 0.939, the Galmi post 0.963.
  baturyn_: 0.938,
  niger_galmi_meningitis_post_: 0.962,
  // The Kryvbas Battalion 0.982, the Mastara post 0.917.
  kryvbas_battalion_: 0.981,
  armenia_mastara_solar_post_: 0.916,
  // Hatla 0.920, the Volokhiv Yar report 1.000.
  hatla_: 0.919,
  volokhiv_yar_video_report_: 1,
  // Tianeti 0.978, the Qovlar post 1.000.
  tianeti_: 0.977,
  azerbaijan_qovlar_derailment_post_: 1,
  // Chinarli 1.000, the Pokrov post 1.000.
  chinarli_: 1,
  ukraine_pokrov_post_: 1,
  // The Southern Damascus offensive (2018) 0.903, the Tsaishi post 0.846.
  'southern_damascus_offensive__april–may_2018__': 0.902,
  georgia_tsaishi_post_: 0.845,
  // The Khabour Guards 0.967, the Kucherivka report 0.978.
  khabour_guards_: 0.966,
  kucherivka_video_report_: 0.977,
  // Sangha (Mali) 0.983, the Massigui post 0.960.
  sangha__mali_: 0.982,
  mali_massigui_cotton_post_: 0.959,
  // Round 299: Zvenyhorodka 0.986, the Givraq post 0.929.
  zvenyhorodka_: 0.985,
  azerbaijan_givraq_earthquake_post_: 0.928,
  // Marmashen 0.947, the Bludan post 0.944.
  marmashen_: 0.946,
  syria_bludan_hotels_post_: 0.943,
  // Bir Ajam 0.939, the Sabcé post 0.929.
  bir_ajam_: 0.938,
  burkina_sabce_post_: 0.928,
  // Terjola 0.979, the Ryzhivka report 0.900.
  terjola_: 0.978,
  ryzhivka_video_report_: 0.899,
  // Qusar 1.000, the Naruja post 0.846.
  qusar_: 1,
  georgia_naruja_post_: 0.845,
  // The 136th Guards Motor Rifle Brigade 0.975, the Dioundiou post 0.957.
  '136th_guards_motor_rifle_brigade_': 0.974,
  niger_dioundiou_post_: 0.956,
  // Dariali Hydroelectric Power Plant 0.870, the Oleksandriia post 0.833.
  dariali_hydroelectric_power_plant_: 0.869,
  ukraine_oleksandriia_post_: 0.832,
  // The Battle of Tabatol 1.000, the Vilcha report 0.978.
  battle_of_tabatol_: 1,
  vilcha_video_report_: 0.977,
};
