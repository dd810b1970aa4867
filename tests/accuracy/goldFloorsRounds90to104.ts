/** Floors of our own articles from rounds 90 to 104, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_90_TO_104_FLOORS: Record<string, number> = {
  // Round 90: the Battle of Spirne 0.970, the Sikasso attacks post 1.000.
  battle_of_spirne_: 0.969,
  mali_sikasso_checkpoint_attack_post_: 1,
  // The Battle of Tell Hamis (2015) 0.971, the Tavush demining post 1.000.
  battle_of_tell_hamis__2015__: 0.97,
  armenia_border_demining_post_: 1,
  // The Koutiala attack 1.000, the Manbij car bomb post 0.900.
  koutiala_attack_: 1,
  syria_manbij_car_bomb_post_: 0.899,
  // The Battle of Kurdyumivka 1.000, the Yirgou massacre trial post 0.800.
  battle_of_kurdyumivka_: 1,
  yirgou_massacre_post_: 0.799,
  // Round 91: the Dzhankoi strikes report 1.000, the Koulpélogo attack post 0.947.
  dzhankoi_strikes_video_report_: 1,
  burkina_koulpelogo_attack_post_: 0.946,
  // The Battle of Semenivka 1.000, the Grozny drone attack post 1.000.
  battle_of_semenivka_: 1,
  chechnya_grozny_drone_attack_post_: 1,
  // The Battle of Orlivka 1.000, the Saky air base post 1.000.
  battle_of_orlivka_: 1,
  crimea_saky_airbase_explosions_post_: 1,
  // The Battle of Tal Rifaat (2016) 1.000, the Téra convoy post 1.000.
  battle_of_tal_rifaat__2016__: 1,
  niger_tera_convoy_attack_post_: 1,
  // Round 92: the Velykyi Burluk report 1.000, the Nerkin Hand post 0.900.
  velykyi_burluk_video_report_: 1,
  armenia_nerkin_hand_ambush_post_: 0.899,
  // The 2021 Dargol electoral convoy attack 0.970, the Saydnaya prison post 1.000.
  tahoua_ballot_attack_: 0.969,
  syria_saydnaya_prison_opened_post_: 1,
  // The Battle of Hlyboke 1.000, the Nioro du Sahel attack post 1.000.
  battle_of_hlyboke_: 1,
  mali_nioro_du_sahel_attack_post_: 1,
  // The Battle of Maheen (2015) 0.970, the Zugdidi protest post 0.909.
  battle_of_maheen__2015__: 0.969,
  georgia_zugdidi_protest_post_: 0.908,
  // Round 93: the Battle of Verbove 1.000, the Dioura camp post 1.000.
  battle_of_verbove_: 1,
  mali_dioura_camp_post_: 1,
  // The Battle of Hraitah 1.000, the Sotk mine post 1.000.
  battle_of_hraitah_: 1,
  armenia_sotk_mine_post_: 1,
  // The Prymorsk strikes report 1.000, the Mongo clashes post 1.000.
  prymorsk_strikes_video_report_: 1,
  chad_mongo_clashes_post_: 1,
  // The Battle of Diafarabé (2022) 0.909, the Deir ez-Zor bridge post 0.947.
  battle_of_diafarabe__2022__: 0.908,
  syria_deir_ez_zor_bridge_post_: 0.946,
  // Round 94: the Battle of Krasnyi Lyman (2024) 1.000, the Batumi protest post 0.900.
  battle_of_krasnyi_lyman__2024__: 1,
  georgia_batumi_flood_protest_post_: 0.899,
  // The Battle of al-Hol (2015) 1.000, the Makalondi attack post 0.941.
  'battle_of_al-hol__2015__': 1,
  niger_makalondi_attack_post_: 0.94,
  // The Kramatorsk schools report 1.000, the Lachin airport post 0.762.
  kramatorsk_school_strike_video_report_: 1,
  azerbaijan_lachin_road_opening_post_: 0.761,
  // The Siege of Léré (2012) 1.000, the Qamishli airport post 1.000.
  siege_of_léré__2012__: 1,
  syria_qamishli_airport_russian_exit_post_: 1,
  // Round 95: the Battle of Tonenke 1.000, the Kutaisi hunger strike post 1.000.
  battle_of_tonenke_: 1,
  georgia_kutaisi_hunger_strike_post_: 1,
  // The Battle of Tadif 1.000, the Diapaga ambush post 0.941.
  battle_of_tadif_: 1,
  burkina_diapaga_attack_post_: 0.94,
  // The Bilozerka shelling report 0.929, the Bourem convoy post 0.900.
  bilozerka_shelling_video_report_: 0.928,
  mali_bourem_convoy_post_: 0.899,
  // The Battle of Khanasser (2016) 1.000 (a second text on the Khanasir (2016) topic, missed when it was set), the Yeraskh post 0.941.
  battle_of_khanasser_: 1,
  armenia_yeraskh_shooting_post_: 0.94,
  // Round 96: the Battle of Heorhiivka 0.970, the Khankendi flag post 1.000.
  battle_of_heorhiivka_: 0.969,
  azerbaijan_khankendi_flag_post_: 1,
  // The Battle of the Shaer gas field (2016) 0.970, the Ayorou attack post 1.000.
  battle_of_shaer_gas_field__2016__: 0.969,
  niger_ayorou_attack_post_: 1,
  // The Zaporizhzhia industrial strikes report 0.741, the Vladikavkaz rally post 0.900.
  zaporizhzhia_industrial_strike_video_report_: 0.74,
  north_ossetia_vladikavkaz_protest_post_: 0.899,
  // The Inata attack 1.000, the Sweida water protest post 0.889.
  inata_gendarmerie_attack_: 1,
  syria_sweida_water_protest_post_: 0.888,
  // Round 97: the Battle of Prohres 1.000, the Kirants road post 0.952.
  battle_of_prohres_: 1,
  armenia_kirants_protest_post_: 0.951,
  // The Battle of Kinsabba 1.000, the Ségou fuel blockade post 0.952.
  battle_of_kinsabba_: 1,
  mali_segou_fuel_blockade_post_: 0.951,
  // The Shostka strikes report 1.000, the Bobo-Dioulasso rally post 0.947.
  shostka_strikes_video_report_: 1,
  burkina_bobo_dioulasso_protest_post_: 0.946,
  // The Battle of Talataye (2022) 0.938, the Afrin returns post 0.875.
  battle_of_talataye__2022__: 0.937,
  syria_afrin_return_post_: 0.874,
  // Round 98: the Battle of Umanske 1.000, the Sukhumi parliament post 1.000.
  battle_of_umanske_: 1,
  abkhazia_sukhumi_protest_post_: 1,
  // The Battle of al-Tanf (2016) 0.970, the Dosso attack post 1.000.
  'battle_of_al-tanf__2016__': 0.969,
  niger_dosso_attack_post_: 1,
  // The Konotop power strikes report 1.000, the Akhalkalaki road post 1.000.
  konotop_power_strike_video_report_: 1,
  georgia_akhalkalaki_protest_post_: 1,
  // The Battle of Andéramboukane (2022) 0.970, the Palmyra museum post 0.824.
  battle_of_anderamboukane__2022__: 0.969,
  syria_palmyra_museum_reopening_post_: 0.823,
  // Round 99: the Battle of Novopavlivka 0.970, the Gyumri base protest post 1.000.
  battle_of_novopavlivka_: 0.969,
  armenia_gyumri_base_protest_post_: 1,
  // The Battle of al-Rai (2016) 1.000, the Ouahigouya attack post 0.947.
  'battle_of_al-rai__2016__': 1,
  burkina_ouahigouya_attack_post_: 0.946,
  // The Kharkiv trolleybus depots report 0.966, the Rustavi steel strike post 0.947.
  kharkiv_trolleybus_depot_video_report_: 0.965,
  georgia_rustavi_steel_strike_post_: 0.946,
  // The Niamey airport attack 0.968, the Sarmada market post 0.842.
  niamey_airport_attack_: 0.967,
  syria_sarmada_market_post_: 0.841,
  // Round 100: Russian strikes on Vilniansk 0.970, the Kaspiysk drone post 1.000.
  battle_of_vilniansk_strikes_: 0.969,
  dagestan_kaspiysk_drone_post_: 1,
  // The Battle of Darkush 0.938, the Torodi convoy post 1.000.
  battle_of_darkush_: 0.937,
  niger_torodi_convoy_post_: 1,
  // The Zhovti Vody strikes report 0.897, the Yerevan church march post 0.900.
  zhovti_vody_strike_video_report_: 0.896,
  armenia_yerevan_church_protest_post_: 0.899,
  // The siege of the Ouahigouya–Djibo road 1.000, the Quneitra incursion post 0.941.
  siege_of_ouahigouya_road_: 1,
  syria_quneitra_israeli_incursion_post_: 0.94,
  // Round 101: the Battle of Ostrivske 1.000, the Tartar shelling post 1.000.
  battle_of_ostrivske_: 1,
  azerbaijan_tartar_shelling_post_: 1,
  // The Battle of Dibsi Afnan 1.000, the Goundam attack post 1.000.
  battle_of_dibsi_afnan_: 1,
  mali_goundam_attack_post_: 1,
  // The Hryhorivka crossing report 0.897, the Poti port protest post 1.000.
  hryhorivka_crossing_video_report_: 0.896,
  georgia_poti_port_protest_post_: 1,
  // The Battle of Hombori (2022) 0.970, the Qardaha clashes post 1.000.
  battle_of_hombori__2022__: 0.969,
  syria_qardaha_clashes_post_: 1,
  // Round 102: the Battle of Zarichne 1.000, the Khasavyurt protest post 1.000.
  battle_of_zarichne_: 1,
  dagestan_khasavyurt_protest_post_: 1,
  // The Battle of Maaloula 1.000, the Koupéla attack post 1.000.
  battle_of_maaloula_: 1,
  burkina_koupela_attack_post_: 1,
  // The Sumy hospitals report 1.000, the Sevan protest post 1.000.
  sumy_hospital_strike_video_report_: 1,
  armenia_sevan_protest_post_: 1,
  // The Battle of Bandiagara (2022) 0.970, the Masyaf strike post 1.000.
  battle_of_bandiagara__2022__: 0.969,
  syria_masyaf_strike_post_: 1,
  // Round 103: the Battle of Kotlyne 0.970, the Tbilisi broadcaster post 0.941.
  battle_of_kotlyne_: 0.969,
  georgia_tbilisi_broadcaster_protest_post_: 0.94,
  // The Battle of Tafas 1.000, the Abala attack post 0.941.
  battle_of_tafas_: 1,
  niger_abala_attack_post_: 0.94,
  // The Udachne mine report 1.000, the Argun shoot-out post 1.000.
  udachne_mine_video_report_: 1,
  chechnya_argun_raid_post_: 1,
  // The Battle of Labbezanga (2019) 1.000, the Jassim killing post 0.875.
  battle_of_labbezanga__2019__: 1,
  syria_jassim_assassination_post_: 0.874,
  // Round 104: the Battle of Bohdanivka 0.938, the Ganja mosque post 1.000.
  battle_of_bohdanivka_: 0.937,
  azerbaijan_ganja_mosque_protest_post_: 1,
  // The Battle of Nawa (2018) 1.000, the Labbezanga boat attack post 0.941.
  battle_of_nawa__2018__: 1,
  mali_labbezanga_boat_attack_post_: 0.94,
  // The Izmail port report 1.000, the Noyemberyan shooting post 1.000.
  izmail_port_drone_video_report_: 1,
  armenia_noyemberyan_shooting_post_: 1,
  // The Battle of Bosso (2016) 0.970, the Azaz protest post 1.000.
  battle_of_bosso__2016__: 0.969,
  syria_azaz_protest_post_: 1,
};
