/** Floors of our own articles from rounds 105 to 120, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_105_TO_120_FLOORS: Record<string, number> = {
  // Round 105: the Battle of Vesele 1.000, the Enguri bridge post 1.000.
  battle_of_vesele_: 1,
  georgia_zugdidi_border_crossing_post_: 1,
  // The Battle of Binnish 1.000, the Djibasso attack post 0.947.
  battle_of_binnish_: 1,
  burkina_djibasso_attack_post_: 0.946,
  // The Svitlodarsk shelling report 0.966, the Goris–Kapan road post 0.947.
  svitlodarsk_shelling_video_report_: 0.965,
  armenia_goris_kapan_road_post_: 0.946,
  // The Battle of Nassoumbou (2016) 0.968, the Mayadin returns post 0.941.
  battle_of_nassoumbou__2016__: 0.967,
  syria_mayadin_return_post_: 0.94,
  // Round 106: the Battle of Verkhnokamianske 0.970, the Shusha festival post 0.947.
  battle_of_verkhnokamianske_: 0.969,
  azerbaijan_shusha_festival_post_: 0.946,
  // The Battle of Kafranbel 1.000, the Tahoua market post 1.000.
  battle_of_kafranbel_: 1,
  niger_tahoua_market_attack_post_: 1,
  // The Mayorsk trenches report 0.889, the Beslan anniversary post 1.000.
  mayorsk_trench_video_report_: 0.888,
  north_ossetia_beslan_anniversary_post_: 1,
  // The Battle of Pama (2023) 1.000, the Tabqa bridge protest post 1.000.
  battle_of_pama__2023__: 1,
  syria_tabqa_bridge_protest_post_: 1,
  // Round 107: the Battle of Novoprokopivka 0.970, the Vanadzor rally post 1.000.
  battle_of_novoprokopivka_: 0.969,
  armenia_vanadzor_protest_post_: 1,
  // The Battle of Talbiseh 1.000, the Djenné blockade post 1.000.
  battle_of_talbiseh_: 1,
  mali_djenne_siege_post_: 1,
  // The Polohy evacuation report 1.000, the Akhalgori crossing post 1.000.
  polohy_evacuation_video_report_: 1,
  south_ossetia_akhalgori_crossing_post_: 1,
  // The Battle of Tougan (2023) 0.968, the Rastan dam post 0.900.
  battle_of_tougan__2023__: 0.967,
  syria_rastan_dam_post_: 0.899,
  // Round 108: the Battle of Stepove 1.000, the Nalchik protest post 1.000.
  battle_of_stepove_: 1,
  kabardino_balkaria_nalchik_protest_post_: 1,
  // The Battle of Ramouseh (2016) 1.000, the Téra kidnapping post 1.000.
  battle_of_ramouseh__2016__: 1,
  niger_tillaberi_kidnapping_post_: 1,
  // The Molochansk strikes report 0.857, the Qazakh villages post 1.000.
  molochansk_strike_video_report_: 0.856,
  azerbaijan_qazakh_villages_post_: 1,
  // The Battle of Kolokani (2024) 0.938, the Idlib schools post 1.000.
  battle_of_kolokani__2024__: 0.937,
  syria_idlib_school_reopening_post_: 1,
  // Round 109: the Battle of Sieverne 1.000, the Gori veterans post 1.000.
  battle_of_sieverne_: 1,
  georgia_gori_veterans_protest_post_: 1,
  // The Battle of Amuda 1.000, the Niafunké attack post 1.000.
  battle_of_amuda_: 1,
  mali_niafunke_attack_post_: 1,
  // The Novodanylivka front report 0.933, the Grozny market fire post 1.000.
  novodanylivka_front_video_report_: 0.932,
  chechnya_grozny_mosque_fire_post_: 1,
  // The Battle of Niafunké (2012) 0.968, the Sarrin clashes post 0.952.
  battle_of_niafunke__2012__: 0.967,
  syria_sarrin_clashes_post_: 0.951,
  // Round 110: the Battle of Zhelanne 1.000, the Gyumri mayor post 0.889.
  battle_of_zhelanne_: 1,
  armenia_gyumri_mayor_arrest_post_: 0.888,
  // The Battle of Suluk 0.970, the Tillabéri market ban post 1.000.
  battle_of_suluk_: 0.969,
  niger_tillaberi_market_ban_post_: 1,
  // The Kamianka-Dniprovska report 0.966, the Sumgait strike post 0.952.
  kamianka_dnipro_video_report_: 0.965,
  azerbaijan_sumgait_strike_post_: 0.951,
  // The Battle of Tonka (2022) 1.000, the Amuda flag post 1.000.
  battle_of_tonka__2022__: 1,
  syria_amuda_flags_post_: 1,
  // Round 111: the Battle of Solone 1.000, the Ararat cement post 1.000.
  battle_of_solone_: 1,
  armenia_ararat_cement_protest_post_: 1,
  // The Battle of Rabia (2016) 1.000, the Tenkodogo market post 1.000.
  battle_of_rabia__2016__: 1,
  burkina_tenkodogo_market_post_: 1,
  // The Komar report 1.000, the Kutaisi parliament building post 0.941.
  komar_village_video_report_: 1,
  georgia_kutaisi_parliament_building_post_: 0.94,
  // The Battle of Boulsa (2023) 0.914, the Jisr al-Shughur returns post 1.000.
  battle_of_boulsa__2023__: 0.913,
  'syria_jisr_al-shughur_return_post_': 1,
  // Round 112: the Battle of Tarasivka 0.944, the Khachmaz flood post 1.000.
  battle_of_tarasivka_: 0.943,
  azerbaijan_khachmaz_flood_post_: 1,
  // The Battle of Kabani 1.000, the Diffa returns post 1.000.
  battle_of_kabani_: 1,
  niger_diffa_return_post_: 1,
  // The power-line crews report 1.000, the Terek bridge post 0.947.
  kurakhivka_power_line_video_report_: 1,
  chechnya_kadyrov_bridge_post_: 0.946,
  // The Battle of Bittou (2024) 1.000, the Hasakah bread protest post 0.900.
  battle_of_bittou__2024__: 1,
  syria_hasakah_bread_protest_post_: 0.899,
  // Round 113: the Battle of Vremivka 1.000, the Rustavi Azot post 1.000.
  battle_of_vremivka_: 1,
  georgia_rustavi_azot_protest_post_: 1,
  // The Battle of Sadad 1.000, the Kati drone strike post 1.000.
  battle_of_sadad_: 1,
  mali_kati_drone_post_: 1,
  // The Toshkivka and Zolote report 0.929, the Makhachkala flood post 1.000.
  toshkivka_video_report_: 0.928,
  dagestan_makhachkala_flood_post_: 1,
  // The Battle of Youwarou (2019) 1.000, the Homs university post 1.000.
  battle_of_youwarou__2019__: 1,
  syria_homs_university_post_: 1,
  // Round 114: the Battle of Rozivka 1.000, the Meghri railway post 0.889.
  battle_of_rozivka_: 1,
  armenia_meghri_border_post_: 0.888,
  // The Battle of the Salamiyah road 1.000, the Agadez gold site post 0.947.
  battle_of_salamiyah_road_: 1,
  niger_agadez_gold_rush_post_: 0.946,
  // The Hirske mines report 1.000, the Ganja air show post 0.778.
  hirske_mine_video_report_: 1,
  azerbaijan_ganja_air_show_post_: 0.777,
  // The Battle of Nara (2024) 0.970, the Sadad church post 1.000.
  battle_of_nara__2024__: 0.969,
  syria_sadad_church_post_: 1,
  // Round 115: the Battle of Dalnie 0.848, the Poti fishermen post 0.800.
  battle_of_dalnie_: 0.847,
  georgia_poti_fishermen_protest_post_: 0.799,
  // The Battle of Jazal 0.970, the Markoye attack post 1.000.
  battle_of_jazal_: 0.969,
  burkina_markoye_attack_post_: 1,
  // The Myrne village report 0.933, the Jermuk resort post 0.778.
  myrne_village_video_report_: 0.932,
  armenia_jermuk_resort_post_: 0.777,
  // The Battle of Déou (2019) 0.970, the T4 air base post 0.941.
  battle_of_deou__2019__: 0.969,
  syria_tiyas_airbase_post_: 0.94,
  // Round 116: the Battle of Yelyzavetivka 1.000, the Lankaran tea post 1.000.
  battle_of_yelyzavetivka_: 1,
  azerbaijan_lankaran_tea_post_: 1,
  // The Battle of Huwaysis 1.000, the Bankilaré attack post 1.000.
  battle_of_huwaysis_: 1,
  niger_bankilare_attack_post_: 1,
  // The Kostiantynopil evacuation report 0.897, the Gudermes detentions post 1.000.
  kostiantynopil_evacuation_video_report_: 0.896,
  chechnya_gudermes_detentions_post_: 1,
  // The Battle of Bogandé (2022) 1.000, the Palmyra oil field post 0.947.
  battle_of_bogande__2022__: 1,
  syria_palmyra_oil_field_post_: 0.946,
  // Round 117: the Battle of Ivanivske 1.000, the Tbilisi metro strike post 1.000.
  battle_of_ivanivske_: 1,
  georgia_tbilisi_metro_strike_post_: 1,
  // The Battle of Handarat 0.938, the Douentza market post 1.000.
  battle_of_handarat_: 0.937,
  mali_douentza_market_post_: 1,
  // The Tykhe report 1.000, the Yerevan metro fire post 0.900.
  tykhe_village_video_report_: 1,
  armenia_yerevan_metro_fire_post_: 0.899,
  // The Battle of Sollé (2022) 0.970, the Anadan returns post 1.000.
  battle_of_sollé__2022__: 0.969,
  syria_anadan_return_post_: 1,
  // Round 118: the Battle of Hostre 1.000, the Baku fare protest post 1.000.
  battle_of_hostre_: 1,
  azerbaijan_baku_metro_protest_post_: 1,
  // The Battle of Mallah Farms 1.000, the Dosso bridge post 0.941.
  battle_of_mallah_farms_: 1,
  niger_dosso_bridge_post_: 0.94,
  // The Lukiantsi report 0.929, the Kizlyar attack post 1.000.
  lukiantsi_border_video_report_: 0.928,
  dagestan_kizlyar_attack_post_: 1,
  // The Battle of Mentao (2022) 0.813, the Bab al-Hawa post 0.909.
  battle_of_mentao__2022__: 0.812,
  syria_bab_hawa_crossing_post_: 0.908,
  // Round 119: the Battle of Novomykolaivka 0.848, the Zestaponi strike post 1.000.
  battle_of_novomykolaivka_: 0.847,
  georgia_zestaponi_ferroalloy_strike_post_: 1,
  // The Battle of Abu al-Duhur 0.909, the Sofara bridge post 1.000.
  battle_of_abu_duhur_: 0.908,
  mali_sofara_bridge_post_: 1,
  // The Shcherbynivka front report 1.000, the Derbent fortress post 0.900.
  shcherbynivka_front_video_report_: 1,
  dagestan_derbent_fortress_post_: 0.899,
  // The Battle of Sofara (2023) 1.000, the Khan Shaykhun returns post 0.737.
  battle_of_sofara__2023__: 1,
  syria_khan_shaykhun_return_post_: 0.736,
  // Round 120: the Battle of Pleshchiivka 1.000, the Gyumri earthquake anniversary post 0.737.
  battle_of_pleshchiivka_: 1,
  armenia_gyumri_earthquake_anniversary_post_: 0.736,
  // The Battle of al-Tamanah 1.000, the Niamey curfew post 1.000.
  battle_of_tamanah_: 1,
  niger_niamey_curfew_post_: 1,
  // The water runs report 0.897, the Shamakhi earthquake post 1.000.
  yablunivka_village_video_report_: 0.896,
  azerbaijan_shamakhi_earthquake_post_: 1,
  // The Battle of Ténenkou (2019) 1.000, the Abu al-Duhur air base post 0.947.
  battle_of_tenenkou__2019__: 1,
  syria_abu_duhur_airbase_post_: 0.946,
};
