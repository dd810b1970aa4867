/** Floors of our own articles from rounds 348 on, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_348_ON_FLOORS: Record<string, number> = {
  // Round 348: Subotiv 0.986, the Berdychi report 1.000.
  subotiv__cherkasy_oblast_: 0.985,
  berdychi_video_report_: 1,
  // Qalb Lozeh 0.968, the Hama norias post 1.000.
  qalb_lozeh_: 0.967,
  syria_hama_norias_post_: 1,
  // Dartlo 0.968, the Tatev cableway post 0.941.
  dartlo_: 0.967,
  armenia_tatev_cableway_post_: 0.94,
  // The 7th Guards Mountain Air Assault Division 0.973, the Kouri Bougoudi post 1.000.
  '7th_guards_mountain_air_assault_division_': 0.972,
  chad_kouri_bougoudi_gold_clashes_post_: 1,
  // The Battle of Diffa 0.986, the Vinnytsia post 0.970.
  battle_of_diffa__2015__: 0.985,
  ukraine_vinnytsia_officers_house_post_: 0.969,
  // Buynaksk 1.000, the Orlivka ferry post 1.000.
  buynaksk_: 1,
  ukraine_orlivka_ferry_post_: 1,
  // Jaish al-Muhajireen wal-Ansar 0.931, the Ténenkou post 0.933.
  'jaish_al-muhajireen_wal-ansar_': 0.93,
  mali_tenenkou_boats_post_: 0.932,
  // The Battle of Hostomel 1.000, the Skovorodynivka report 0.903.
  battle_of_hostomel_: 1,
  skovorodynivka_video_report_: 0.902,
  // Round 349: The Battle of Qaboun 0.986, the Darayya post 1.000.
  battle_of_qaboun__2017__: 0.985,
  syria_darayya_grape_harvest_post_: 1,
  // Kamianka-Dniprovska 1.000, the Uman post 1.000.
  'kamianka-dniprovska_': 1,
  ukraine_uman_pilgrims_post_: 1,
  // Goundam 0.986, the Nouadhibou post 0.968.
  goundam_: 0.985,
  mauritania_nouadhibou_pirogue_post_: 0.967,
  // The Battle of Horadiz 1.000, the Hakari bridge post 0.968.
  battle_of_horadiz__1994__: 1,
  azerbaijan_hakari_bridge_shooting_post_: 0.967,
  // The 127th Territorial Defense Brigade 0.986, the Novodonetske report 1.000.
  '127th_territorial_defense_brigade_': 0.985,
  novodonetske_video_report_: 1,
  // Tkvarcheli 1.000, the Rikoti post 1.000.
  tkvarcheli_: 1,
  georgia_rikoti_landslide_post_: 1,
  // Stepanakert Airport 0.958, the Ouagadougou post 0.970.
  stepanakert_airport_: 0.957,
  burkina_ouagadougou_rtb_shell_post_: 0.969,
  // Tell Tamer 0.986, the Dobropillia post 1.000.
  tell_tamer_: 0.985,
  ukraine_dobropillia_bread_post_: 1,
  // Round 350: Kryvorivnia 0.971, the Velyka Novosilka report 1.000.
  kryvorivnia_: 0.97,
  velyka_novosilka_video_report_: 1,
  // Al-Muzayrib 0.985, the Khafsa water post 0.970.
  'al-muzayrib_': 0.984,
  syria_khafsa_water_post_: 0.969,
  // Tatev 0.985, the Ateni post 1.000.
  tatev_: 0.984,
  georgia_ateni_frescoes_post_: 1,
  // The 82nd Air Assault Brigade 1.000, the Adré post 0.857.
  '82nd_air_assault_brigade__ukraine__': 1,
  chad_adre_crossing_post_: 0.856,
  // The Battle of Kidal (2012) 1.000, the Ukrainka post 0.973.
  battle_of_kidal__2012__: 1,
  ukraine_ukrainka_power_plant_post_: 0.972,
  // Sadarak 0.986, the Okhtyrka post 1.000.
  sadarak_: 0.985,
  ukraine_okhtyrka_boiler_house_post_: 1,
  // The Yarmouk Martyrs Brigade 0.971, the Tinzaouaten post 1.000.
  yarmouk_martyrs_brigade_: 0.97,
  mali_tinzaouaten_ukraine_ties_post_: 1,
  // The Battle of Oleksandrivka 0.944, the Pisochyn report 0.974.
  battle_of_oleksandrivka__2022__: 0.943,
  pisochyn_video_report_: 0.973,
  // Round 351: The Battle of Harem 0.985, the Tartus post 0.923.
  battle_of_harem_: 0.984,
  syria_tartus_port_concession_post_: 0.922,
  // Kalanchak 0.974, the Kamianske post 1.000.
  kalanchak_: 0.973,
  ukraine_kamianske_underground_school_post_: 1,
  // Niafunké 0.914, the Kaédi post 0.963.
  niafunké_: 0.913,
  mauritania_kaedi_election_protests_post_: 0.962,
  // The Battle of Zangilan 1.000, the Ganja post 0.971.
  battle_of_zangilan__2020__: 1,
  azerbaijan_ganja_mayor_shooting_post_: 0.97,
  // The 155th Mechanized Brigade 1.000, the Pryiutne report 0.974.
  '155th_mechanized_brigade__ukraine__': 1,
  pryiutne_video_report_: 0.973,
  // Akhalgori 0.952, the Chiatura post 1.000.
  akhalgori_: 0.951,
  georgia_chiatura_ropeway_post_: 1,
  // Kherson International Airport 0.941, the Bogandé post 1.000.
  kherson_international_airport_: 0.94,
  burkina_bogande_hospital_post_: 1,
  // Al-Malikiyah District 0.958, the Lyman post 1.000.
  'al-malikiyah_district_': 0.957,
  ukraine_lyman_pharmacy_post_: 1,
  // Round 352: Olesko 1.000, the Slobozhanske report 1.000.
  olesko_: 1,
  slobozhanske_video_report_: 1,
  // Balyun 1.000, the Maaloula post 0.929.
  balyun_: 1,
  syria_maaloula_aramaic_school_post_: 0.928,
  // Nikozi 1.000, the Kapan airport post 1.000.
  nikozi_: 1,
  armenia_kapan_airport_post_: 1,
  // The 150th Motor Rifle Division 0.972, the Kandadji post 0.923.
  '150th_motor_rifle_division_': 0.971,
  niger_kandadji_dam_attack_post_: 0.922,
  // The Siege of Farabougou 0.986, the Kremenets post 0.960.
  siege_of_farabougou_: 0.985,
  ukraine_kremenets_landslide_post_: 0.959,
  // Kizlyar 0.955, the Zbarazh post 1.000.
  kizlyar_: 0.954,
  ukraine_zbarazh_castle_storm_post_: 1,
  // The National Defence Forces 0.941, the Andéramboukane post 0.970.
  national_defence_forces_: 0.94,
  mali_anderamboukane_attack_post_: 0.969,
  // The Battle of Brovary 1.000, the Sviatohirsk report 1.000.
  battle_of_brovary_: 1,
  sviatohirsk_video_report_: 1,
};
