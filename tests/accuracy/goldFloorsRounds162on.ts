/** Floors of our own articles from rounds 162 on, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_162_ON_FLOORS: Record<string, number> = {
  // Round 162: the 2019 Inekar attack 0.976, the Sunzha bridge post 1.000.
  '2019_inekar_attack_': 0.975,
  ingushetia_sunzha_bridge_post_: 1,
  // The Fafa ambush 1.000, the Hryshyne report 0.900.
  fafa_ambush_: 1,
  hryshyne_video_report_: 0.899,
  // The Ismayilli bus post 1.000, the Battle of Ma'arzaf 0.950.
  azerbaijan_ismayilli_bus_post_: 1,
  battle_of_maarzaf_: 0.949,
  // The Battle of Hasraya 1.000, the Sokolo health post 1.000.
  battle_of_hasraya_: 1,
  mali_sokolo_health_post_: 1,
  // Round 163: the 2022 Lerneb attack 1.000, the Tymofiivka report 1.000.
  '2022_lerneb_attack_': 1,
  tymofiivka_video_report_: 1,
  // The 2014 Grozny clashes 1.000, the Bilasuvar cotton post 0.941.
  '2014_grozny_clashes_': 1,
  azerbaijan_bilasuvar_cotton_post_: 0.94,
  // The Battle of Murak 0.976, the Tianeti school bus post 1.000.
  battle_of_murak_: 0.975,
  georgia_tianeti_school_bus_post_: 1,
  // The Battle of Tamarasheni 0.976, the Sukhyi Yar report 0.952.
  battle_of_tamarasheni_: 0.975,
  sukhyi_yar_video_report_: 0.951,
  // Round 164: the Battle of Suwar 0.976, the Dagestanskiye Ogni fire post 1.000.
  battle_of_suwar_: 0.975,
  dagestan_dagestanskiye_ogni_fire_post_: 1,
  // The Battle of Shuhayl 0.950, the Bila Hora report 0.818.
  battle_of_shuhayl_: 0.949,
  bila_hora_video_report_: 0.817,
  // The Battle of Kishkiyah 1.000, the Goz Beïda refugees post 1.000.
  battle_of_kishkiyah_: 1,
  chad_goz_beida_refugees_post_: 1,
  // The Battle of Tabni 1.000, the Madarounfa market post 0.947.
  battle_of_tabni_: 1,
  niger_madarounfa_market_post_: 0.946,
  // Round 165: the Battle of Ma'dan 1.000, the Predtechyne report 0.900.
  battle_of_maadan_: 1,
  predtechyne_video_report_: 0.899,
  // The Yeghegnadzor fire post 1.000, Resafa 0.974.
  armenia_yeghegnadzor_fire_post_: 1,
  resafa_: 0.973,
  // The Battle of Tayyana 0.952, the Zorgho fuel post 0.900.
  battle_of_tayyana_: 0.951,
  burkina_zorgho_fuel_post_: 0.899,
  // The Battle of Hawayij 0.976, the Oleksandro-Kalynove report 1.000.
  battle_of_hawayij_: 0.975,
  'oleksandro-kalynove_video_report_': 1,
  // Round 166: the Opytne report 1.000.
  opytne_video_report_: 1,
  // The Ouallam market post 1.000.
  niger_ouallam_attack_post_: 1,
  // Perevi 0.931, the Hola Prystan evacuation post 0.966.
  perevi_: 0.93,
  kherson_hola_prystan_post_: 0.965,
  // Round 167: Tin-Essako 0.964, the Beryslav strike post 1.000.
  'tin-essako_': 0.963,
  kherson_beryslav_strike_post_: 1,
  // The Budyonnovsk hostage crisis 0.982, the Davydiv Brid report 0.927.
  budyonnovsk_hospital_hostage_crisis_: 0.981,
  davydiv_brid_video_report_: 0.926,
  // The Ganmukhuri crossing post 0.917.
  georgia_ganmukhuri_crossing_post_: 0.916,
  // The Posad-Pokrovske report 0.947.
  'posad-pokrovske_video_report_': 0.946,
  // Round 168: the Battle of Jobar 0.983, the Pankisi flood post 1.000.
  battle_of_jobar_: 0.982,
  georgia_pankisi_gorge_post_: 1,
  // The Battle of Vysokopillia 1.000, the Tarkint market post 1.000.
  battle_of_vysokopillia_: 1,
  mali_tarkint_post_: 1,
  // The Siege of Mu'adamiyat al-Sham 1.000, the Velyka Oleksandrivka report 1.000.
  'siege_of_muadamiyat_al-sham_': 1,
  velyka_oleksandrivka_video_report_: 1,
  // The Partiaga attack 0.982, the Mylove report 0.976.
  partiaga_attack_: 0.981,
  mylove_video_report_: 0.975,
  // Round 169: the Siege of Yalda and Babbila 1.000, the Gimry tunnel post 1.000.
  siege_of_yalda_and_babbila_: 1,
  dagestan_gimry_tunnel_post_: 1,
  // The Battle of Kachkarivka 0.949, the Gayéri convoy post 0.966.
  battle_of_kachkarivka_: 0.948,
  burkina_gayeri_convoy_post_: 0.965,
  // The Namissiguima attack 1.000, the Novovoskresenske report 1.000.
  namissiguima_attack_: 1,
  novovoskresenske_video_report_: 1,
  // The Battle of Hujeira 0.982, the Prudianka report 0.973.
  battle_of_hujeira_: 0.981,
  prudianka_video_report_: 0.972,
  // Round 170: the Battle of Maarshurin 1.000, the Slatyne bus post 1.000.
  battle_of_maarshurin_: 1,
  kharkiv_slatyne_bus_post_: 1,
  // Karaleti 1.000, the Vilkhivka report 1.000.
  karaleti_: 1,
  vilkhivka_video_report_: 1,
  // Shatili 0.984, the Sbeineh return post 0.933.
  shatili_: 0.983,
  syria_sbeineh_return_post_: 0.932,
  // The Tassara attack 1.000, the Chkalovske report 1.000.
  tassara_attack_: 1,
  chkalovske_video_report_: 1,
  // Round 171: the Battle of Kanaker 0.983, the Gomboro attack post 1.000.
  battle_of_kanaker_: 0.982,
  burkina_gomboro_attack_post_: 1,
  // The Battle of Savyntsi 0.983, the Magaramkent border post 1.000.
  battle_of_savyntsi_: 0.982,
  dagestan_magaramkent_border_post_: 1,
  // Akhty 0.966, the Shyroka Balka report 0.923.
  akhty_: 0.965,
  shyroka_balka_video_report_: 0.922,
  // The Tamou attack 1.000.
  tamou_attack_: 1,
  // Round 172: the Battle of Ghandura 1.000, the Kunie report 1.000.
  battle_of_ghandura_: 1,
  kunie_video_report_: 1,
  // Variani 1.000, the Lvove evacuation post 0.971.
  variani_: 1,
  kherson_lvove_evacuation_post_: 0.97,
  // Tashir 0.929, the Thiou displaced post 0.897.
  tashir_: 0.928,
  burkina_thiou_displaced_post_: 0.896,
  // The Battle of Kostromka 0.967, the Shuyukh ferry post 0.957.
  battle_of_kostromka_: 0.966,
  syria_shuyukh_ferry_post_: 0.956,
  // Round 173: the Battle of Mleiha 0.966, the Tiahynka report 0.974.
  battle_of_mleiha_: 0.965,
  tiahynka_video_report_: 0.973,
  // The Battle of Rankous 1.000.
  battle_of_rankous_: 1,
  // Tsumada 0.982, the Inkhil protest post 1.000.
  tsumada_: 0.981,
  syria_inkhil_protest_post_: 1,
  // The Battle of Arkhanhelske 1.000, the Sharoy landslide post 1.000.
  battle_of_arkhanhelske_: 1,
  chechnya_sharoy_landslide_post_: 1,
  // Round 174: the Manni attack 1.000, the Osokorivka report 1.000.
  manni_attack_: 1,
  osokorivka_video_report_: 1,
  // Dastakert 0.966, the Novopetrivka demining post 0.963.
  dastakert_: 0.965,
  mykolaiv_novopetrivka_demining_post_: 0.962,
  // The Battle of Deir Ful 1.000, the Znamenskoye flood post 1.000.
  battle_of_deir_ful_: 1,
  chechnya_znamenskoye_flood_post_: 1,
  // The Tougouri attack 0.964, the Pravdyne report 1.000.
  tougouri_attack_: 0.963,
  pravdyne_video_report_: 1,
  // Round 175: the Battle of Haritan 1.000, the Odradivka report 0.974.
  battle_of_haritan_: 1,
  odradivka_video_report_: 0.973,
  // The Battle of Tal Jabin 1.000, the Odzisi detention post 0.966.
  battle_of_tal_jabin_: 1,
  georgia_odzisi_detention_post_: 0.965,
  // Chartar 0.964, the Kelbo attack post 1.000.
  chartar_: 0.963,
  burkina_kelbo_attack_post_: 1,
  // The Battle of Maarat al-Artiq 1.000, the Ozerianivka report 0.950.
  'battle_of_maarat_al-artiq_': 1,
  ozerianivka_video_report_: 0.949,
  // Round 176: the Diguel attack 0.941, the Shumy evacuation post 1.000.
  diguel_attack_: 0.94,
  donetsk_shumy_evacuation_post_: 1,
  // Khurvaleti 1.000, the Kodema report 0.968.
  khurvaleti_: 1,
  kodema_video_report_: 0.967,
  // The Battle of Kafr Dael 1.000, the Oursi market post 0.880.
  battle_of_kafr_dael_: 1,
  burkina_oursi_market_post_: 0.879,
  // The Dogofry attack 1.000, the Bayanoun return post 1.000.
  dogofry_attack_: 1,
  syria_bayanoun_return_post_: 1,
  // Round 177: the Battle of Zammar 0.931, the Vovkivka report 0.973.
  battle_of_zammar_: 0.93,
  vovkivka_video_report_: 0.972,
  // Khndzoresk 1.000, the Ouindigui water post 0.966.
  khndzoresk_: 1,
  burkina_ouindigui_water_post_: 0.965,
  // The Battle of Banan 1.000, the Khotin drones post 0.963.
  battle_of_banan_: 1,
  sumy_khotin_drones_post_: 0.962,
  // The Tassiga attack 0.958, the Norashen school post 1.000.
  tassiga_attack_: 0.957,
  armenia_norashen_school_post_: 1,
  // Round 178: Aravus 1.000, the Krasnopillia report 1.000.
  aravus_: 1,
  krasnopillia_video_report_: 1,
  // The Battle of Yunakivka 1.000, the Kafr Naya return post 1.000.
  battle_of_yunakivka_: 1,
  syria_kafr_naya_return_post_: 1,
  // Tegh 0.949, the Velyka Pysarivka report 1.000.
  tegh_: 0.948,
  velyka_pysarivka_video_report_: 1,
  // The Foubé attack 0.982, the Kornidzor border post 1.000.
  foube_attack_: 0.981,
  armenia_kornidzor_border_post_: 1,
  // Round 179: the Battle of Arima 0.982, the Novoiakovlivka report 1.000.
  battle_of_arima_: 0.981,
  novoiakovlivka_video_report_: 1,
  // Berdavan 0.982, the Tanwalbougou convoy post 1.000.
  berdavan_: 0.981,
  burkina_tanwalbougou_convoy_post_: 1,
  // The Battle of Darat Izza 0.964, the Ternova school post 1.000.
  battle_of_darat_izza_: 0.963,
  kharkiv_ternova_school_post_: 1,
  // The Sampelga attack 0.981, the Baganis border post 1.000.
  sampelga_attack_: 0.98,
  armenia_baganis_border_post_: 1,
  // Round 180: the Battle of Abzimo 1.000, the Kopani report 1.000.
  battle_of_abzimo_: 1,
  kopani_video_report_: 1,
  // The Kiembara attack 1.000, the Borshchova report 1.000.
  kiembara_attack_: 1,
  borshchova_video_report_: 1,
  // The Séguénéga attack 0.980, the Dana market post 0.917.
  seguenega_attack_: 0.979,
  syria_dana_market_post_: 0.916,
  // Kafr Karmin 0.983, the Bourasso displaced post 0.903.
  kafr_karmin_: 0.982,
  burkina_bourasso_displaced_post_: 0.902,
  // Round 181: the Battle of Khirbet Ghazaleh 0.983, the Kyslivka evacuation post 0.941 (a second helper's: Tyahynka had a report).
  battle_of_khirbet_ghazaleh_: 0.982,
  kharkiv_kyslivka_evacuation_post_: 0.94,
  // Akhtarin 0.949, the Yasna Poliana report 0.927.
  akhtarin_: 0.948,
  yasna_poliana_video_report_: 0.926,
  // Norabak 1.000, the Anzourou attacks post 0.903.
  norabak_: 1,
  niger_anzourou_attacks_post_: 0.902,
  // Flitah 0.983, the Ké-Macina blockade post 0.966.
  flitah_: 0.982,
  mali_ke_macina_post_: 0.965,
  // Round 182: Potomkyne 0.967, the Keramik report 1.000.
  potomkyne_: 0.966,
  keramik_video_report_: 1,
  // Tsakuri 0.983, the Artsvashen post 1.000.
  tsakuri_: 0.982,
  armenia_artsvashen_post_: 1,
  // The al-Furqlus offensive 1.000, the Hannivka report 0.974.
  'al-furqlus_offensive_': 1,
  hannivka_video_report_: 0.973,
  // Kouka 0.982, the Gourma-Rharous boats post 0.867.
  kouka_: 0.981,
  mali_gourma_rharous_post_: 0.866,
  // Round 183: the Natiaboani attack 0.980, the Vyimka report 0.974.
  natiaboani_attack_: 0.979,
  vyimka_video_report_: 0.973,
  // Aghavno 0.962, the Mangaizé attacks post 0.966.
  aghavno_: 0.961,
  niger_mangaize_attacks_post_: 0.965,
  // Untsukul 0.967, the Tominian market post 0.909.
  untsukul_: 0.966,
  mali_tominian_market_post_: 0.908,
  // The Gothèye ferry post 1.000 (its helper found P'yatykhatky already reported and wrote only the post).
  niger_gotheye_ferry_post_: 1,
  // Round 184: al-Quriyah 1.000, the Korsunka report 0.976.
  'al-quriyah_': 1,
  korsunka_video_report_: 0.975,
  // Dudyan 0.983, the Khoznavar post 0.846.
  dudyan_: 0.982,
  armenia_khoznavar_post_: 0.845,
  // The Battle of Mahin 0.980, the Starytsia report 0.974.
  battle_of_mahin_: 0.979,
  starytsia_video_report_: 0.973,
  // Diabo 0.980, the Banamba checkpoints post 0.923.
  diabo_: 0.979,
  mali_banamba_checkpoints_post_: 0.922,
  // Round 185: Mzerib 0.966, the Stara Mykolaivka report 1.000.
  mzerib_: 0.965,
  stara_mykolaivka_video_report_: 1,
  // Hamouriyah 1.000, the Tongomayel schools post 0.941.
  hamouriyah_: 1,
  burkina_tongomayel_schools_post_: 0.94,
  // Nrnadzor 0.966, the Jdeidat Artouz return post 0.966.
  nrnadzor_: 0.965,
  syria_jdeidat_artouz_return_post_: 0.965,
  // Qabtan al-Jabal 1.000, the Dovegh farmers post 0.966.
  'qabtan_al-jabal_': 1,
  armenia_dovegh_farmers_post_: 0.965,
  // Round 186: Oun Dadat 0.980, the Sukha Balka report 1.000.
  oun_dadat_: 0.979,
  sukha_balka_video_report_: 1,
  // Voskevan 1.000, the Matiacoali convoy post 0.966.
  voskevan_: 1,
  burkina_matiacoali_convoy_post_: 0.965,
  // The Battle of Sheikh Saad 1.000, the Leonidivka report 1.000.
  battle_of_sheikh_saad_: 1,
  leonidivka_video_report_: 1,
  // The Méhana attack 0.983, the Kayan village post 0.966.
  mehana_attack_: 0.982,
  armenia_kayan_village_post_: 0.965,
};
