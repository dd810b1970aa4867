/** Floors of our own articles from rounds 300 to 311, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_300_TO_311_FLOORS: Record<string, number> = {
  // Round 300: Chudniv 0.980, the Myronivka post 0.889.
  chudniv_: 0.979,
  ukraine_myronivka_post_: 0.888,
  // Ohanavan 0.963, the Boghé post 0.882.
  ohanavan_: 0.962,
  mauritania_boghe_post_: 0.881,
  // Qattinah 0.978, the Sosnytsia post 0.880.
  qattinah_: 0.977,
  ukraine_sosnytsia_post_: 0.879,
  // Ambrolauri 0.960, the Oleksiievo-Druzhkivka report 0.960.
  ambrolauri_: 0.959,
  'oleksiievo-druzhkivka_video_report_': 0.959,
  // Boradigah 1.000, the Pochaiv post 1.000.
  boradigah_: 1,
  ukraine_pochaiv_lavra_post_: 1,
  // The Northern Division 0.946, the Tetiiv post 1.000.
  northern_division__syrian_rebel_group__: 0.945,
  ukraine_tetiiv_post_: 1,
  // Podilskyi Bridge 1.000, the Kankossa post 0.968.
  podilskyi_bridge_: 1,
  mauritania_kankossa_post_: 0.967,
  // Doba 0.926, the Hrianykivka report 0.958.
  doba_: 0.925,
  hrianykivka_video_report_: 0.957,
  // Round 301: Bar 0.982, the Derazhnia post 1.000.
  bar__ukraine_: 0.981,
  ukraine_derazhnia_post_: 1,
  // Lchashen 0.929, the Rakhiv post 0.903.
  lchashen_: 0.928,
  ukraine_rakhiv_flood_post_: 0.902,
  // Al-Bara 0.985, the Timbédra post 0.880.
  'al-bara_': 0.984,
  mauritania_timbedra_post_: 0.879,
  // Khobi 0.868, the Reshetylivka post 0.889.
  khobi_: 0.867,
  ukraine_reshetylivka_lyceum_post_: 0.888,
  // Qakh 0.870, the Druzhba report 0.933.
  qakh_: 0.869,
  druzhba_video_report_: 0.932,
  // The 37th Marine Brigade 0.945, the Rosso post 1.000.
  '37th_marine_brigade__ukraine__': 0.944,
  mauritania_rosso_deportations_post_: 1,
  // The Battle of Quneitra (2014) 0.966, the Kosiv post 1.000.
  battle_of_quneitra__2014__: 0.965,
  ukraine_kosiv_market_post_: 1,
  // Aleg 0.902, the Vodolahy report 0.955.
  aleg_: 0.901,
  vodolahy_video_report_: 0.954,
  // Round 302: Belz 0.974, the Fassala post 0.914.
  belz_: 0.973,
  mauritania_fassala_post_: 0.913,
  // Harich 0.939, the Netishyn post 0.960.
  harich_: 0.938,
  ukraine_netishyn_fish_post_: 0.959,
  // Shaizar 1.000, the Korop post 0.968.
  shaizar_: 1,
  ukraine_korop_post_: 0.967,
  // Trialeti 0.958, the Rozhyshche post 0.966.
  trialeti_: 0.957,
  ukraine_rozhyshche_hospital_post_: 0.965,
  // Tartar 0.983, the Boutilimit post 1.000.
  tartar__azerbaijan_: 0.982,
  mauritania_boutilimit_crash_post_: 1,
  // Kata'ib Sayyid al-Shuhada 0.964, the Volfyne report 0.978.
  'kata_ib_sayyid_al-shuhada_': 0.963,
  volfyne_video_report_: 0.977,
  // The Battle of Gornal 0.981, the Oster post 0.970.
  battle_of_gornal_: 0.98,
  ukraine_oster_post_: 0.969,
  // Gao International Airport 0.968, the Riasne report 0.895.
  gao_international_airport_: 0.967,
  riasne_video_report_: 0.894,
  // Round 303: Balta 0.964, the Kyselivka report 0.941.
  balta_: 0.963,
  kyselivka_video_report_: 0.94,
  // Kurtan 0.963, the Oum Hadjer post 1.000.
  kurtan_: 0.962,
  chad_oum_hadjer_post_: 1,
  // Mashta al-Helu 0.829, the Verkhovyna post 0.929.
  'mashta_al-helu_': 0.828,
  ukraine_verkhovyna_post_: 0.928,
  // Ochkhamuri 0.960, the Koumra post 0.933.
  ochkhamuri_: 0.959,
  chad_koumra_prison_escape_post_: 0.932,
  // Ismayilli 0.982, the Dunaivtsi post 1.000.
  ismayilli_: 0.981,
  ukraine_dunaivtsi_post_: 1,
  // The 61st Naval Infantry Brigade 0.975, the Ananiv post 1.000.
  '61st_naval_infantry_brigade_': 0.974,
  ukraine_ananiv_hospital_post_: 1,
  // The Battle of In Khalil (2013) 0.968, the Volochysk post 0.909.
  battle_of_in_khalil__2013__: 0.967,
  ukraine_volochysk_bridge_post_: 0.908,
  // Yalgo 0.982, the Bilovody report 1.000.
  yalgo_: 0.981,
  bilovody_video_report_: 1,
  // Round 304: Khorol 0.967, the Zviahel post 0.933.
  khorol_: 0.966,
  ukraine_zviahel_water_post_: 0.932,
  // Margara 0.976, the Senkivka report 0.980.
  margara_: 0.975,
  senkivka_video_report_: 0.979,
  // Al-Qahtaniyah 0.857, the Bahaï post 0.857.
  'al-qahtaniyah_': 0.856,
  chad_bahai_refugees_post_: 0.856,
  // Ninotsminda 0.964, the Qatana post 0.846.
  ninotsminda_: 0.963,
  syria_qatana_depot_blast_post_: 0.845,
  // Tovuz 0.943, the Svaliava post 0.923.
  tovuz_: 0.942,
  ukraine_svaliava_church_fire_post_: 0.922,
  // The Mu'tasim Division 0.918, the Zhashkiv post 0.917.
  mu_tasim_division_: 0.917,
  ukraine_zhashkiv_post_: 0.916,
  // Borjomi–Bakuriani railway 1.000, the Khust post 0.933.
  'borjomi–bakuriani_railway_': 1,
  ukraine_khust_post_: 0.932,
  // Tabalak 0.943, the Adel Bagrou post 0.966.
  tabalak_: 0.942,
  mauritania_adel_bagrou_post_: 0.965,
  // Round 305: Verkhnodniprovsk 0.966, the Kamin-Kashyrskyi post 0.867.
  verkhnodniprovsk_: 0.965,
  ukraine_kamin_kashyrskyi_cranberry_post_: 0.866,
  // Aghitu 0.939, the Kelmentsi post 0.929.
  aghitu_: 0.938,
  ukraine_kelmentsi_border_crossing_post_: 0.928,
  // Urum al-Kubra 0.902, the Tomyna Balka report 0.941.
  'urum_al-kubra_': 0.901,
  tomyna_balka_video_report_: 0.94,
  // Kvaisa 0.800, the Oualata post 1.000.
  kvaisa_: 0.799,
  mauritania_oualata_post_: 1,
  // Qabala 0.941, the Vynohradiv post 1.000.
  qabala_: 0.94,
  ukraine_vynohradiv_tisza_post_: 1,
  // The 63rd Mechanized Brigade 0.929, the Ponyativka report 0.917.
  '63rd_mechanized_brigade__ukraine__': 0.928,
  ponyativka_video_report_: 0.916,
  // The Battle of Azaz (2013) 0.981, the Amourj post 1.000.
  battle_of_azaz__2013__: 0.98,
  mauritania_amourj_post_: 1,
  // Odesa–Brody pipeline 0.981, the Morshyn post 0.880.
  'odesa–brody_pipeline_': 0.98,
  ukraine_morshyn_sanatorium_post_: 0.879,
  // Round 306: Sokyriany 0.926, the Guéréda post 0.963.
  sokyriany_: 0.925,
  chad_guereda_clashes_post_: 0.962,
  // Noratus 0.982, the Bershad post 0.970.
  noratus_: 0.981,
  ukraine_bershad_flood_post_: 0.969,
  // Jayrud 0.936, the Novyi Buh post 1.000.
  jayrud_: 0.935,
  ukraine_novyi_buh_elevator_post_: 1,
  // Lagodekhi 0.957, the Prydniprovske report 0.962.
  lagodekhi_: 0.956,
  prydniprovske_video_report_: 0.961,
  // Lankaran 0.958, the Kobenni post 0.889.
  lankaran_: 0.957,
  mauritania_kobenni_post_: 0.888,
  // Liwa Thuwar al-Raqqa 0.966, the Lypovets post 0.880.
  'liwa_thuwar_al-raqqa_': 0.965,
  ukraine_lypovets_maternity_post_: 0.879,
  // The Battle of Pavlivka 1.000, the Novodarivka report 0.973.
  battle_of_pavlivka_: 1,
  novodarivka_video_report_: 0.972,
  // Massenya 0.945, the Velykyi Bereznyi post 1.000.
  massenya_: 0.944,
  ukraine_velykyi_bereznyi_post_: 1,
  // Round 307: Nosivka 0.955, the Baranivka post 0.933.
  nosivka_: 0.954,
  ukraine_baranivka_porcelain_post_: 0.932,
  // Aruch 0.880, the N'Gouri post 1.000.
  aruch_: 0.879,
  chad_ngouri_clashes_post_: 1,
  // Qamhana 0.980, the Zinkiv post 0.857.
  qamhana_: 0.979,
  ukraine_zinkiv_post_: 0.856,
  // Nasakirali 0.927, the Tsarychanka post 0.963.
  nasakirali_: 0.926,
  ukraine_tsarychanka_post_: 0.962,
  // Sabirabad 0.962, the Nemishaieve report 0.955.
  sabirabad_: 0.961,
  nemishaieve_video_report_: 0.954,
  // The 80th Arctic Motor Rifle Brigade 0.963, the Kélo post 0.917.
  '80th_arctic_motor_rifle_brigade_': 0.962,
  chad_kelo_ginnery_fire_post_: 0.916,
  // Qara Qozak Bridge 0.955, the Berezivka post 0.889.
  qara_qozak_bridge_: 0.954,
  ukraine_berezivka_school_post_: 0.888,
  // Ouadane 1.000, the Perechyn post 1.000.
  ouadane_: 1,
  ukraine_perechyn_post_: 1,
  // Round 308: Chyhyryn 1.000, the Novokairy report 0.944.
  chyhyryn_: 1,
  novokairy_video_report_: 0.943,
  // Zaritap 1.000, the Liubeshiv post 1.000.
  zaritap_: 1,
  ukraine_liubeshiv_peat_fire_post_: 1,
  // Al-Jurniyah 1.000, the Gueskérou post 1.000.
  'al-jurniyah_': 1,
  niger_gueskerou_post_: 1,
  // Menji 0.952, the Tarashcha post 0.923.
  menji_: 0.951,
  ukraine_tarashcha_hospital_post_: 0.922,
  // Zaylik 0.930, the Volovets post 0.960.
  zaylik_: 0.929,
  ukraine_volovets_landslide_post_: 0.959,
  // Harakat Sham al-Islam 0.985, the Sopych report 0.976.
  'harakat_sham_al-islam_': 0.984,
  sopych_video_report_: 0.975,
  // The Third Battle of Gao 1.000, the Pyriatyn post 1.000.
  third_battle_of_gao_: 1,
  ukraine_pyriatyn_post_: 1,
  // Dungass 0.923, the Maghama post 0.968.
  dungass_: 0.922,
  mauritania_maghama_post_: 0.967,
  // Round 309: Korostyshiv 1.000, the Djiguenni post 0.897.
  korostyshiv_: 1,
  mauritania_djiguenni_fire_post_: 0.896,
  // Gyulagarak 0.947, the Naddniprianske report 0.958.
  gyulagarak_: 0.946,
  naddniprianske_video_report_: 0.957,
  // Shaqqa 0.981, the Halych post 1.000.
  shaqqa_: 0.98,
  ukraine_halych_bridge_post_: 1,
  // Bolnisi 0.880, the M'Bout post 0.929.
  bolnisi_: 0.879,
  mauritania_mbout_water_protest_post_: 0.928,
  // Zardab 0.985, the Hlobyne post 0.839.
  zardab_: 0.984,
  ukraine_hlobyne_post_: 0.838,
  // The 241st Territorial Defense Brigade 0.921, the Kobeliaky post 0.929.
  '241st_territorial_defense_brigade_': 0.92,
  ukraine_kobeliaky_hospital_post_: 0.928,
  // Dakar–Niger Railway 0.986, the Vilshana report 0.960.
  'dakar–niger_railway_': 0.985,
  vilshana_video_report_: 0.959,
  // Amdjarass 0.982, the Volodymyrets post 0.966.
  amdjarass_: 0.981,
  rivne_volodymyrets_post_: 0.965,
  // Round 310: Kopychyntsi 0.976, the Shpola post 0.929.
  kopychyntsi_: 0.975,
  ukraine_shpola_sugar_post_: 0.928,
  // Ptghni 1.000, the Podoly report 0.957.
  ptghni_: 1,
  podoly_video_report_: 0.956,
  // Al-Janudiyah 1.000, the Diallassagou post 0.960.
  'al-janudiyah_': 1,
  mali_diallassagou_post_: 0.959,
  // Gonio 1.000, the Dobromyl post 0.909.
  gonio_: 1,
  ukraine_dobromyl_sinkhole_post_: 0.908,
  // Shabran 0.955, the Zelenivka report 0.957.
  shabran_: 0.954,
  zelenivka_video_report_: 0.956,
  // The Golan Regiment 0.949, the Obukhiv post 1.000.
  golan_regiment_: 0.948,
  ukraine_obukhiv_heating_post_: 1,
  // Battle of Melitopol 1.000, the Guérou post 1.000.
  battle_of_melitopol_: 1,
  mauritania_guerou_post_: 1,
  // Takiéta 0.947, the Yaremche post 0.938.
  takiéta_: 0.946,
  ukraine_yaremche_post_: 0.937,
  // Round 311: Skvyra 0.967, the Veterynarne report 0.976.
  skvyra_: 0.966,
  veterynarne_video_report_: 0.975,
  // Aknalich 0.958, the Melfi post 0.960.
  aknalich_: 0.957,
  chad_melfi_kidnapping_post_: 0.959,
  // Al-Muabbada 0.980, the Sarghaya post 0.923.
  'al-muabbada_': 0.979,
  syria_sarghaya_train_post_: 0.922,
  // Dedoplistskaro 0.979, the Topoli report 1.000.
  dedoplistskaro_: 0.978,
  topoli_video_report_: 1,
  // Shikharkh 0.923, the Kaharlyk post 0.903.
  shikharkh_: 0.922,
  ukraine_kaharlyk_post_: 0.902,
  // The 38th Guards Motor Rifle Brigade 0.971, the Myrhorod post 0.929.
  '38th_guards_motor_rifle_brigade_': 0.97,
  ukraine_myrhorod_post_: 0.928,
  // Zemo Avchala Hydroelectric Power Station 0.952, the Dolynska post 0.923.
  zemo_avchala_hydroelectric_power_station_: 0.951,
  ukraine_dolynska_post_: 0.922,
  // Tichitt 0.974, the Massakory post 1.000.
  tichitt_: 0.973,
  chad_massakory_clashes_post_: 1,
};
