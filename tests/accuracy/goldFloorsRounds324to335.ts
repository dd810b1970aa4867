/** Floors of our own articles from rounds 324 to 335, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_324_TO_335_FLOORS: Record<string, number> = {
  // Round 324: Kalynivka 0.984, the Barkéol post 1.000.
  kalynivka__vinnytsia_oblast_: 0.983,
  mauritania_barkeol_post_: 1,
  // Lermontovo 0.933, the Chervonyi Mayak report 0.846.
  lermontovo_: 0.932,
  chervonyi_mayak_video_report_: 0.845,
  // Al-Bahluliyah 0.974, the Vyhoda post 1.000.
  'al-bahluliyah_': 0.973,
  ukraine_vyhoda_railway_post_: 1,
  // Keda 1.000, the Kajaran post 0.966.
  keda_: 1,
  armenia_kajaran_snow_post_: 0.965,
  // Narimanabad 0.945, the Belbédji post 1.000.
  narimanabad_: 0.944,
  niger_belbedji_kidnapping_post_: 1,
  // The Manbij Military Council 0.974, the Pervomaiskyi post 0.889.
  manbij_military_council_: 0.973,
  ukraine_pervomaiskyi_water_post_: 0.888,
  // The Siege of Base 46 1.000, the Ulakly report 0.981.
  siege_of_base_46_: 1,
  ulakly_video_report_: 0.98,
  // Nouadhibou 0.868, the Kozelshchyna post 0.944.
  nouadhibou_: 0.867,
  ukraine_kozelshchyna_convent_post_: 0.943,
  // Round 325: Monastyryshche 0.963, the Dioro post 0.971.
  monastyryshche_: 0.962,
  mali_dioro_pinasse_post_: 0.97,
  // Voskevaz 0.981, the Nalyvaikivka report 0.958.
  voskevaz_: 0.98,
  nalyvaikivka_video_report_: 0.957,
  // Al-Ruhaybah 1.000, the Nova Vodolaha post 1.000.
  'al-ruhaybah_': 1,
  ukraine_nova_vodolaha_gas_post_: 1,
  // Sachkhere 0.952, the Komarno post 1.000.
  sachkhere_: 0.951,
  ukraine_komarno_post_: 1,
  // Minjivan 0.963, the Kalaït post 1.000.
  minjivan_: 0.962,
  chad_kalait_migrants_post_: 1,
  // The 1st Tank Brigade 0.946, the Kamianka-Buzka post 0.960.
  '1st_tank_brigade__ukraine__': 0.945,
  'ukraine_kamianka-buzka_shells_post_': 0.959,
  // The Battle off the coast of Abkhazia 0.939, the Horenka report 1.000.
  battle_off_the_coast_of_abkhazia_: 0.938,
  horenka_video_report_: 1,
  // Samorogouan 0.960, the Sarata post 1.000.
  samorogouan_: 0.959,
  ukraine_sarata_substation_post_: 1,
  // Round 326: Uhniv 0.982, the Boiarka post 1.000.
  uhniv_: 0.981,
  ukraine_boiarka_forest_post_: 1,
  // Yenokavan 0.979, the Uhniv post 0.968.
  yenokavan_: 0.978,
  ukraine_uhniv_post_: 0.967,
  // Jusiyah 0.982, the Druzheliubivka report 0.978.
  jusiyah_: 0.981,
  druzheliubivka_video_report_: 0.977,
  // Koda 0.941, the N'Gourti post 1.000.
  koda_: 0.94,
  niger_ngourti_well_attack_post_: 1,
  // Balakhani 0.966, the Velyki Mosty post 0.963.
  balakhani_: 0.965,
  ukraine_velyki_mosty_post_: 0.962,
  // The Fastaqim Union 0.966, the Stroivka report 0.978.
  fastaqim_union_: 0.965,
  stroivka_video_report_: 0.977,
  // Zvartnots International Airport 1.000, the Kourémalé post 0.960.
  zvartnots_international_airport_: 1,
  mali_kouremale_post_: 0.959,
  // Kantché 0.923, the Horodyshche post 1.000.
  kantché_: 0.922,
  ukraine_horodyshche_water_post_: 1,
  // Round 327: Starobilsk 0.982, the Kochubeivka report 1.000.
  starobilsk_: 0.981,
  kochubeivka_video_report_: 1,
  // Kosh 0.982, the Petrykivka post 1.000.
  kosh_: 0.981,
  ukraine_petrykivka_post_: 1,
  // Da'el 0.969, the Letychiv post 0.971.
  da_el_: 0.968,
  ukraine_letychiv_flood_post_: 0.97,
  // Tsalka 1.000, the Horokhovatka report 0.980.
  tsalka_: 1,
  horokhovatka_video_report_: 0.979,
  // Ordubad 0.941, the Fastiv post 0.966.
  ordubad_: 0.94,
  ukraine_fastiv_church_post_: 0.965,
  // The 17th Tank Brigade 0.972, the Ténado post 0.968.
  '17th_tank_brigade__ukraine__': 0.971,
  burkina_tenado_post_: 0.967,
  // The Battle of Vedeno 1.000, the Vatutine post 1.000.
  battle_of_vedeno_: 1,
  ukraine_vatutine_post_: 1,
  // Maro 0.951, the Tomakivka report 0.979.
  maro__chad_: 0.95,
  tomakivka_video_report_: 0.978,
  // Round 328: Vyshhorod 0.984, the Vynnyky post 0.933.
  vyshhorod_: 0.983,
  ukraine_vynnyky_post_: 0.932,
  // Tsaghkahovit 0.983, the Ould Yengé post 0.963.
  tsaghkahovit_: 0.982,
  mauritania_ould_yenge_refugees_post_: 0.962,
  // Hadar 1.000, the Tell Salhab post 0.929.
  hadar__syria_: 1,
  syria_tell_salhab_fires_post_: 0.928,
  // New Athos 0.958, the Chop post 0.957.
  new_athos_: 0.957,
  ukraine_chop_terminal_fire_post_: 0.956,
  // Dashkasan 0.977, the Veletenske report 1.000.
  dashkasan_: 0.976,
  veletenske_video_report_: 1,
  // The Syria Revolutionaries Front 0.931, the Saatly post 0.944.
  syria_revolutionaries_front_: 0.93,
  azerbaijan_saatly_post_: 0.943,
  // The Khoda Afarin Dam 0.943, the Kutuzivka report 0.936.
  khoda_afarin_dam_: 0.942,
  kutuzivka_video_report_: 0.935,
  // Atar 0.981, the Djedaa post 1.000.
  atar__mauritania_: 0.98,
  chad_djedaa_clashes_post_: 1,
  // Round 329: Dubliany 1.000, the Bababé post 1.000.
  dubliany_: 1,
  mauritania_bababe_post_: 1,
  // Kalavan 0.897, the Borozenske report 0.980.
  kalavan_: 0.896,
  borozenske_video_report_: 0.979,
  // Dhiban 0.972, the Lysianka post 0.944.
  dhiban_: 0.971,
  ukraine_lysianka_graves_post_: 0.943,
  // Dmanisi 1.000, the Tsagveri post 1.000.
  dmanisi_: 1,
  georgia_tsagveri_bear_post_: 1,
  // Bilajari 0.909, the Mukachevo post 1.000.
  bilajari_: 0.908,
  ukraine_mukachevo_flood_post_: 1,
  // The 54th Mechanized Brigade 0.935, the Raiske report 1.000.
  '54th_mechanized_brigade__ukraine__': 0.934,
  raiske_video_report_: 1,
  // The Battle of al-Thaala 0.981, the Kouré post 0.783.
  'battle_of_al-thaala__2015__': 0.98,
  niger_koure_giraffe_post_: 0.782,
  // Ras El Ma 0.983, the Vyshnivets post 0.870.
  ras_el_ma_: 0.982,
  ukraine_vyshnivets_palace_post_: 0.869,
  // Round 330: Piatykhatky 0.982, the Kozova post 0.923.
  piatykhatky_: 0.981,
  ukraine_kozova_hospital_post_: 0.922,
  // Movses 0.923, the Berezan post 1.000.
  movses_: 0.922,
  ukraine_berezan_peat_fire_post_: 1,
  // Al-Ghariyah al-Gharbiyah 1.000, the Nyzhnia Syrovatka report 0.930.
  'al-ghariyah_al-gharbiyah_': 1,
  nyzhnia_syrovatka_video_report_: 0.929,
  // Dusheti 1.000, the Gouraye post 0.828.
  dusheti_: 1,
  mauritania_gouraye_deportees_post_: 0.827,
  // Jeyranbatan 1.000, the Boiaro-Lezhachi report 0.933.
  jeyranbatan_: 1,
  'boiaro-lezhachi_video_report_': 0.932,
  // Junud al-Sham 0.985, the Kafr Batna post 1.000.
  'junud_al-sham_': 0.984,
  syria_kafr_batna_power_post_: 1,
  // The Diama Dam 1.000, the Liubashivka post 0.933.
  diama_dam_: 1,
  ukraine_liubashivka_substation_post_: 0.932,
  // Kokologho 0.936, the Sinder post 0.857.
  kokologho_: 0.935,
  niger_sinder_post_: 0.856,
  // Round 331: Horodok 0.923, the Ternovi Pody report 0.957.
  horodok__lviv_oblast_: 0.922,
  ternovi_pody_video_report_: 0.956,
  // Tegher 0.958, the Varash post 1.000.
  tegher_: 0.957,
  ukraine_varash_heating_post_: 1,
  // Sa'sa' 1.000, the Sirakorola post 0.833.
  sa_sa__: 1,
  mali_sirakorola_market_post_: 0.832,
  // Chokhatauri 1.000, the Akhtala post 0.875.
  chokhatauri_: 1,
  armenia_akhtala_monastery_post_: 0.874,
  // Bilasuvar 1.000, the Guéchémé post 1.000.
  bilasuvar_: 1,
  niger_guecheme_clashes_post_: 1,
  // The 81st Airmobile Brigade 1.000, the Solotvyno post 0.897.
  '81st_airmobile_brigade__ukraine__': 1,
  ukraine_solotvyno_salt_mine_post_: 0.896,
  // The Battle of Tell al-Harra 0.917, the Malyi Burluk report 1.000.
  'battle_of_tell_al-harra_': 0.916,
  malyi_burluk_video_report_: 1,
  // Baïbokoum 0.984, the Brusyliv post 0.889.
  baïbokoum_: 0.983,
  ukraine_brusyliv_water_post_: 0.888,
  // Round 332: Horodok (Khmelnytskyi Oblast) 0.964, the Tarutyne post 0.960.
  horodok__khmelnytskyi_oblast_: 0.963,
  ukraine_tarutyne_water_post_: 0.959,
  // Parpi 0.936, the Gounou Gaya post 0.933.
  parpi_: 0.935,
  chad_gounou_gaya_post_: 0.932,
  // Tir Maalah 1.000, the Sataniv post 0.923.
  tir_maalah_: 1,
  ukraine_sataniv_sanatorium_post_: 0.922,
  // Gulripshi 0.964, the Richky report 0.955.
  gulripshi_: 0.963,
  richky_video_report_: 0.954,
  // Goychay 0.857, the Zavodske post 1.000.
  goychay_: 0.856,
  ukraine_zavodske_weir_post_: 1,
  // The Mountain Hawks Brigade 0.972, the Sabou post 0.880.
  mountain_hawks_brigade_: 0.971,
  burkina_sabou_crocodiles_post_: 0.879,
  // The Tashlyk Pumped-Storage Power Plant 0.870, the Kazanka post 0.966.
  'tashlyk_pumped-storage_power_plant_': 0.869,
  ukraine_kazanka_mine_post_: 0.965,
  // Simiri 0.960, the Buhruvatka report 0.894.
  simiri_: 0.959,
  buhruvatka_video_report_: 0.893,
  // Round 333: Zolochiv (Lviv Oblast) 0.985, the Monguel post 1.000.
  zolochiv__lviv_oblast_: 0.984,
  mauritania_monguel_post_: 1,
  // Meghradzor 0.947, the Blahovishchenske post 1.000.
  meghradzor_: 0.946,
  ukraine_blahovishchenske_post_: 1,
  // Qastal Ma'af 0.979, the Ambarne report 0.943.
  qastal_ma_af_: 0.978,
  ambarne_video_report_: 0.942,
  // Jvari 0.963, the al-Qurayya post 0.960.
  jvari__town__: 0.962,
  'syria_al-qurayya_road_post_': 0.959,
  // Haji Zeynalabdin 0.978, the Baguinéda post 1.000.
  haji_zeynalabdin_: 0.977,
  mali_baguineda_canal_post_: 1,
  // The 4th Guards Tank Division 0.957, the Nedryhailiv post 0.963.
  '4th_guards_tank_division_': 0.956,
  ukraine_nedryhailiv_post_: 0.962,
  // The Battle of Grozny (March 1996) 0.958, the Kharagauli post 1.000.
  battle_of_grozny__march_1996__: 0.957,
  georgia_kharagauli_flood_post_: 1,
  // Koumbia 0.931, the Khotimlia report 0.857.
  koumbia_: 0.93,
  khotimlia_video_report_: 0.856,
  // Round 334: Pereshchepyne 0.943, the Vasylkivka report 1.000.
  pereshchepyne_: 0.942,
  vasylkivka_video_report_: 1,
  // Karchaghbyur 0.949, the Vradiivka post 0.968.
  karchaghbyur_: 0.948,
  ukraine_vradiivka_hospital_post_: 0.967,
  // Al-Susah 0.921, the Liptougou post 0.815.
  'al-susah_': 0.92,
  burkina_liptougou_convoy_post_: 0.814,
  // Tsandripsh 0.955, the Pidvolochysk post 0.889.
  tsandripsh_: 0.954,
  ukraine_pidvolochysk_warehouse_fire_post_: 0.888,
  // Surakhani 1.000, the Yarmolyntsi post 1.000.
  surakhani_: 1,
  ukraine_yarmolyntsi_substation_post_: 1,
  // The Northern Democratic Brigade 1.000, the Novi Vyrky report 0.923.
  northern_democratic_brigade_: 1,
  novi_vyrky_video_report_: 0.922,
  // The Port of Latakia 1.000, the Ouad Naga post 0.966.
  port_of_latakia_: 1,
  mauritania_ouad_naga_locusts_post_: 0.965,
  // Méderdra 0.889, the Kryzhopil post 0.938.
  méderdra_: 0.888,
  ukraine_kryzhopil_post_: 0.937,
  // Round 335: Stebnyk 1.000, the Tiné post 0.966.
  stebnyk_: 1,
  chad_tine_border_post_: 0.965,
  // Saghmosavan 1.000, the Teofipol post 0.903.
  saghmosavan_: 1,
  ukraine_teofipol_pig_farm_post_: 0.902,
  // Ain Tarma 0.931, the Brazhkivka report 0.979.
  ain_tarma_: 0.93,
  brazhkivka_video_report_: 0.978,
  // Gardabani 0.941, the Tsemi post 1.000.
  gardabani_: 0.94,
  georgia_tsemi_post_: 1,
  // Kurdamir 0.983, the Keur Macène post 0.968.
  kurdamir_: 0.982,
  mauritania_keur_macene_post_: 0.967,
  // The 57th Motorized Brigade 0.971, the Murovani Kurylivtsi post 0.897.
  '57th_motorized_brigade__ukraine__': 0.97,
  ukraine_murovani_kurylivtsi_palace_post_: 0.896,
  // The Battle of Marj al-Sultan 0.977, the Novi Sanzhary post 1.000.
  'battle_of_marj_al-sultan_': 0.976,
  ukraine_novi_sanzhary_post_: 1,
  // Koro Toro 0.945, the Novosadove report 1.000.
  koro_toro_: 0.944,
  novosadove_video_report_: 1,
};
