/** Floors of our own articles from rounds fifty-four to seventy-one, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_54_TO_71_FLOORS: Record<string, number> = {
  // Round fifty-four: the Battle of Lysychansk 1.000, the Armenian Rome Statute post 0.952.
  battle_of_lysychansk_: 1,
  armenia_rome_statute_post_: 0.951,
  // The 24th Mechanized Brigade 0.933, the Stepnohirsk village report 0.857.
  '24th_mechanized_brigade__ukraine__': 0.932,
  stepnohirsk_video_report_: 0.856,
  // Afrin 0.875, the Niger US-troops post 0.952.
  afrin_: 0.874,
  niger_us_troops_exit_post_: 0.951,
  // The Battle of Anefis 0.938, the South Ossetia referendum post 0.917.
  battle_of_anefis__2015__: 0.937,
  south_ossetia_referendum_postponed_post_: 0.916,
  // Second texts on round fifty-three's topics, by its late replacement helpers: Kupiansk the town 0.966, the Kaboré
  // arrest post 1.000, the Battle of Diabaly 2013 1.000, the Kavelashvili swearing-in post 0.762.
  kupiansk_town_: 0.965,
  burkina_kabore_arrest_post_: 1,
  battle_of_diabaly__2013__: 1,
  georgia_kavelashvili_sworn_in_post_: 0.761,
  // Round fifty-five: the Battle of Mariupol 2014 0.933, the Azerbaijani snap-election post 0.870.
  battle_of_mariupol__2014__: 0.932,
  azerbaijan_snap_election_post_: 0.869,
  // The Hamza Division 0.968, the Siversk water report 0.786.
  hamza_division_: 0.967,
  siversk_water_video_report_: 0.785,
  // Tskhinvali 0.733, the Mali G5 Sahel exit post 0.941.
  tskhinvali_: 0.732,
  mali_g5_sahel_exit_post_: 0.94,
  // The Battle of Raqqa 2013 0.933, the DniproHES strike post 0.880.
  battle_of_raqqa__2013__: 0.932,
  dniprohes_strike_post_: 0.879,
  // Round fifty-six: the Battle of Irpin 1.000, the Georgian family-values law post 0.923.
  battle_of_irpin_: 1,
  georgia_family_values_law_post_: 0.922,
  // Liwa al-Quds 0.733, the Kozacha Lopan report 0.621.
  'liwa_al-quds_': 0.732,
  kozacha_lopan_video_report_: 0.62,
  // Nikopol 1.000, the Chad national dialogue post 0.786.
  nikopol_: 1,
  chad_national_dialogue_post_: 0.785,
  // The Battle of Murovdag 0.933, the Syrian constitutional declaration post 0.947.
  battle_of_murovdag_: 0.932,
  syria_constitutional_declaration_post_: 0.946,
  // Round fifty-seven: the Azerbaijani 2nd Army Corps 0.897, the Balakliia report 0.880.
  azerbaijani_2nd_army_corps_: 0.896,
  balakliia_video_report_: 0.879,
  // Qardaha 0.867, the Burkina Africa Corps post 0.952.
  qardaha_: 0.866,
  burkina_africa_corps_arrival_post_: 0.951,
  // The Battle of Tabqa Air Base 0.867, the Baku Russian House post 0.900.
  battle_of_tabqa_air_base_: 0.866,
  baku_russian_house_closed_post_: 0.899,
  // The Battle of Zolote 2022 0.815, the Mali Goïta mandate post 0.636 (the round's first helper, delivered last).
  battle_of_zolote__2022__: 0.814,
  mali_goita_mandate_post_: 0.635,
  // Round fifty-eight: the Battle of Svatove 0.933, the Armenia–Azerbaijan treaty-text post 0.957.
  battle_of_svatove_: 0.932,
  armenia_azerbaijan_treaty_text_post_: 0.956,
  // Jaysh al-Izza 0.903, the Kherson islands boats report 0.813.
  'jaysh_al-izza_': 0.902,
  kherson_islands_boats_video_report_: 0.812,
  // Ménaka the town 0.903, the Niger ministers-released post 0.889.
  menaka_town_: 0.902,
  niger_ministers_released_post_: 0.888,
  // The Battle of Agdere 1992 0.839, the Tbilisi camp-dispersal post 0.741.
  battle_of_agdere__1992__: 0.838,
  tbilisi_camp_dispersed_post_: 0.74,
  // Round fifty-nine: the Battle of Bucha 1.000, the Ukrainian martial-law post 0.762.
  battle_of_bucha_: 1,
  ukraine_martial_law_extended_post_: 0.761,
  // Faylaq al-Rahman 0.933, the Kurakhove last-residents report 0.970.
  'faylaq_al-rahman_': 0.932,
  kurakhove_last_residents_video_report_: 0.969,
  // Boni the town 0.933, the Pashinyan Turkey-visit post 0.842.
  boni_town_: 0.932,
  pashinyan_turkey_visit_post_: 0.841,
  // The Battle of Deir ez-Zor airport 2016 0.903, the Niger Somair post 0.952.
  'battle_of_deir_ez-zor_airport__2016__': 0.902,
  niger_somair_nationalised_post_: 0.951,
  // Round sixty: the Battle of Tell Abyad 2015 0.897, the Azerbaijan BBC-office post 1.000.
  battle_of_tell_abyad__2015__: 0.896,
  azerbaijan_bbc_office_closed_post_: 1,
  // The 25th Airborne Brigade 0.867, the Sloviansk bakery report 1.000.
  '25th_airborne_brigade__ukraine__': 0.866,
  sloviansk_bakery_video_report_: 1,
  // Round sixty-two: the 3rd Army Corps of Armenia 0.971, the Bilozerske mine report 1.000.
  '3rd_army_corps__armenia__': 0.97,
  bilozerske_mine_video_report_: 1,
  // The siege of Wadi al-Deif 0.973, the Burkina assembly-dissolution post 0.846.
  'siege_of_wadi_al-deif_': 0.972,
  burkina_national_assembly_dissolved_post_: 0.845,
  // The Battle of Uspenivka 1.000, the Kostiantynivka hospital report 0.897.
  battle_of_uspenivka_: 1,
  kostiantynivka_hospital_video_report_: 0.896,
  // Round 63: the Nakhchivan Autonomous Republic 0.947, the Azerbaijan COP29 post 0.917.
  nakhchivan_: 0.946,
  azerbaijan_cop29_post_: 0.916,
  // Round 64: the Hama Governorate 1.000, the Niger Tillaberi ambush post 0.957.
  hama_governorate_: 1,
  niger_tillaberi_ambush_post_: 0.956,
  // Ahrar al-Sham 0.971, the Lebanon–Syria border demarcation post 1.000.
  'ahrar_al-sham_': 0.97,
  lebanon_syria_border_demarcation_post_: 1,
  // Kostiantynivka 1.000, the Odesa grain terminal report 0.957.
  kostiantynivka_: 1,
  odesa_grain_terminal_video_report_: 0.956,
  // Round 65: the Al-Hasakah Governorate 0.973, the Syrian transitional government post 0.917.
  'al-hasakah_governorate_': 0.972,
  syria_interim_government_formed_post_: 0.916,
  // Round 64's late pair: the Battle of Krynky 1.000, the energy-strike pause post 0.923.
  battle_of_krynky_: 1,
  ukraine_energy_strike_pause_post_: 0.922,
  // Round 65's fourth helper: the Mansila attack 0.971, the Bazoum immunity post 0.960.
  mansila_attack_: 0.97,
  niger_bazoum_immunity_lifted_post_: 0.959,
  // Round 64's fifth helper: the Battle of Dioura 0.971, the Niger–Benin pipeline post 1.000.
  battle_of_dioura_: 0.97,
  niger_benin_pipeline_post_: 1,
  // Round 66: Aghdam 1.000, the Niamey French embassy post 1.000.
  agdam_: 1,
  niamey_french_embassy_protest_post_: 1,
  // The Battle of Tal Abyad 0.944 (a second text on the 2015 battle), the Dagestan attacks post 0.833.
  battle_of_tal_abyad_: 0.943,
  dagestan_attacks_post_: 0.832,
  // Round 67: the Battle of al-Sukhnah 0.944, the Kinburn Spit report 1.000.
  battle_of_sukhnah_: 0.943,
  kinburn_spit_video_report_: 1,
  // The 2005 Nalchik raid 0.914, the Zolochiv border report 0.960.
  '2005_nalchik_raid_': 0.913,
  zolochiv_border_video_report_: 0.959,
  // The Mariupol theatre airstrike 1.000, the Nova Kakhovka report 0.963.
  mariupol_drama_theatre_airstrike_: 1,
  nova_kakhovka_video_report_: 0.962,
  // The Battle of Selydove 0.973, the Kharkiv Tractor Plant report 0.833.
  battle_of_selydove_: 0.972,
  kharkiv_tractor_plant_video_report_: 0.832,
  // The Battle of Ras al-Ayn (2019) 0.971, the Fada N'Gourma blockade post 1.000.
  'battle_of_ras_al-ayn__2019__': 0.97,
  burkina_fada_ngourma_blockade_post_: 1,
  // Gyumri 0.970, the Kaya displaced post 0.880.
  gyumri_: 0.969,
  burkina_kaya_displaced_post_: 0.879,
  // Round 68: Bamut 0.944, the Pervomaiske report 0.963.
  bamut_: 0.943,
  pervomaiske_video_report_: 0.962,
  // The Battle of Abu Kamal (2017) 0.944, the Arbinda siege post 1.000.
  battle_of_abu_kamal__2017__: 0.943,
  burkina_arbinda_siege_post_: 1,
  // The Battle of Kafr Nabudah 1.000, the Agadez migration law post 0.889.
  battle_of_kafr_nabudah_: 1,
  niger_agadez_migration_law_post_: 0.888,
  // The 2020 Tovuz clashes 0.941, the Kupiansk-Vuzlovyi report 0.963.
  '2020_tovuz_clashes_': 0.94,
  kupiansk_vuzlovyi_video_report_: 0.962,
  // Round 69: the Battle of Mala Tokmachka 0.919, the Staryi Saltiv report 0.846.
  battle_of_mala_tokmachka_: 0.918,
  staryi_saltiv_video_report_: 0.845,
  // The Battle of Khasham 0.941, the Kajaran mine strike post 1.000.
  battle_of_khasham_: 0.94,
  armenia_kapan_mine_post_: 1,
  // The siege of Nouna 0.973, the Ber camp handover post 0.957.
  siege_of_nouna_: 0.972,
  mali_ber_camp_handover_post_: 0.956,
  // Vardenis 1.000, the Chuhuiv air base report 1.000.
  vardenis_: 1,
  chuhuiv_air_base_video_report_: 1,
  // Round 70: the Battle of Urozhaine 0.889, the Houla massacre post 0.960.
  battle_of_urozhaine_: 0.888,
  houla_massacre_post_: 0.959,
  // The Khojaly massacre 0.973, the Kramatorsk airfield report 1.000.
  khojaly_massacre_: 0.972,
  kramatorsk_airfield_video_report_: 1,
  // Sisian 0.865, the Ogossagou massacre post 0.952.
  sisian_: 0.864,
  mali_ogossagou_massacre_post_: 0.951,
  // The Battle of Rivnopil 0.872, the Djibo dam post 0.957.
  battle_of_rivnopil_: 0.871,
  burkina_djibo_dam_post_: 0.956,
  // Round 71: the Titao attack post 0.778, the Battle of Novoazovsk 0.966.
  burkina_titao_attack_post_: 0.777,
  battle_of_novoazovsk_: 0.965,
  // Sviatohirsk 1.000, the Baniyas killings post 1.000.
  sviatohirsk_: 1,
  baniyas_killings_post_: 1,
  // The Yampil report 0.880, Meghri 1.000.
  yampil_video_report_: 0.879,
  meghri_: 1,
};
