/** Floors of our own articles from rounds 336 on, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_336_ON_FLOORS: Record<string, number> = {
  // Round 336: Samar 0.933, the Kotelva post 1.000.
  samar__ukraine_: 0.932,
  ukraine_kotelva_gas_post_: 1,
  // Garni 0.958, the Siribala post 0.968.
  garni_: 0.957,
  mali_siribala_sugar_post_: 0.967,
  // Jillin 0.915, the Vapniarka post 1.000.
  jillin_: 0.914,
  ukraine_vapniarka_substation_post_: 1,
  // Kvishkheti 1.000, the Verkhnia Tersa report 0.913.
  kvishkheti_: 1,
  verkhnia_tersa_video_report_: 0.912,
  // Qubadli 0.981, the Velykyi Bychkiv post 0.963.
  qubadli_: 0.98,
  ukraine_velykyi_bychkiv_fire_post_: 0.962,
  // Jaysh al-Ummah 0.981, the Nossombougou post 0.875.
  'jaysh_al-ummah_': 0.98,
  mali_nossombougou_flood_post_: 0.874,
  // Kharkiv TPP-5 0.960, the Zherebianky report 0.966.
  'kharkiv_tpp-5_': 0.959,
  zherebianky_video_report_: 0.965,
  // Timia 0.947, the Sheikh al-Hadid post 0.897.
  timia_: 0.946,
  syria_sheikh_al_hadid_post_: 0.896,
  // Round 337: Kaniv 0.961, the Kolky post 0.944.
  kaniv_: 0.96,
  ukraine_kolky_bridge_post_: 0.943,
  // Verin Shorzha 0.828, the Vyshchetarasivka report 0.939.
  verin_shorzha_: 0.827,
  vyshchetarasivka_video_report_: 0.938,
  // Bza'a 0.960, the Bohorodchany post 0.966.
  bza_a_: 0.959,
  ukraine_bohorodchany_flood_post_: 0.965,
  // Akhmeta 0.974, the Liwa post 0.889.
  akhmeta_: 0.973,
  chad_liwa_post_: 0.888,
  // Sahil 0.923, the Ozarianivka report 0.880.
  sahil__azerbaijan_: 0.922,
  ozarianivka_video_report_: 0.879,
  // The 234th Guards Air Assault Regiment 0.973, the Dobrovelychkivka post 0.960.
  '234th_guards_air_assault_regiment_': 0.972,
  ukraine_dobrovelychkivka_post_: 0.959,
  // The Yaryshmardy ambush 0.974, the Bébédjia post 0.933.
  yaryshmardy_ambush_: 0.973,
  chad_bebedjia_post_: 0.932,
  // Nanoro 0.920, the Klevan post 0.966.
  nanoro_: 0.919,
  ukraine_klevan_tunnel_post_: 0.965,
  // Round 338: Bakhchysarai 0.955, the Uhroidy report 0.957.
  bakhchysarai_: 0.954,
  uhroidy_video_report_: 0.956,
  // Kut 0.929, the Blyzniuky post 0.897.
  kut__armenia_: 0.928,
  ukraine_blyzniuky_post_: 0.896,
  // Al-Mishrifeh 0.962, the Mederdra post 1.000.
  'al-mishrifeh_': 0.961,
  mauritania_mederdra_fever_post_: 1,
  // Tsageri 0.957, the Tumanyan post 1.000.
  tsageri_: 0.956,
  armenia_tumanyan_bridge_post_: 1,
  // Mashtaga 0.971, the Mlyniv post 0.917.
  mashtaga_: 0.97,
  ukraine_mlyniv_dam_post_: 0.916,
  // The Deir ez-Zor Military Council 0.952, the Poltavka report 1.000.
  'deir_ez-zor_military_council_': 0.951,
  poltavka_video_report_: 1,
  // Fuzuli International Airport 0.905, the Béguédo post 0.917.
  fuzuli_international_airport_: 0.904,
  burkina_beguedo_flood_post_: 0.916,
  // Essouk 1.000, the Armiansk post 0.973.
  essouk_: 1,
  crimea_armiansk_titan_haze_post_: 0.972,
  // Round 339: Staryi Krym 0.981, the Tékane post 0.897.
  staryi_krym_: 0.98,
  mauritania_tekane_post_: 0.896,
  // Jajur 1.000, the Zabolotiv post 0.966.
  jajur_: 1,
  ukraine_zabolotiv_gravel_post_: 0.965,
  // Subaykhan 1.000, the Mykulychi report 0.952.
  subaykhan_: 1,
  mykulychi_video_report_: 0.951,
  // Sagarejo 1.000, the Sisian post 0.923.
  sagarejo_: 1,
  armenia_sisian_zorats_karer_post_: 0.922,
  // Aghdara 1.000, the Toéni post 0.889.
  aghdara_: 1,
  burkina_toeni_post_: 0.888,
  // The 56th Motorized Brigade 0.954, the Popiv Yar report 1.000.
  '56th_motorized_brigade__ukraine__': 0.953,
  popiv_yar_video_report_: 1,
  // The Battle of Grozny (August 1996) 0.967, the Salyan post 0.929.
  battle_of_grozny__august_1996__: 0.966,
  azerbaijan_salyan_water_post_: 0.928,
  // Fachi 0.978, the Mykulyntsi post 1.000.
  fachi_: 0.977,
  ukraine_mykulyntsi_hospital_post_: 1,
  // Round 340: Sudak 0.912, the Bousteila post 1.000.
  sudak_: 0.911,
  mauritania_bousteila_post_: 1,
  // Hayravank 0.943, the Tskaltubo post 0.968.
  hayravank_: 0.942,
  georgia_tskaltubo_sanatorium_fire_post_: 0.967,
  // Kafr Laha 0.906, the Hrekivka report 0.958.
  kafr_laha_: 0.905,
  hrekivka_video_report_: 0.957,
  // Ochamchire 0.973, the Chemerivtsi post 0.952.
  ochamchire_: 0.972,
  ukraine_chemerivtsi_hospital_post_: 0.951,
  // Masazir 1.000, the Aoujeft post 0.778.
  masazir_: 1,
  mauritania_aoujeft_fire_post_: 0.777,
  // The 65th Mechanized Brigade 0.929, the Ozerne report 0.962.
  '65th_mechanized_brigade__ukraine__': 0.928,
  ozerne_video_report_: 0.961,
  // The Tamysh landing 0.933, the Domanivka post 0.875.
  tamysh_landing_: 0.932,
  ukraine_domanivka_pipeline_post_: 0.874,
  // Léré (Chad) 0.980, the Ain al-Fijah post 0.960.
  léré__chad_: 0.979,
  'syria_ain_al-fijah_protest_post_': 0.959,
  // Round 341: Bratslav 0.909, the Yasinia post 1.000.
  bratslav_: 0.908,
  ukraine_yasinia_avalanche_post_: 1,
  // Lori Berd 0.960, the Koumantou post 0.938.
  lori_berd_: 0.959,
  mali_koumantou_lithium_lorry_post_: 0.937,
  // The Martyrs of Islam Brigade 0.958, the Hlyboka post 0.923.
  martyrs_of_islam_brigade_: 0.957,
  ukraine_hlyboka_school_post_: 0.922,
  // Gurjaani 0.943, the Havrylivka report 0.941.
  gurjaani_: 0.942,
  havrylivka_video_report_: 0.94,
  // Binagadi 1.000, the Ovidiopol post 1.000.
  binagadi_: 1,
  ukraine_ovidiopol_fish_kill_post_: 1,
  // Air Base 201 0.962, the Boulenouar post 0.957.
  air_base_201_: 0.961,
  mauritania_boulenouar_post_: 0.956,
  // The 74th Guards Motor Rifle Brigade 0.972, the Narodychi post 0.968.
  '74th_guards_motor_rifle_brigade_': 0.971,
  ukraine_narodychi_fire_post_: 0.967,
  // Choum 0.925, the Khoroshe report 0.933.
  choum_: 0.924,
  khoroshe_video_report_: 0.932,
  // Round 342: Dokuchaievsk 1.000, the Gagra post 0.933.
  dokuchaievsk_: 1,
  abkhazia_gagra_mudflow_post_: 0.932,
  // Yeghipatrush 0.980, the Mankivka post 0.960.
  yeghipatrush_: 0.979,
  ukraine_mankivka_hospital_post_: 0.959,
  // Mesraba 0.984, the Zitenga post 0.933.
  mesraba_: 0.983,
  burkina_zitenga_flood_post_: 0.932,
  // Adigeni 1.000, the Agarak post 0.769.
  adigeni_: 1,
  armenia_agarak_tailings_post_: 0.768,
  // Khaldan 1.000, the Kupiievakha report 0.976.
  khaldan_: 1,
  kupiievakha_video_report_: 0.975,
  // The Ba'ath Brigades 0.979, the Kuty post 0.929.
  ba_ath_brigades_: 0.978,
  ukraine_kuty_timber_post_: 0.928,
  // The Battle of Lemgheity 0.936, the Guidan Roumdji post 0.957.
  battle_of_lemgheity_: 0.935,
  niger_guidan_roumdji_post_: 0.956,
  // Boussouma (Sanmatenga) 0.955, the Verbivka report 1.000.
  boussouma__sanmatenga_: 0.954,
  verbivka_video_report_: 1,
  // Round 343: Boryspil 0.955, the Tansarga post 0.933.
  boryspil_: 0.954,
  burkina_tansarga_convoy_post_: 0.932,
  // Halidzor 0.964, the Vyshneve post 1.000.
  halidzor_: 0.963,
  ukraine_vyshneve_heating_post_: 1,
  // Abu Hamam 0.984, the Velyka Bahachka post 1.000.
  abu_hamam_: 0.983,
  ukraine_velyka_bahachka_gas_post_: 1,
  // Kornisi 0.939, the Béboto post 1.000.
  kornisi_: 0.938,
  chad_beboto_clashes_post_: 1,
  // Heydarabad 0.960, the Khoroshiv post 0.828.
  heydarabad_: 0.959,
  ukraine_khoroshiv_quartz_post_: 0.827,
  // The 28th Mechanized Brigade 0.970, the Kareli post 0.923.
  '28th_mechanized_brigade__ukraine__': 0.969,
  georgia_kareli_apples_post_: 0.922,
  // Jaysh al-Ahrar 0.933, the Bruskynske report 1.000.
  'jaysh_al-ahrar_': 0.932,
  bruskynske_video_report_: 1,
  // Guidimouni 0.936, the Yelanets post 0.800.
  guidimouni_: 0.935,
  ukraine_yelanets_wind_farm_post_: 0.799,
  // Round 344: Podilsk 1.000, the Zaporizke report 1.000.
  podilsk_: 1,
  zaporizke_video_report_: 1,
  // Zangakatun 0.960, the Teplyk post 0.957.
  zangakatun_: 0.959,
  ukraine_teplyk_schools_post_: 0.956,
  // Azmarin 0.969, the Berehomet post 0.933.
  azmarin_: 0.968,
  ukraine_berehomet_bridge_post_: 0.932,
  // Senaki 1.000, the Otaybah post 0.963.
  senaki_: 1,
  syria_otaybah_drought_post_: 0.962,
  // Sabunchu 0.960, the Abou Deïa post 0.963.
  sabunchu_: 0.959,
  chad_abou_deia_post_: 0.962,
  // The Oplot Brigade 0.967, the Dolbel post 0.839.
  oplot_brigade_: 0.966,
  niger_dolbel_post_: 0.838,
  // The Battle of Grozny (1994–1995) 0.964, the Mala Danylivka report 1.000.
  'battle_of_grozny__1994–1995__': 0.963,
  mala_danylivka_video_report_: 1,
  // Zégoua 0.962, the Yemilchyne post 0.875.
  zégoua_: 0.961,
  ukraine_yemilchyne_forest_fire_post_: 0.874,
  // Round 345: Bilohirsk 0.906, the Ashrafiyat Sahnaya post 1.000.
  bilohirsk_: 0.905,
  syria_ashrafiyat_sahnaya_police_post_: 1,
  // Kechut 1.000, the Ghabou post 0.957.
  kechut_: 1,
  mauritania_ghabou_flood_post_: 0.956,
  // Rablah 0.923, the Yasnohorodka report 1.000.
  rablah_: 0.922,
  yasnohorodka_video_report_: 1,
  // Mtsvane Kontskhi 0.894, the Vorokhta post 1.000.
  mtsvane_kontskhi_: 0.893,
  ukraine_vorokhta_ski_jump_post_: 1,
  // Neft Daşları 0.909, the Melnytsia-Podilska post 1.000.
  neft_daşları_: 0.908,
  ukraine_melnytsia_podilska_post_: 1,
  // The North Crimean Canal 0.909, the Aghstafa post 0.889.
  north_crimean_canal_: 0.908,
  azerbaijan_aghstafa_reservoir_post_: 0.888,
  // The 35th Guards Motor Rifle Brigade 0.909, the Marchykhina Buda report 1.000.
  '35th_guards_motor_rifle_brigade_': 0.908,
  marchykhina_buda_video_report_: 1,
  // Aozou 0.941, the Diamou post 0.867.
  aozou_: 0.94,
  mali_diamou_post_: 0.866,
  // Round 346: Mykolaiv (Lviv Oblast) 0.931, the Novyi Kalyniv post 0.960.
  mykolaiv__lviv_oblast_: 0.93,
  ukraine_novyi_kalyniv_heating_post_: 0.959,
  // Sarukhan 0.982, the Krasne Pershe report 0.974.
  sarukhan_: 0.981,
  krasne_pershe_video_report_: 0.973,
  // Beit Sahem 0.982, the Kornaka post 1.000.
  beit_sahem_: 0.981,
  niger_kornaka_post_: 1,
  // Bediani 0.963, the Nova Ushytsia post 0.870.
  bediani_: 0.962,
  ukraine_nova_ushytsia_court_post_: 0.869,
  // Altiaghach 0.980, the Baryshivka post 0.903.
  altiaghach_: 0.979,
  ukraine_baryshivka_post_: 0.902,
  // The Syrian Elite Forces 0.954, the Danamadji post 1.000.
  syrian_elite_forces_: 0.953,
  chad_danamadji_refugees_post_: 1,
  // The Battle of Alkhan-Yurt 0.955, the Buzovna post 0.870.
  'battle_of_alkhan-yurt_': 0.954,
  azerbaijan_buzovna_post_: 0.869,
  // Coalla 1.000, the Novyi Donbas report 0.981.
  coalla_: 1,
  novyi_donbas_video_report_: 0.98,
  // Round 347: Alushta 0.983, the Mahadaga post 1.000.
  alushta_: 0.982,
  burkina_mahadaga_post_: 1,
  // Ardvi 0.971, the Kryve Ozero post 0.759.
  ardvi_: 0.97,
  ukraine_kryve_ozero_cemetery_post_: 0.758,
  // Al-Mazraa 0.943, the Khartsyzk post 1.000.
  'al-mazraa__syria_': 0.942,
  ukraine_khartsyzk_water_post_: 1,
  // Mestia 0.980, the Berestok report 1.000.
  mestia_: 0.979,
  berestok_video_report_: 1,
  // Ramana 0.955, the Toukoto post 0.889.
  ramana__azerbaijan_: 0.954,
  mali_toukoto_train_post_: 0.888,
  // The 3rd Motor Rifle Division 0.970, the Chornukhy post 0.848.
  '3rd_motor_rifle_division__russia__': 0.969,
  ukraine_chornukhy_museum_post_: 0.847,
  // The Farouq Brigades 0.983, the Hajar al-Aswad post 0.880.
  farouq_brigades_: 0.982,
  'syria_hajar_al-aswad_demolitions_post_': 0.879,
  // Dan Issa 0.936, the Bachivsk report 0.909.
  dan_issa_: 0.935,
  bachivsk_video_report_: 0.908,
};
