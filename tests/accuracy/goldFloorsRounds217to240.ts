/** Floors of our own articles from rounds 217 to 240, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_217_TO_240_FLOORS: Record<string, number> = {
  // Round 217: Kafr Batikh 0.949, the Makarivka report 1.000.
  kafr_batikh_: 0.948,
  makarivka_video_report_: 1,
  // Togh 0.984, the Aderbissinat post 1.000.
  togh_: 0.983,
  niger_aderbissinat_post_: 1,
  // The Battle of Tell Touqan 1.000, the Malgobek post 1.000.
  battle_of_tell_touqan_: 1,
  ingushetia_malgobek_post_: 1,
  // Sarnaghbyur 0.983, the Storozheve report 1.000.
  sarnaghbyur_: 0.982,
  storozheve_video_report_: 1,
  // Round 218: Burj Islam 1.000, the Kolondiéba post 1.000.
  burj_islam_: 1,
  mali_kolondieba_post_: 1,
  // Karin Tak 1.000, the Derhachi post 1.000.
  karin_tak_: 1,
  kharkiv_derhachi_post_: 1,
  // Tsitelubani 1.000, the Neskuchne report 1.000.
  tsitelubani_: 1,
  neskuchne_video_report_: 1,
  // Maarshamarin 0.982, the Sindou post 1.000.
  maarshamarin_: 0.981,
  burkina_sindou_post_: 1,
  // Round 219: Khndzristan 1.000, the Yevhenivka report 1.000.
  khndzristan_: 1,
  yevhenivka_video_report_: 1,
  // Deir Sharqi 0.967, the Stepantsminda post 0.933.
  deir_sharqi_: 0.966,
  georgia_stepantsminda_post_: 0.932,
  // Ishkhanadzor 0.983, the Zabré post 1.000.
  ishkhanadzor_: 0.982,
  burkina_zabre_post_: 1,
  // Tell Sultan 1.000 (its Piatykhatky report was not written: the set has P'yatykhatky's).
  tell_sultan_: 1,
  // Round 220: Vaghuhas 0.966, the Nguigmi post 1.000.
  vaghuhas_: 0.965,
  niger_nguigmi_post_: 1,
  // Sartichala 1.000 (its Malynivka report was not written: the set has one, from round 130).
  sartichala_: 1,
  // Mets Shen 0.983, the Kampti post 0.938.
  mets_shen_: 0.982,
  burkina_kampti_post_: 0.937,
  // Suqour al-Ghab 0.967, the Dibrova post 1.000.
  'suqour_al-ghab_': 0.966,
  donetsk_dibrova_post_: 1,
  // Round 221: Maar Tamsrin 0.931, the Ruski Tyshky report 0.973.
  maar_tamsrin_: 0.93,
  ruski_tyshky_video_report_: 0.972,
  // Arshaluys 1.000, the Kéniéba post 1.000.
  arshaluys_: 1,
  mali_kenieba_post_: 1,
  // The Dobrotvir plant 1.000, the Sachkhere post 1.000.
  dobrotvir_thermal_power_plant_: 1,
  georgia_sachkhere_post_: 1,
  // Tell Dinit 1.000, the Strilecha report 1.000.
  tell_dinit_: 1,
  strilecha_video_report_: 1,
  // Round 222: Voskepar 1.000, the Magaria post 1.000.
  voskepar_: 1,
  niger_magaria_post_: 1,
  // Khan al-Sabil 1.000, the Qusar post 1.000.
  'khan_al-sabil_': 1,
  azerbaijan_qusar_post_: 1,
  // Gomk 1.000, the Diébougou post 1.000.
  gomk_: 1,
  burkina_diebougou_post_: 1,
  // The Kaniv plant 1.000, the Bilyi Kolodiaz report 1.000.
  kaniv_hydroelectric_power_plant_: 1,
  bilyi_kolodiaz_video_report_: 1,
  // Round 223: the Battle of Mala Rohan 1.000, the Sagarejo post 0.960.
  battle_of_mala_rohan_: 1,
  georgia_sagarejo_post_: 0.959,
  // The Sultan Murad Division 0.982, the Ruska Lozova report 1.000.
  sultan_murad_division_: 0.981,
  ruska_lozova_video_report_: 1,
  // Askeran Province 1.000, the Kadiolo post 1.000.
  askeran_province_: 1,
  mali_kadiolo_post_: 1,
  // The Battle of Husarivka 0.966, the Chornomorsk post 0.917.
  battle_of_husarivka_: 0.965,
  odesa_chornomorsk_post_: 0.916,
  // Round 224: Boulgou Province 0.982, the Maïné-Soroa post 1.000.
  boulgou_province_: 0.981,
  niger_maine_soroa_post_: 1,
  // The Pyatnashka brigade 0.960, the Oni post 1.000.
  pyatnashka_brigade_: 0.959,
  georgia_oni_post_: 1,
  // The Koglweogo 0.960, the Bezruky report 0.952.
  koglweogo_: 0.959,
  bezruky_video_report_: 0.951,
  // The Siege of al-Waer 0.984, the Cherkaska Lozova post 1.000.
  'siege_of_al-waer_': 0.983,
  kharkiv_cherkaska_lozova_post_: 1,
  // Round 225: the Aidar Battalion 0.938 (its gold leaves out four happenings under a heading "### 2014" that the guide dates by
  // it), the Matameye post 1.000.
  aidar_battalion_: 0.937,
  niger_matameye_post_: 1,
  // The Freedom of Russia Legion 0.980, the Loknia report 1.000.
  freedom_of_russia_legion_: 0.979,
  loknia_video_report_: 1,
  // The Shahumyan region 0.951, the Tyrnyauz post 0.970.
  shahumyan_region_: 0.95,
  kabardino_balkaria_tyrnyauz_post_: 0.969,
  // Jabal al-Akrad 0.966, the Novenke report 1.000.
  'jabal_al-akrad_': 0.965,
  novenke_video_report_: 1,
  // Round 226: the Dzhokhar Dudayev Battalion 1.000, the Bafoulabé post 1.000.
  dzhokhar_dudayev_battalion_: 1,
  mali_bafoulabe_post_: 1,
  // Jabal al-Zawiya 0.966, the Myropillia post 0.783.
  'jabal_al-zawiya_': 0.965,
  sumy_myropillia_post_: 0.782,
  // The Rubizh Brigade 0.983, the Balakan post 1.000.
  rubizh_brigade_: 0.982,
  azerbaijan_balakan_post_: 1,
  // Jabal Turkman 0.947, the Basivka report 0.950.
  jabal_turkman_: 0.946,
  basivka_video_report_: 0.949,
  // Round 227: the al-Sheikh Badr post 0.963 (its Operation Peace Spring article was not written: the set has the 2019 Turkish
  // offensive into north-eastern Syria).
  syria_sheikh_badr_post_: 0.962,
  // The Preobrazhenka report 1.000 (its Operation Claw-Sword article was not written: the set has a post on its first days).
  preobrazhenka_video_report_: 1,
  // Task Force Takuba 1.000, the Pô post 0.963.
  task_force_takuba_: 1,
  burkina_po_post_: 0.962,
  // The Battle of Daraa (2017) 1.000 (its Kajaran post was not written: the set has one on a 2025 strike at the Kajaran mine).
  battle_of_daraa__2017__: 1,
  // Round 228: the 2012 Armenian–Azerbaijani border clashes 1.000, the Plavni report 1.000.
  '2012_armenian–azerbaijani_border_clashes_': 1,
  plavni_video_report_: 1,
  // Wadi al-Nasara 1.000, the Tsnori post 1.000.
  'wadi_al-nasara_': 1,
  georgia_tsnori_post_: 1,
  // The Bratstvo Battalion 1.000, the Bankass post 1.000.
  bratstvo_battalion_: 1,
  mali_bankass_post_: 1,
  // The Lajat 1.000, the Komyshany report 0.970.
  lajat_: 1,
  komyshany_video_report_: 0.969,
  // Round 229: Sumy Oblast 0.983, the Putyvl post 1.000.
  sumy_oblast_: 0.982,
  sumy_putyvl_post_: 1,
  // Raqqa Governorate 0.893, the al-Karamah post 1.000.
  raqqa_governorate_: 0.892,
  syria_karamah_post_: 1,
  // Vayots Dzor Province 1.000, the Kindrativka report 0.974.
  vayots_dzor_province_: 1,
  kindrativka_video_report_: 0.973,
  // The Ségou Region 0.984, the Kaspi post 0.923.
  segou_region_: 0.983,
  georgia_kaspi_post_: 0.922,
  // Round 230: Fuzuli District 1.000, the Gourcy post 0.960.
  fuzuli_district_: 1,
  burkina_gourcy_post_: 0.959,
  // The Tahoua Region 1.000, the Esman report 1.000.
  tahoua_region_: 1,
  esman_video_report_: 1,
  // Mykolaiv Oblast 0.967, the Izraa post 1.000.
  mykolaiv_oblast_: 0.966,
  syria_izraa_post_: 1,
  // Kakheti 0.983, the al-Sanamayn post 0.966.
  kakheti_: 0.982,
  syria_sanamayn_post_: 0.965,
  // Round 231: the Dusheti post 1.000 (its Battle of Moshchun article was not written: the set has the Battle of Moschun).
  georgia_dusheti_post_: 1,
  // The Battle of Nova Basan 0.966, the Qakh post 1.000.
  battle_of_nova_basan_: 0.965,
  azerbaijan_qakh_post_: 1,
  // Lukashivka 1.000, the Dakoro post 1.000.
  lukashivka_: 1,
  niger_dakoro_post_: 1,
  // Demydiv 0.967, the Motyzhyn report 1.000.
  demydiv_: 0.966,
  motyzhyn_video_report_: 1,
  // Round 232: Ivankiv 1.000, the Sardarashen post 1.000.
  ivankiv_: 1,
  armenia_sardarashen_post_: 1,
  // Dymer 0.982, the Diré post 1.000.
  dymer_: 0.981,
  mali_dire_post_: 1,
  // The Carpathian Sich Battalion 0.980, the Kolychivka report 0.933.
  carpathian_sich_battalion_: 0.979,
  kolychivka_video_report_: 0.932,
  // Skybyn 0.951, the Maabatli post 1.000.
  skybyn_: 0.95,
  syria_maabatli_post_: 1,
  // Round 233: the Battle of Lukianivka 1.000, the al-Darbasiyah post 1.000.
  battle_of_lukianivka_: 1,
  syria_darbasiyah_post_: 1,
  // Peremoha 0.966, the Oghuz post 1.000.
  peremoha_: 0.965,
  azerbaijan_oghuz_post_: 1,
  // Vorzel 1.000, the Abalak post 1.000.
  vorzel_: 1,
  niger_abalak_post_: 1,
  // Velyka Dymerka 1.000, the Zabuchchia report 0.914.
  velyka_dymerka_: 1,
  zabuchchia_video_report_: 0.913,
  // Round 234: Blystavytsia 0.983, the Ddmashen post 1.000.
  blystavytsia_: 0.982,
  armenia_ddmashen_post_: 1,
  // Kopyliv 1.000, the Monimpébougou post 0.903.
  kopyliv_: 1,
  mali_monimpebougou_post_: 0.902,
  // Havronshchyna 1.000, the Berestianka report 0.974.
  havronshchyna_: 1,
  berestianka_video_report_: 0.973,
  // Kolonshchyna 0.984, the al-Jawadiyah post 1.000.
  kolonshchyna_: 0.983,
  syria_jawadiyah_post_: 1,
  // Round 235: Mokrets 1.000, the Shamkir post 1.000.
  mokrets_: 1,
  azerbaijan_shamkir_post_: 1,
  // Trebukhiv 1.000, the Orodara post 0.968.
  trebukhiv_: 1,
  burkina_orodara_post_: 0.967,
  // Shestovytsia 1.000, the Dashkasan post 1.000.
  shestovytsia_: 1,
  azerbaijan_dashkasan_post_: 1,
  // Hoholiv 0.966, the Yanfolila post 1.000.
  hoholiv_: 0.965,
  mali_yanfolila_post_: 1,
  // Round 236: Zazymia 0.949, the Akhmeta post 0.880.
  zazymia_: 0.948,
  georgia_akhmeta_post_: 0.879,
  // Rusaniv 0.966, the Loga post 1.000.
  rusaniv_: 0.965,
  niger_loga_post_: 1,
  // Naftalan 0.968, the Kyinka report 0.900.
  naftalan_: 0.967,
  kyinka_video_report_: 0.899,
  // Abasha 0.933, the Gadabay post 1.000.
  abasha_: 0.932,
  azerbaijan_gadabay_post_: 1,
  // Round 237: the Donbas Battalion 0.951, the Vorozhba post 1.000. Under "### 2014" its helper left out two sentences with no
  // date of their own, which the guide dates by the heading (as the Aidar Battalion's helper did).
  donbas_battalion_: 0.95,
  sumy_vorozhba_post_: 1,
  // The Sarsang Reservoir 1.000, the Seredyna-Buda post 0.968.
  sarsang_reservoir_: 1,
  sumy_seredyna_buda_post_: 0.967,
  // The Vostok Battalion 0.935, the Aghjabadi post 0.897.
  vostok_battalion_: 0.934,
  azerbaijan_aghjabadi_post_: 0.896,
  // Maarat Hurma 0.966, the Kozachi Laheri report 0.944.
  maarat_hurma_: 0.965,
  kozachi_laheri_video_report_: 0.943,
  // Round 238: the Roki Tunnel 1.000, the Ordubad post 0.966.
  roki_tunnel_: 1,
  nakhchivan_ordubad_post_: 0.965,
  // The Shakhtarsk Battalion 0.951, the Pechenihy post 1.000.
  shakhtarsk_battalion_: 0.95,
  kharkiv_pechenihy_post_: 1,
  // Hadher 1.000, the Upper Lars post 0.938 (its Jvari Pass sentence is the Stepantsminda post's, reused by its helper).
  hadher_: 1,
  georgia_upper_lars_post_: 0.937,
  // Horadiz 1.000, the Prechystivka report 1.000.
  horadiz_: 1,
  prechystivka_video_report_: 1,
  // Round 239: Qalaat al-Madiq 0.982, the Novaya Tavolzhanka post 0.929.
  'qalaat_al-madiq_': 0.981,
  belgorod_novaya_tavolzhanka_post_: 0.928,
  // The Siege of Khan al-Shih 1.000, the Zhuravka post 1.000.
  'siege_of_khan_al-shih_': 1,
  sumy_zhuravka_post_: 1,
  // Ganda Koy 0.982, the Markadah post 0.957.
  ganda_koy_: 0.981,
  syria_markadah_post_: 0.956,
  // The Battle of Barzeh 1.000, the Glotovo report 1.000.
  battle_of_barzeh_: 1,
  glotovo_video_report_: 1,
  // Round 240: Khan Arnabah 1.000, the Kozinka post 0.960.
  khan_arnabah_: 1,
  belgorod_kozinka_post_: 0.959,
  // The Siberian Battalion 1.000, the Zamalka post 0.897.
  siberian_battalion_: 1,
  syria_zamalka_post_: 0.896,
  // Al-Mourabitoun 1.000, the Nekhoteevka post 1.000.
  'al-mourabitoun_': 1,
  belgorod_nekhoteevka_post_: 1,
  // Tell Sukayk 0.983, the Pokrovka report 1.000.
  tell_sukayk_: 0.982,
  pokrovka_video_report_: 1,
};
