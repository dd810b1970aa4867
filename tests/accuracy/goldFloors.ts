/**
 * The lowest F1 the extractor may score on each gold article (goldSet.test.ts asserts them). Each is
 * what the extractor reached when the article joined the gold set, or raised since; a comment keeps
 * an unseen article's first-run F1. Raise them as it improves, never lower them to pass.
 */
export const F1_FLOORS: Record<string, number> = {
  '2017_hama_offensive_': 1,
  '2019_indelimane_attack_': 1,
  '2019_turkish_offensive_into_north-eastern_syria_': 1,
  '2021_daraa_offensive_': 1,
  '2024_ukrainian_incursion_into_kursk_oblast_': 1,
  '2022_russian_invasion_of_ukraine_': 1,
  '2024_syrian_opposition_offensives_': 1,
  '36th_separate_marine_brigade_': 1,
  '3rd_assault_brigade__ukraine__': 1,
  '2016_nagorno-karabakh_conflict_': 1,
  '93rd_mechanized_brigade__ukraine__': 1,
  armenia_border_shooting_report_: 1,
  aleppo_fall_post_: 1,
  // First runs: 0.889, 0.909 (0.957 against the corrected gold), 0.778.
  counteroffensive_first_villages_post_: 1,
  israel_strikes_syria_after_assad_post_: 1,
  france_leaves_niger_post_: 1,
  assad_fall_blog_post_: 1,
  atme_: 1,
  avdiivka_assault_report_: 1,
  azov_brigade_: 0.98,
  ansar_dine_: 1,
  antonivskyi_bridge_: 1,
  bakhmut_: 1,
  'battle_of_al-bab_': 1,
  'battle_of_al-qaryatayn__2015__': 1,
  'battle_of_al-shaddadi__2016__': 1,
  battle_of_boulkessi__2019__: 1,
  battle_of_fuzuli__2020__: 1,
  battle_of_gao__2012__: 1,
  battle_of_hadrut_: 0.98,
  battle_of_moschun_: 1,
  battle_of_robotyne_: 1,
  battle_of_sumy_: 1,
  battle_of_talish__2016__: 1,
  battle_of_voznesensk_: 1,
  battle_of_hosn_: 1,
  battle_of_idlib__2012__: 1,
  second_battle_of_idlib_: 1,
  battle_of_qusayr__2013__: 1,
  'battle_of_ras_al-ayn__2012–2013__': 1,
  battle_of_kharkiv__2022__: 0.97,
  // First runs of the unseen Serval and Kyiv articles: Kyiv 0.962 (0.975 against the corrected gold), Serval 0.940.
  battle_of_kyiv__2022__: 1,
  battle_of_kidal__2014__: 1,
  // First runs of the two unseen Sahel articles: Battle of Kidal (2023) 0.986 (1.000 against the corrected gold), Islamic State – Sahel Province 0.972.
  battle_of_kidal__2023__: 1,
  'islamic_state_–_sahel_province_': 1,
  battle_of_markada_: 1,
  // First runs of the three unseen battle and siege articles: Marinka 0.909 (0.915 against the corrected gold), Second Idlib 1.000, Djibo 0.905.
  'battle_of_marinka__2022–2023__': 1,
  battle_of_morek__2014__: 1,
  battle_of_raqqa__2017__: 1,
  battle_of_rastan__2012__: 1,
  battle_of_saraqib__2012__: 1,
  battle_of_sheikh_maqsoud__2016__: 1,
  battle_of_shusha__2020__: 1,
  battle_of_sievierodonetsk__2022__: 1,
  battle_of_soledar_: 1,
  battle_of_tabqa__2017__: 1,
  battle_of_taftanaz_air_base_: 1,
  battle_of_tinzaouaten__2024__: 1,
  battle_of_tskhinvali_: 1,
  battle_of_konna_: 1,
  battle_of_vuhledar_: 1,
  blockade_of_the_lachin_corridor_: 1,
  chernihiv_bread_queue_video_report_: 1,
  chernihiv_video_report_: 1,
  chornobaivka_video_report_: 1,
  bucha_yablunska_video_report_: 1,
  burkina_djibo_convoy_report_: 1,
  burkina_second_coup_post_: 1,
  chad_after_deby_post_: 1,
  combat_operations_in_2012_during_the_battle_of_aleppo_: 1,
  crimean_bridge_: 0.99,
  'deir_ez-zor_governorate_': 1,
  djibo_army_base_attack_: 1,
  donbas_: 1,
  donbas_truce_frays_post_: 1,
  eastern_ghouta_offensive__2018__: 1,
  enerhodar_video_report_: 1,
  hostomel_video_report_: 1,
  example_: 1,
  idlib_air_strikes_report_: 1,
  idlib_turkish_soldiers_post_: 1,
  intercepted_call_video_report_: 1,
  irpin_video_report_: 1,
  izium_video_report_: 1,
  jarabulus_: 1,
  jermuk_shelling_post_: 1,
  kakhovka_dam_: 1,
  kakhovka_dam_breach_video_report_: 1,
  karabakh_exodus_report_: 1,
  kharkiv_administration_strike_video_report_: 1,
  kharkiv_calls_video_report_: 1,
  kherson_oblast_: 1,
  kherson_chat_video_report_: 1,
  kramatorsk_station_video_report_: 1,
  kyiv_convoy_video_report_: 1,
  kyiv_letters_video_report_: 1,
  kupiansk_breakthrough_video_report_: 1,
  avdiivka_coke_plant_video_report_: 1,
  kreminna_forest_video_report_: 1,
  borodianka_blocks_video_report_: 1,
  vuhledar_tank_columns_video_report_: 1,
  antonivskyi_bridge_strikes_video_report_: 1,
  moskva_video_report_: 1,
  yahidne_video_report_: 1,
  mykolaiv_administration_strike_video_report_: 1,
  kyiv_night_strikes_report_: 1,
  grain_deal_end_post_: 1,
  manbij_: 1,
  ménaka_region_: 1,
  moschun_video_report_: 1,
  moura_massacre_: 0.98,
  mariupol_theatre_video_report_: 1,
  mykolaiv_video_report_: 1,
  niger_army_post_attack_report_: 1,
  'northwestern_syria_offensive__april–august_2019__': 1,
  operation_barkhane_: 1,
  operation_serval_: 0.98,
  palmyra_offensive__march_2016__: 1,
  palmyra_offensive__may_2015__: 1,
  power_grid_video_report_: 1,
  saltivka_drone_log_video_report_: 1,
  'siege_of_nubl_and_al-zahraa_': 1,
  tiger_forces_: 1,
  'russo-georgian_war_': 1,
  siege_of_kobani_: 0.97,
  siege_of_kuweires_air_base_: 1,
  solhan_massacre_: 1,
  snake_island_video_report_: 1,
  september_2022_armenia_azerbaijan_clashes_: 0.98,
  severodonetsk_video_report_: 1,
  stepanakert_: 1,
  tank_column_path_video_report_: 1,
  tell_abyad_: 0.98,
  trostianets_video_report_: 1,
  ukraine_battle_report_: 1,
  voznesensk_video_report_: 1,
  zaporizhzhia_nuclear_power_plant_: 1,
  wagner_mali_exit_post_: 1,
  wagner_mutiny_halted_post_: 1,
  // Unseen on their first run (Wagner Group 0.946, Tishrin Dam 0.919, Kremenchuk mall attack 0.970).
  wagner_group_: 1,
  tishrin_dam_: 1,
  kremenchuk_shopping_mall_attack_: 1,
  makiivka_barracks_video_report_: 1,
  mali_minusma_exit_post_: 1,
  odesa_port_strikes_post_: 1,
  kerch_strait_anniversary_post_: 1,
  niger_coup_ecowas_deadline_post_: 1,
  syria_earthquake_northwest_post_: 1,
  zaporizhzhia_oblast_: 1,
  donetsk_international_airport_: 1,
  kramatorsk_railway_station_attack_: 1,
  '2021–2022_armenia–azerbaijan_border_crisis_': 1,
  prigozhin_plane_crash_post_: 1,
  sahel_juntas_leave_ecowas_post_: 1,
  kursk_incursion_first_week_post_: 1,
  // First runs: 1.000, 0.917, 0.900.
  karabakh_exodus_week_post_: 1,
  mali_algeria_drone_row_post_: 1,
  zaporizhzhia_cooling_water_post_: 1,
  siege_of_mariupol_: 1,
  operation_olive_branch_: 1,
  '2023_azerbaijani_offensive_in_nagorno-karabakh_': 1,
  'siege_of_deir_ez-zor__2014–2017__': 1,
  siege_of_djibo_: 1,
  battle_of_lyman__2022__: 1,
  // Unseen on their first run (47th Brigade 0.980, Tabqa Dam 0.982, Ganja attacks 0.938).
  '47th_mechanized_brigade__ukraine__': 1,
  tabqa_dam_: 1,
  '2020_ganja_missile_attacks_': 1,
  battle_of_jabrayil_: 1,
  '2022_kati_attack_': 1,
  barsalogho_massacre_: 1,
  lachin_: 1,
  // Unseen on their first run (Idlib Governorate 0.959, Avdiivka 0.941, Hadrut 0.963).
  idlib_governorate_: 1,
  avdiivka_: 1,
  hadrut_: 1,
  // Unseen on their first run (Brovary column 0.526, Azovstal 0.621, Kherson ferries 0.560).
  brovary_column_video_report_: 1,
  azovstal_soldier_videos_video_report_: 1,
  kherson_ferries_video_report_: 1,
  // Unseen on their first run (Olenivka barracks 1.000, Zaporizhzhia convoy 0.889, Kramatorsk pizzeria 0.941).
  olenivka_prison_video_report_: 1,
  zaporizhzhia_convoy_video_report_: 1,
  kramatorsk_pizzeria_video_report_: 1,
  // Unseen on their first run (Syria's coast killings 1.000, Armenia's CSTO freeze 1.000, Kherson a year after 0.783).
  syria_coast_killings_post_: 1,
  armenia_csto_freeze_post_: 1,
  kherson_year_after_post_: 1,
  // Unseen on their first run (Tsyrkuny 0.929, Lysychansk refinery 0.750, Popasna 0.815; 0.966, 0.720, 0.857 against the corrected gold).
  tsyrkuny_video_report_: 1,
  lysychansk_refinery_video_report_: 1,
  popasna_video_report_: 1,
  // Unseen on their first run (Mali's parties dissolved 1.000, Pokrovsk in November 0.909, Sudzha retaken 0.947).
  mali_parties_dissolved_post_: 1,
  pokrovsk_front_november_post_: 1,
  sudzha_retaken_post_: 1,
  // Unseen on their first run (Dnipro apartment block 0.960, Kharkiv Epicentr 0.870, Chasiv Yar canal district 0.947).
  dnipro_apartment_block_video_report_: 1,
  kharkiv_epicentr_video_report_: 1,
  chasiv_yar_canal_district_video_report_: 1,
  // Blog posts in the donbas_ shape, unseen on their first run (Bakhmut in May 2023 0.902, Aleppo in late November 2024 1.000, Karabakh dissolution 0.974).
  bakhmut_may_: 1,
  aleppo_late_november_: 1,
  karabakh_dissolution_: 1,
  // Unseen on their first run (Kherson 0.985, Mykolaiv 1.000, Chernihiv 1.000).
  battle_of_kherson_: 1,
  battle_of_mykolaiv_: 1,
  siege_of_chernihiv_: 1,
  // Unseen on their first run (Siege of Homs 0.967, 0.984 against the corrected gold; Battle of Zabadani 0.982; Manbij offensive 0.943).
  siege_of_homs_: 1,
  battle_of_zabadani__2015__: 1,
  manbij_offensive__2016__: 1,
  // Unseen video reports: first run Sumy 0.968, Kulbakino 1.000, Kharkiv counteroffensive 0.889; 1.000 each after three general rules.
  sumy_column_video_report_: 1,
  kulbakino_varvarivka_video_report_: 1,
  kharkiv_counteroffensive_week_video_report_: 1,
  // Unseen on their first run (Tuareg rebellion of 2012 1.000, Timbuktu 0.951, Luhansk Oblast 0.923).
  tuareg_rebellion__2012__: 1,
  timbuktu_: 1,
  luhansk_oblast_: 1,
  // Unseen on their first run (Avdiivka 0.954, Aleppo October–December 2015 0.984, Spring Shield 0.963); 1.000 each after five general rules.
  'battle_of_avdiivka__2023–2024__': 1,
  'aleppo_offensive__october–december_2015__': 1,
  operation_spring_shield_: 1,
  // Unseen Wikipedia articles: first run 4th Armoured Division 0.915, Syunik Province 0.912 (0.929 against its corrected gold),
  // Kerch Strait incident 1.000; 1.000 each after six general rules.
  '4th_armoured_division__syria__': 1,
  syunik_province_: 1,
  kerch_strait_incident_: 1,
  // Unseen on their first run (Battle of Bakhmut, long, 0.966, 0.974 against the corrected gold; Battle of Debaltseve 1.000).
  battle_of_bakhmut_: 1,
  battle_of_debaltseve_: 1,
  // News posts in the Astro blog template's shape, unseen on their first run (Crimean Bridge blast 0.923, rebels entering Aleppo 0.952, Bazoum detained 0.837);
  // 0.976, 1.000 and 0.977 after six general rules. Left: a 'since' clause before 'it has also been the main land route' (the guide calls
  // such a state a description; the Ménaka and ZNPP golds date an opening 'Since 2017, … has been one of'), and 'Two days before his
  // inauguration' after 'was sworn in on 2 April' (inauguration and swearing-in are one happening only to a reader who knows it).
  crimean_bridge_blast_post_: 0.97,
  aleppo_rebels_enter_post_: 1,
  niger_bazoum_detained_post_: 1,
  // Unseen city articles on their first run (Raqqa 0.813, Kramatorsk 0.912, Shusha 0.958); 0.972, 0.982, 1.000 after seven general rules and four gold corrections.
  raqqa_: 0.97,
  kramatorsk_: 0.98,
  shusha_: 1,
  // Unseen on their first run (1st Guards Tank Army 0.954, Antonov Airport 0.985); 1.000 each after one rule each, and for the
  // tank army a second ("the Russian invasion of Ukraine from its first day").
  '1st_guards_tank_army_': 1,
  antonov_airport_: 1,
  // First runs of the unseen Southern Syria offensive and Sugovushan articles: Southern Syria 0.986, Sugovushan 1.000.
  '2018_southern_syria_offensive_': 1,
  battle_of_sugovushan__2020__: 1,
  // Unseen @pirocorp video reports on their first run (Chornobyl exclusion zone 1.000, Snihurivka and the road to Kherson 0.938); 1.000 each after one general rule.
  chornobyl_red_forest_video_report_: 1,
  snihurivka_kherson_road_video_report_: 1,
  // Unseen blog post and @pirocorp video report on their first run (Zaporizhzhia counteroffensive post 0.878, Lyman pocket 0.970); 1.000 each after four general rules.
  robotyne_autumn_: 1,
  lyman_pocket_video_report_: 1,
  // Unseen Turkish operation and crossroads battle on their first run (Operation Euphrates Shield 0.975, Saraqib 2020 1.000); 1.000 each after one rule.
  operation_euphrates_shield_: 1,
  battle_of_saraqib__2020__: 1,
  // Unseen Caucasus articles on their first run (First Nagorno-Karabakh War 0.923, 0.943 against the corrected gold; July 2020 clashes 0.898, 0.920 against the corrected gold).
  'first_nagorno-karabakh_war_': 0.993,
  'july_2020_armenian–azerbaijani_clashes_': 1,
  // Unseen region articles on their first run (Aleppo Governorate 0.938, Donetsk Oblast 0.925); 1.000 and 0.987 after six general rules.
  aleppo_governorate_: 1,
  donetsk_oblast_: 0.987,
  // Unseen infrastructure and Sahel battle articles on their first run (Menagh Air Base 1.000; Battle of Tessit (2022) 0.950, 0.974 against the corrected gold); 1.000 each after one general rule.
  menagh_air_base_: 1,
  battle_of_tessit__2022__: 1,
  // Unseen blog post and Astro-template news post on their first run (Wagner mutiny week 0.976, 1.000 against the corrected gold; Karabakh exodus begins 0.903); 1.000 each after two general rules and one gold fix.
  wagner_mutiny_week_: 1,
  karabakh_exodus_begins_post_: 1,
  // Unseen video report and unit article on their first run (Kherson retreat 0.897, Azerbaijani Special Forces 0.964).
  kherson_retreat_video_report_: 1,
  azerbaijani_special_forces_: 1,
  // Unseen Astro-template news post and Wikipedia battle article on their first run (Seytenga massacre 0.903, Battle of Grozny (1999–2000) 0.967); 1.000 each after five general rules.
  seytenga_massacre_post_: 1,
  'battle_of_grozny__1999–2000__': 1,
  // Unseen video report and blog post on their first run (Krynky bridgehead 0.950, 1.000 against the corrected gold; Karabakh ceasefire 0.872); 1.000 each after three general rules and one gold fix.
  krynky_bridgehead_video_report_: 1,
  karabakh_ceasefire_post_: 1,
  // Unseen 2014 battle and Sahel region articles on their first run (Battle of Ilovaisk 0.951, Tillabéri Region 0.968); 1.000 each after five general rules.
  battle_of_ilovaisk_: 1,
  tillabéri_region_: 1,
  // Unseen battle and armed-group articles on their first run (Battle of Vovchansk 0.885, Hayat Tahrir al-Sham 0.966, 0.982 against the corrected gold); 1.000 each after five general rules.
  battle_of_vovchansk_: 1,
  'hayat_tahrir_al-sham_': 1,
  // Unseen region article and 2008 blog post on their first run (Latakia Governorate 0.931, Russo-Georgian war first days post 0.913); 1.000 each after nine general rules.
  latakia_governorate_: 1,
  georgia_war_first_days_post_: 1,
  // Unseen video report and Astro-template news post on their first run (Sudzha incursion 0.774, Bamako attack 0.878); 1.000 each after seven general rules.
  sudzha_incursion_video_report_: 1,
  bamako_attack_post_: 1,
  // Unseen 2018 blog post and Astro-template news post on their first run (Douma attack 0.920, Armenia–Azerbaijan peace 0.947); 1.000 each after five general rules.
  douma_attack_post_: 1,
  armenia_azerbaijan_peace_post_: 1,
  // Unseen video report and Sahel attack article on their first run (Kyiv TV tower strike 0.909, 2015 Bamako hotel attack 0.947); 1.000 each after five general rules.
  kyiv_tv_tower_video_report_: 1,
  '2015_bamako_hotel_attack_': 1,
  // Unseen infrastructure and Sahel militia articles on their first run (Chernobyl Nuclear Power Plant 0.842, Volunteers for the Defense of the Homeland 0.960); 1.000 each after six general rules.
  chernobyl_nuclear_power_plant_: 1,
  volunteers_for_the_defense_of_the_homeland_: 1,
  // Unseen cross-border raids article and strike video report on their first run (2023 Belgorod Oblast incursions 0.975, Hroza strike 1.000); 1.000 each after two general rules.
  belgorod_oblast_incursions__2023__: 1,
  hroza_strike_video_report_: 1,
  // Unseen Sahel battle article and Astro-template news post on their first run (Battle of Aguelhok 0.966, Confederation of Sahel States 0.968); 1.000 each after two general rules.
  battle_of_aguelhok__2012__: 1,
  sahel_confederation_founded_post_: 1,
  // Unseen Bakhmut-flank battle article and river-crossing video report on their first run (Battle of Andriivka 0.935, 0.951 against the corrected gold; Bilohorivka crossing 0.933); 1.000 each after five general rules.
  battle_of_andriivka__2023__: 1,
  bilohorivka_crossing_video_report_: 1,
  // Unseen district article and 2024 blog post on their first run (Kalbajar District 0.941, Russian peacekeepers leave Karabakh 0.889); 1.000 each after six general rules.
  kalbajar_district_: 1,
  russian_peacekeepers_leave_karabakh_post_: 1,
  // Unseen Sahel attack article and byline-dated blog post on their first run (Inates attack 0.938, Mali elections postponed post 0.480); 1.000 each after seven general rules.
  inates_attack_: 1,
  mali_elections_postponed_post_: 1,
  // Unseen Syrian battle article and Astro-template news post on their first run (Battle of Khan Shaykhun (2019) 0.959, SDF–Damascus integration deal 0.875); 1.000 each after six general rules.
  battle_of_khan_shaykhun__2019__: 1,
  sdf_damascus_integration_deal_post_: 1,
  // Unseen Syrian battle article and byline-dated news post on their first run (Battle of Kessab 0.957, Tbilisi protests 0.839); 1.000 each after six general rules.
  battle_of_kessab__2014__: 1,
  tbilisi_protests_post_: 1,
  // Unseen Syrian attack article and Astro-template news post on their first run (al-Hasakah prison attack 0.962, Turkish strikes after the Istanbul bombing 0.923); 1.000 each after four general rules.
  'al-hasakah_prison_attack_': 1,
  turkey_strikes_after_istanbul_post_: 1,
  // Unseen Ukrainian battle article and video report on their first run (Battle of Pisky 1.000, Kherson liberation report 0.929, 1.000 against the corrected gold: a quote ran past its sentence); 1.000 each, no rule needed.
  battle_of_pisky_: 1,
  kherson_liberation_video_report_: 1,
  // Unseen Caucasus battle article and byline-dated news post on their first run (Capture of Shusha (1992) 0.899, 0.912 against the corrected gold, Karabakh leaders detained post 0.968); 1.000 each after five general rules and one gold correction.
  capture_of_shusha__1992__: 1,
  karabakh_leaders_detained_post_: 1,
  // Unseen Ukrainian battle article and video report on their first run (Battle of Krasnohorivka 0.980, Okhmatdyt strike 0.800); 1.000 each after four general rules.
  battle_of_krasnohorivka_: 1,
  okhmatdyt_strike_video_report_: 1,
  // Unseen oblast article and byline-dated news post on their first run (Kharkiv Oblast 0.907, 0.921 against the corrected gold; Operation Spiderweb 1.000); 1.000 each after five general rules, and a sixth for the post's one range end.
  kharkiv_oblast_: 1,
  operation_spiderweb_post_: 1,
  // Unseen Sahel massacre article and byline-dated news post on their first run (Tahoua massacres 1.000, Burkina Faso BBC/VOA suspension 0.889); 1.000 each after two general rules.
  tahoua_massacres__2021__: 1,
  burkina_suspends_bbc_voa_post_: 1,
  // Unseen Syrian siege article and Astro-template news post on their first run (siege of al-Fu'ah and Kafriya 0.983, Sweida clashes 0.968); 1.000 each after two general rules.
  'siege_of_al-fuah_and_kafriya_': 1,
  sweida_clashes_post_: 1,
  // Unseen Syrian siege and Kharkiv metro video report on their first run (Siege of Darayya 0.985, 1.000 once its gold dropped a founding aside before the siege began; Kharkiv metro shelters 1.000).
  siege_of_darayya_: 1,
  kharkiv_metro_shelters_video_report_: 1,
  // Unseen Caucasus battle article and Astro-template news post on their first run (Battle of Aghdam 0.974, Abkhazia protests 0.938); 1.000 each after three general rules.
  battle_of_aghdam__1993__: 1,
  abkhazia_protests_post_: 1,
  // Unseen Sahel coup article and byline-dated news post on their first run (2020 Malian coup 0.923, Mali fuel blockade 1.000); 1.000 each after five general rules.
  '2020_malian_coup_': 1,
  mali_fuel_blockade_post_: 1,
  // Unseen Ukrainian battle article and Sumy video report on their first run (Battle of Pokrovsk 0.963, Palm Sunday strike on Sumy 1.000); 1.000 each after three general rules.
  battle_of_pokrovsk_: 1,
  sumy_palm_sunday_strike_video_report_: 1,
  // Unseen Ukrainian battle article and byline-dated news post on their first run (Battle of Toretsk 0.972; Niger Orano nationalisation 0.786, 1.000 once a link title's unescaped apostrophe in its markdown was fixed); 1.000 each after two general rules.
  battle_of_toretsk_: 1,
  niger_orano_uranium_post_: 1,
  // Unseen Syrian offensive article and Astro-template news post on their first run (Palmyra offensive of 2017 0.901, Azerbaijan–Russia rift after the Aktau crash 1.000); 1.000 each after five general rules.
  palmyra_offensive__2017__: 1,
  azal_crash_rift_post_: 1,
  // Unseen Syrian battle article and Astro-template news post on their first run (Battle of Hajin 0.949, Syrian parliament vote 0.750); 1.000 each after eight general rules.
  battle_of_hajin_: 1,
  syria_parliament_vote_post_: 1,
  // Unseen Ukrainian battle article and Astro-template news post on their first run (Battle of Kurakhove 0.923, Burkina Faso electoral commission 0.870); Kurakhove 1.000 after three general rules and one gold fix, the post 1.000 after one rule and two gold fixes.
  battle_of_kurakhove_: 1,
  burkina_electoral_commission_dissolved_post_: 1,
  // Unseen Caucasus battle article and video report on their first run (Battle of the Kodori Valley 0.970, Lysychansk's last road 0.909); the report 1.000 after two general rules, the battle 1.000 after one gold fix.
  battle_of_the_kodori_valley_: 1,
  lysychansk_last_road_video_report_: 1,
  // Unseen blog post, byline comment, on its first run (the lifting of US sanctions on Syria 0.870); 1.000 after two general rules.
  syria_sanctions_lifted_post_: 1,
  // Unseen Sahel battle article, month headings, on its first run (Battle of Tabankort 0.980); 1.000 after one general rule.
  battle_of_tabankort_: 1,
  // Unseen Astro-template news post on its first run (the Istanbul talks of May 2025 1.000).
  istanbul_talks_post_: 1,
  // Unseen Syrian region article on its first run (Quneitra Governorate 0.941); 1.000 after two general rules.
  quneitra_governorate_: 1,
  // Unseen Syrian armed group article on its first run (Sham Legion 0.903); 1.000 after two general rules.
  sham_legion_: 1,
  // Unseen video report on its first run (the Vovchansk aggregate plant 0.963); 1.000 after one general rule in the next round.
  vovchansk_aggregate_plant_video_report_: 1,
  // Unseen Ukrainian infrastructure article on its first run (Dnipro Hydroelectric Station 0.815); 0.963 after four general rules.
  dnipro_hydroelectric_station_: 0.962,
  // Unseen Astro-template news post on its first run (Armenia's EU accession bill 0.750); 1.000 after three general rules.
  armenia_eu_bill_post_: 1,
  // Unseen Sahel battle, Ukrainian unit and Syrian city articles and an Astro-template news post on their first run (Battle of Ber 0.917, Kraken 0.865, Al-Bab 0.971, the strike on Kyiv's government building 0.889); 1.000 each after nine general rules and one gold fix (Kraken).
  battle_of_ber__2023__: 1,
  kraken__military_unit__: 1,
  'al-bab_': 1,
  kyiv_government_building_strike_post_: 1,
  // Unseen Caucasus battle article, Astro-template news post, video report and blog post on their first run (Battle of Gori 1.000, JNIM's attacks in Kayes 1.000, the push towards Huliaipole 0.818, Israel in the Golan buffer zone 0.947); 1.000 each after four general rules.
  battle_of_gori__2008__: 1,
  mali_kayes_attacks_post_: 1,
  huliaipole_approach_video_report_: 1,
  golan_buffer_zone_post_: 1,
  // Unseen Sahel armed group, Ukrainian infrastructure and Syrian battle articles and an Astro-template news post on their first run (Katiba Macina 1.000, Zmiiv Thermal Power Plant 1.000, Battle of Jisr al-Shughur 1.000, the arrest of Archbishop Galstanyan 0.889); the post 1.000 after one general rule.
  katiba_macina_: 1,
  zmiiv_thermal_power_plant_: 1,
  'battle_of_jisr_al-shughur__2015__': 1,
  armenia_archbishop_arrest_post_: 1,
  // Unseen Ukrainian battle, Syrian and Caucasus region articles, a video report, an Astro-template news post and a blog post on their first run (Battle of Ocheretyne 1.000, Daraa Governorate 0.903, Tavush Province 0.960, the Krasnohorivka refractory plant 0.870, Ukraine's mobilisation law 0.941, Chad's pact with France 0.857); 1.000 each after ten general rules.
  battle_of_ocheretyne_: 1,
  daraa_governorate_: 1,
  tavush_province_: 1,
  krasnohorivka_refractory_plant_video_report_: 1,
  ukraine_mobilisation_law_post_: 1,
  chad_france_pact_post_: 1,
  // Unseen Syrian armed group, unit and Sahel attack articles, an Astro-template news post, a video report and a blog post on their first run (Jaysh al-Islam 1.000, Russian Volunteer Corps 0.966, Bohoma attack 0.917, Damascus airport 1.000, Pokrovsk station 1.000, Mzia Amaglobeli's sentence 0.933); 1.000 each after three general rules and one gold fix (the Russian Volunteer Corps).
  'jaysh_al-islam_': 1,
  russian_volunteer_corps_: 1,
  bohoma_attack_: 1,
  damascus_airport_reopens_post_: 1,
  pokrovsk_station_video_report_: 1,
  georgia_amaglobeli_sentence_post_: 1,
  // Unseen Syrian siege and Caucasus battle articles, a video report, two Astro-template news posts and a blog post on their first run (Siege of Madaya 1.000, Battle of Komsomolskoye 1.000, the Ternopil strike 0.952, Barrick's mine in Mali 1.000, the storming of the Tbilisi palace 0.957, the Zaporizhzhia plant's reconnection 1.000); 1.000 each after two general rules.
  siege_of_madaya_: 1,
  battle_of_komsomolskoye_: 1,
  ternopil_strike_video_report_: 1,
  mali_barrick_mine_post_: 1,
  tbilisi_palace_storming_post_: 1,
  zaporizhzhia_power_restored_post_: 1,
  // Unseen Sahel region and Ukrainian unit articles, an Astro-template news post, a video report and a blog post on their first run (Gao Region 0.963, Khartia Brigade 0.900, the drones over Poland 1.000, the Khromove road into Bakhmut 0.889, the clashes in Aleppo's Kurdish districts 0.909); 1.000 each after three general rules.
  gao_region_: 1,
  khartia_brigade_: 1,
  poland_drone_incursion_post_: 1,
  bakhmut_khromove_road_video_report_: 1,
  aleppo_sheikh_maqsoud_clashes_post_: 1,
  // Unseen Ukrainian battle article on its first run (Battle of Siversk 1.000).
  battle_of_siversk_: 1,
  // Unseen Caucasus disaster, Ukrainian battle and Sahel formation articles, two Astro-template news posts and a video report on their first run, written without rewriting a sentence the guide reads two ways (Stepanakert fuel depot explosion 0.875, Battle of Kostiantynivka 1.000, Africa Corps 0.941, al-Sharaa at the White House 0.909, the Kupiansk pipe 0.941, Tiani's swearing-in 0.750); all but the Tiani post 1.000 after seven general rules and one gold fix (Stepanakert), the Tiani
  // post 0.947 (its "15 to 19 February", which the lead's "national conference last month" puts in 2025, is read as 2024).
  stepanakert_fuel_depot_explosion_: 1,
  battle_of_kostiantynivka_: 1,
  africa_corps__russia__: 1,
  sharaa_white_house_post_: 1,
  kupiansk_pipe_video_report_: 1,
  niger_tiani_term_post_: 0.947,
  // Unseen Syrian battle, infrastructure and Sahel armed group articles, a video report and two blog posts on their first run, written without rewriting a sentence the guide reads two ways (Battle of Hama 0.917, Druzhba pipeline 1.000, Azawad Liberation Front 0.941, the Kharkiv kindergarten 0.909, Gunba's election 0.909, Kyiv's blackouts 0.923); three 1.000 after three general rules, Hama and the kindergarten report
  // left at their first run (see the README's "What still fails").
  battle_of_hama__2024__: 0.916,
  druzhba_pipeline_: 1,
  azawad_liberation_front_: 1,
  kharkiv_kindergarten_strike_video_report_: 0.909,
  abkhazia_gunba_election_post_: 1,
  kyiv_blackouts_post_: 1,
  // Unseen Ukrainian battle, Syrian armed group and Sahel siege articles, two Astro-template news posts and a video report on their first run, written without rewriting a sentence the guide reads two ways (Battle of Myrnohrad 0.875, Liwa Fatemiyoun 1.000, Siege of Boni 0.933, the minerals deal 0.923, the Dobropillia breakthrough 0.941, the raid on Sputnik in Baku 1.000); Myrnohrad 1.000 after a gold fix, Boni and the minerals deal 1.000 after two general rules.
  battle_of_myrnohrad_: 1,
  liwa_fatemiyoun_: 1,
  siege_of_boni_: 1,
  ukraine_minerals_deal_post_: 1,
  dobropillia_breakthrough_video_report_: 0.941,
  baku_sputnik_raid_post_: 1,
  // Unseen Caucasus town and Ukrainian infrastructure articles, a video report, a blog post and an Astro-template news post on their first run, written without rewriting a sentence the guide reads two ways (Zangilan 0.933, Kremenchuk Oil Refinery 0.923, the Sumy border villages 0.952, JNIM's attack on Djibo 0.875, the underwater attack on the Crimean Bridge 1.000); Zangilan, the refinery and the Sumy report 1.000 after three general rules.
  zangilan_: 1,
  kremenchuk_oil_refinery_: 1,
  sumy_border_villages_video_report_: 1,
  djibo_may_attack_post_: 0.875,
  crimean_bridge_underwater_post_: 1,
  // Unseen blog post on its first run, written without rewriting a sentence the guide reads two ways (the report on the killings on the Syrian coast 0.800).
  syria_coast_inquiry_post_: 0.8,
  // Unseen Ukrainian battle article and Astro-template news post on their first run, written without rewriting a sentence the guide reads two ways (Fighting for the Dnieper islands 1.000, Mali's schools closed by the fuel blockade 0.875); the post 0.933 after one general rule (its "this weekend" is left:
  // read as the weekend's two days, it broke the Jermuk post's "is expected in Yerevan this weekend").
  dnieper_islands_fighting_: 1,
  mali_fuel_convoy_post_: 0.933,
  // Round twenty-seven, on their first run, written without rewriting a sentence the guide reads two ways: Battle of Kupiansk
  // (2025) 0.889, the treaty initialled in Washington 0.600, the Kostiantynivka market 0.846, Tartus 0.933, Traoré's
  // dismissal of the government 0.833, the 155th Naval Infantry Brigade 0.889, Operation Dawn of Freedom 0.581 (0.839
  // after a gold fix: its day-list quotes had lost their dates), the 2023 Georgian protests 0.857, Zaluzhnyi's dismissal
  // 0.800, the 2024 Bamako attacks 0.947, the Syria–Lebanon border clashes 0.778, the Kursk nuclear plant 1.000, the
  // Kherson drone hunt 0.947.
  battle_of_kupiansk__2025__: 0.888,
  washington_peace_initialled_post_: 0.6,
  kostiantynivka_market_video_report_: 0.846,
  tartus_: 0.933,
  burkina_government_dismissed_post_: 0.833,
  '155th_naval_infantry_brigade_': 0.888,
  operation_dawn_of_freedom_: 0.838,
  '2023_georgian_protests_': 0.857,
  zaluzhnyi_dismissed_post_: 0.8,
  '2024_bamako_attacks_': 0.947,
  syria_lebanon_border_clashes_post_: 0.777,
  kursk_nuclear_power_plant_: 1,
  kherson_drone_hunt_video_report_: 0.947,
  // Round twenty-eight, on their first run, written without rewriting a sentence the guide reads two ways: Battle of Velyka
  // Novosilka 1.000, the US sanctions on Ivanishvili 0.800, Battle of Homs (2024) 0.778, the Sloviansk road 0.875, the prisoner
  // exchange 0.857, the Syrian Free Army 0.737, Goris 0.933, the closed Niger–Benin border 1.000.
  battle_of_velyka_novosilka_: 1,
  georgia_ivanishvili_sanctions_post_: 0.8,
  battle_of_homs__2024__: 0.777,
  sloviansk_road_video_report_: 0.875,
  prisoner_exchange_post_: 0.857,
  syrian_free_army_: 0.736,
  goris_: 0.933,
  niger_benin_border_post_: 1,
  // Round twenty-nine, on their first run, written without rewriting a sentence the guide reads two ways: Battle of Sudzha
  // 0.706, Armenia to leave the CSTO 0.833, the Huliaipole evacuation 1.000, the 2023 Nigerien coup 1.000, As-Suwayda
  // Governorate 1.000, the foreign agents law adopted in Georgia 0.923, the Chonhar Bridge 1.000, the push to Kostiantynivka 0.833.
  battle_of_sudzha_: 0.705,
  armenia_csto_exit_post_: 0.833,
  huliaipole_evacuation_video_report_: 1,
  '2023_nigerien_coup_': 1,
  'as-suwayda_governorate_': 1,
  georgia_agents_law_passed_post_: 0.923,
  chonhar_bridge_: 1,
  kostiantynivka_summer_push_post_: 0.833,
  // Round thirty, on their first run, written without rewriting a sentence the guide reads two ways: the Chasiv Yar canal district
  // 1.000, Battle of Ménaka (2012) 1.000, the last peacekeepers leaving Karabakh 0.615, Hola Prystan 0.933, al-Sharaa named
  // president 0.889, the 59th Assault Brigade 1.000, the Sahel juntas leaving the ICC 1.000, Battle of Dalne 1.000.
  chasiv_yar_kanal_video_report_: 1,
  battle_of_menaka__2012__: 1,
  azerbaijan_peacekeepers_leave_post_: 0.615,
  hola_prystan_: 0.933,
  hts_damascus_conference_post_: 0.888,
  '59th_assault_brigade_': 1,
  sahel_icc_withdrawal_post_: 1,
  battle_of_dalne_: 1,
  // Round thirty-one, on their first run, written without rewriting a sentence the guide reads two ways: the Azot plant 0.947,
  // two years after Moura 0.400, Battle of Klishchiivka 1.000, the Odesa port night 0.750, Tell Rifaat 0.923, the Tavush villages
  // handed back 1.000, Katiba Serma 0.923, the drone on the Zaporizhzhia reactor dome 0.889.
  azot_plant_: 0.947,
  moura_anniversary_post_: 0.4,
  battle_of_klishchiivka_: 1,
  odesa_port_night_video_report_: 0.75,
  tell_rifaat_: 0.923,
  tavush_villages_handover_post_: 1,
  katiba_serma_: 0.923,
  zaporizhzhia_nuclear_drone_post_: 0.888,
  // Round thirty-two, written by a helper who never ran the extractor, on their first run: Battle of Tillia (2023) 0.867, the Tavush
  // road cut by the demarcation 0.900, the Bryansk depot strikes 0.571.
  battle_of_tillia_: 0.866,
  tavush_demarcation_post_: 0.9,
  bryansk_depot_video_report_: 0.571,
  // Round thirty-two's other three, by a second helper, on their first run: Battle of Chasiv Yar 1.000, Syrian refugees leaving
  // Lebanon 0.870, the glide bomb on Zaporizhzhia 0.621.
  battle_of_chasiv_yar_: 1,
  syria_refugee_return_post_: 0.869,
  zaporizhzhia_glide_bomb_video_report_: 0.62,
  // Round thirty-three, written by three helpers who never ran the extractor, on their first run: Battle of Martakert (1992) 0.966,
  // the border commissions' meeting 0.917, Battle of Bourem (2022) 0.933 (against a review change to "By then" that GUIDE.md
  // contradicts and that was undone: 1.000 on the helper's reading, the gold's now), Ukraine's winter grid repairs 1.000, Battle of Deir Hafer (2025) 0.933, the
  // Kostiantynivka water plant 0.813.
  battle_of_martakert__1992__: 0.965,
  border_commission_meeting_post_: 0.916,
  battle_of_bourem__2022__: 0.933,
  ukraine_winter_repairs_post_: 1,
  battle_of_deir_hafer__2025__: 0.933,
  kostiantynivka_water_plant_video_report_: 0.812,
  // Round thirty-four, by three more helpers, on their first run: Battle of Novoselivka (2024) 0.966, the Myrnohrad evacuation
  // 0.903, Siege of Tessalit (2012) 0.929 (0.966 on the helper's own reading of the lead's "contributed to the coup … eleven days
  // later", which review dropped as GUIDE.md's object date), Niger expelling a charity 0.917, Battle of Mataghis (2016) 0.867, the
  // Sweida deal 0.833.
  battle_of_novoselivka__2024__: 0.965,
  myrnohrad_evacuation_video_report_: 0.903,
  siege_of_tessalit__2012__: 0.928,
  niger_ngo_expelled_post_: 0.916,
  battle_of_mataghis__2016__: 0.866,
  sweida_deal_post_: 0.833,
  // Round thirty-five, by three more helpers, on their first run: the Trypilska power plant 0.968, Burkina Faso's call-up 0.966,
  // the 72nd Mechanized Brigade 1.000, the Kherson tram stop strike 1.000, Qamishli 0.867, Georgian opposition leaders jailed 1.000.
  trypilska_thermal_power_plant_: 0.967,
  burkina_vdp_callup_post_: 0.965,
  '72nd_mechanized_brigade__ukraine__': 1,
  kherson_tram_strike_video_report_: 1,
  qamishli_: 0.866,
  georgia_opposition_jailed_post_: 1,
  // Round thirty-six, by three more helpers, on their first run: Battle of Rubizhne (2022) 0.966, the Dnipro bus station strike
  // 0.960, the Gaskindé convoy attack 0.690, demining the Izium villages 0.970, Battle of Baghuz Fawqani 0.933, Armenian prisoners
  // released 0.909.
  battle_of_rubizhne__2022__: 0.965,
  dnipro_bus_station_video_report_: 0.96,
  gaskinde_convoy_attack_: 0.689,
  kharkiv_demining_video_report_: 0.969,
  battle_of_baghuz_fawqani_: 0.933,
  azerbaijan_prisoners_released_post_: 0.909,
  // Round thirty-seven, by three more helpers, on their first run: Mopti Region 0.839, the train struck at Shostka 0.957, Battle
  // of Lyptsi 0.897, the Korabel flood 0.774, the Southern Front 0.933, Armenia ratifying the demarcation rules 0.952.
  mopti_region_: 0.838,
  sumy_train_strike_post_: 0.956,
  battle_of_lyptsi_: 0.896,
  korabel_flood_video_report_: 0.774,
  southern_front__syria__: 0.933,
  armenia_demarcation_ratified_post_: 0.952,
  // Round thirty-eight, by three more helpers, on their first run: Jermuk 0.897, Georgia suspending EU talks 1.000, Battle of
  // Mayadin (2017) 1.000, Mali ending the Algiers accord 0.957, Battle of Horlivka (2014) 0.875, the Tokmak ammunition train 0.917.
  jermuk_: 0.896,
  georgia_eu_talks_suspended_post_: 1,
  battle_of_mayadin__2017__: 1,
  mali_algiers_accord_end_post_: 0.956,
  battle_of_horlivka__2014__: 0.875,
  tokmak_ammunition_train_video_report_: 0.916,
  // Round thirty-nine, by three more helpers, on their first run: the Tamalat and Inchinanane massacres 0.968, Armenia stopping its
  // CSTO payments 1.000, Battle of Staromaiorske 0.968, the Kyiv substation blackout 0.741, Battle of Khan al-Asal 0.968, families
  // returning to Saraqib 0.875.
  tamalat_massacres_: 0.967,
  armenia_csto_payments_post_: 1,
  battle_of_staromaiorske_: 0.967,
  kyiv_substation_blackout_post_: 0.74,
  'battle_of_khan_al-asal_': 0.967,
  saraqib_return_video_report_: 0.875,
};
