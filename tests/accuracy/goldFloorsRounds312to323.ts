/** Floors of our own articles from rounds 312 to 323, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_312_TO_323_FLOORS: Record<string, number> = {
  // Round 312: Opishnia 0.969, the Bitkine post 0.960.
  opishnia_: 0.968,
  chad_bitkine_post_: 0.959,
  // Akhurik 0.962, the Kovel post 0.880.
  akhurik_: 0.961,
  ukraine_kovel_railway_post_: 0.879,
  // Al-Hosn 0.881, the Medzhybizh post 0.971.
  'al-hosn_': 0.88,
  ukraine_medzhybizh_post_: 0.97,
  // Martvili 0.939, the Massaguet post 0.933.
  martvili_: 0.938,
  chad_massaguet_post_: 0.932,
  // Gadabay 0.955, the Respublikanets report 0.902.
  gadabay_: 0.954,
  respublikanets_video_report_: 0.901,
  // The Northern Sun Battalion 0.964, the Pylna report 0.939.
  northern_sun_battalion_: 0.963,
  pylna_video_report_: 0.938,
  // The Battle of Imenas 0.955, the Korsun-Shevchenkivskyi post 0.957.
  battle_of_imenas_: 0.954,
  ukraine_korsun_shevchenkivskyi_post_: 0.956,
  // Zouar 0.954, the Novoyavorivsk post 1.000.
  zouar_: 0.953,
  ukraine_novoyavorivsk_flooding_post_: 1,
  // Round 313: Krasyliv 1.000, the Illintsi post 0.917.
  krasyliv_: 1,
  ukraine_illintsi_crater_post_: 0.916,
  // Hermon 1.000, the Filiia report 0.980.
  hermon_: 1,
  filiia_video_report_: 0.979,
  // Tell Aran 0.902, the Pala post 1.000.
  tell_aran_: 0.901,
  chad_pala_gold_post_: 1,
  // Tkibuli 0.973, the Zastavna post 1.000.
  tkibuli_: 0.972,
  ukraine_zastavna_hospital_post_: 1,
  // Basqal 0.957, the Guelendeng post 0.968.
  basqal_: 0.956,
  chad_guelendeng_clashes_post_: 0.967,
  // The Mariupol Border Guard Detachment 0.866, the Lupareve report 0.955.
  mariupol_border_guard_detachment_: 0.865,
  lupareve_video_report_: 0.954,
  // Uzhhorod International Airport 0.964, the Vashkivtsi post 0.963.
  uzhhorod_international_airport_: 0.963,
  ukraine_vashkivtsi_sawmill_fire_post_: 0.962,
  // Safané 0.929, the Dementiivka report 1.000.
  safané_: 0.928,
  dementiivka_video_report_: 1,
  // Round 314: Nova Odesa 0.983, the Tomashpil post 1.000.
  nova_odesa_: 0.982,
  ukraine_tomashpil_dam_post_: 1,
  // Chinari 1.000, the Pohrebyshche post 1.000.
  chinari_: 1,
  ukraine_pohrebyshche_dam_post_: 1,
  // Al-Harak 0.935, the Novyi Bykiv report 0.913.
  'al-harak_': 0.934,
  novyi_bykiv_video_report_: 0.912,
  // Sadakhlo 0.980, the Am Dam post 0.875.
  sadakhlo_: 0.979,
  chad_am_dam_post_: 0.874,
  // Masally 0.964, the Lityn post 1.000.
  masally_: 0.963,
  ukraine_lityn_substation_post_: 1,
  // Jund al-Aqsa 0.842, the Tissi post 0.870.
  'jund_al-aqsa_': 0.841,
  chad_tissi_raid_post_: 0.869,
  // The Battle of Blahodatne 0.976, the Svesa report 1.000.
  battle_of_blahodatne_: 0.975,
  svesa_video_report_: 1,
  // Chinguetti 0.978, the Savran post 0.971.
  chinguetti_: 0.977,
  ukraine_savran_forest_fire_post_: 0.97,
  // Round 315: Beryslav 0.983, the Borivska Andriivka report 0.980.
  beryslav_: 0.982,
  borivska_andriivka_video_report_: 0.979,
  // Yervandashat 0.927, the Khyriv post 0.857.
  yervandashat_: 0.926,
  ukraine_khyriv_post_: 0.856,
  // Arwad 0.939, the Moudjeria post 0.957.
  arwad_: 0.938,
  mauritania_moudjeria_flood_post_: 0.956,
  // Lanchkhuti 0.958, the Husiatyn post 0.903.
  lanchkhuti_: 0.957,
  ukraine_husiatyn_synagogue_post_: 0.902,
  // Shamakhi 0.984, the Chunyshyne report 0.857.
  shamakhi_: 0.983,
  chunyshyne_video_report_: 0.856,
  // The 336th Guards Naval Infantry Brigade 1.000, the Atmeh post 0.846.
  '336th_guards_naval_infantry_brigade_': 1,
  syria_atmeh_camps_flood_post_: 0.845,
  // Urengoy–Pomary–Uzhhorod pipeline 0.969, the Cinkansé post 1.000.
  'urengoy–pomary–uzhhorod_pipeline_': 0.968,
  burkina_cinkanse_post_: 1,
  // Fianga 0.898, the Teplodar post 1.000.
  fianga_: 0.897,
  ukraine_teplodar_post_: 1,
  // Round 316: Sudova Vyshnia 1.000, the Dargol post 0.880.
  sudova_vyshnia_: 1,
  niger_dargol_post_: 0.879,
  // Bjni 0.985, the Dariivka report 0.951.
  bjni_: 0.984,
  dariivka_video_report_: 0.95,
  // Hass 0.951, the Saqba post 0.960.
  hass__syria_: 0.95,
  syria_saqba_furniture_fire_post_: 0.959,
  // Kvareli 0.920, the Koukou Angarana post 0.897.
  kvareli_: 0.919,
  chad_koukou_angarana_clashes_post_: 0.896,
  // Shaki 1.000, the Pomichna post 0.933.
  shaki_: 1,
  ukraine_pomichna_post_: 0.932,
  // The Eagles of the Whirlwind 0.952, the Odnorobivka report 0.898.
  eagles_of_the_whirlwind_: 0.951,
  odnorobivka_video_report_: 0.897,
  // The Battle of al-Qaryatayn (2017) 0.958, the Novyi Rozdil post 0.966.
  'battle_of_al-qaryatayn__2017__': 0.957,
  ukraine_novyi_rozdil_post_: 0.965,
  // F'Dérik 0.958, the Kolodiazi report 0.979.
  f_dérik_: 0.957,
  kolodiazi_video_report_: 0.978,
  // Round 317: Mena 0.982, the Bohuslav post 0.889.
  mena__ukraine_: 0.981,
  ukraine_bohuslav_post_: 0.888,
  // Shamb 0.976, the Magta-Lahjar post 0.933.
  shamb_: 0.975,
  mauritania_magta_lahjar_fever_post_: 0.932,
  // Al-Tall 0.980, the Moskovka report 1.000.
  'al-tall_': 0.979,
  moskovka_video_report_: 1,
  // Tsalenjikha 0.964, the Rudky post 0.957.
  tsalenjikha_: 0.963,
  ukraine_rudky_crypt_post_: 0.956,
  // Goygol 0.964, the Hadjer Hadid post 0.933.
  goygol_: 0.963,
  chad_hadjer_hadid_cholera_post_: 0.932,
  // The 46th Airmobile Brigade 0.973, the Novomyrhorod post 1.000.
  '46th_airmobile_brigade__ukraine__': 0.972,
  ukraine_novomyrhorod_post_: 1,
  // Sukhumi Babushara Airport 1.000, the Bereznehuvate report 0.979.
  sukhumi_babushara_airport_: 1,
  bereznehuvate_video_report_: 0.978,
  // Poura 0.958, the Bibrka post 0.929.
  poura_: 0.957,
  ukraine_bibrka_water_post_: 0.928,
  // Round 318: Kamianka 0.955, the Malyn post 0.923.
  kamianka__cherkasy_oblast_: 0.954,
  ukraine_malyn_memorial_post_: 0.922,
  // Gosh 0.980, the Uzyn post 0.929.
  gosh__armenia_: 0.979,
  ukraine_uzyn_hospital_post_: 0.928,
  // Al-Kasrah 1.000, the Izbytske report 1.000.
  'al-kasrah_': 1,
  izbytske_video_report_: 1,
  // Marneuli 0.927, the Dykanka post 0.882.
  marneuli_: 0.926,
  ukraine_dykanka_oak_post_: 0.881,
  // Imishli 1.000, the Hnivan post 0.933.
  imishli_: 1,
  ukraine_hnivan_quarry_post_: 0.932,
  // The Levant Front 0.986, the Mandelia post 0.929.
  levant_front_: 0.985,
  chad_mandelia_flood_post_: 0.928,
  // The Battle of Konotop (2022) 0.935, the Matankari post 1.000.
  battle_of_konotop__2022__: 0.934,
  niger_matankari_flood_post_: 1,
  // Ounianga Kébir 1.000, the Mykhailo-Kotsiubynske report 0.947.
  ounianga_kébir_: 1,
  'mykhailo-kotsiubynske_video_report_': 0.946,
  // Round 319: Volodymyr 0.982, the Tavilzhanka report 1.000.
  volodymyr__ukraine_: 0.981,
  tavilzhanka_video_report_: 1,
  // Musaler 0.943, the Dourbali post 1.000.
  musaler_: 0.942,
  chad_dourbali_clashes_post_: 1,
  // Tell Brak 0.979, the Hrebinka post 0.889.
  tell_brak_: 0.978,
  ukraine_hrebinka_post_: 0.888,
  // Zestaponi 0.976, the Orestopil report 0.977.
  zestaponi_: 0.975,
  orestopil_video_report_: 0.976,
  // Khachmaz 0.939, the Pustomyty post 0.963.
  khachmaz_: 0.938,
  ukraine_pustomyty_landfill_post_: 0.962,
  // The 144th Guards Motor Rifle Division 0.957, the Gazaoua post 1.000.
  '144th_guards_motor_rifle_division_': 0.956,
  niger_gazaoua_kidnapping_post_: 1,
  // Aleppo Thermal Power Plant 1.000, the Aspindza post 0.966.
  aleppo_thermal_power_plant_: 1,
  georgia_aspindza_post_: 0.965,
  // Sansanding 0.929, the Putyla post 1.000.
  sansanding_: 0.928,
  ukraine_putyla_flood_post_: 1,
  // Round 320: Shakhtarske 0.939, the Abeïbara post 1.000.
  shakhtarske__dnipropetrovsk_oblast_: 0.938,
  mali_abeibara_post_: 1,
  // Aghdzk 0.979, the Andrushivka post 0.966.
  aghdzk_: 0.978,
  ukraine_andrushivka_chimney_post_: 0.965,
  // Al-Bayda 0.958, the Kolodiazne report 0.714.
  'al-bayda__baniyas_': 0.957,
  kolodiazne_video_report_: 0.713,
  // Khashuri 1.000, the Svitlovodsk post 0.933.
  khashuri_: 1,
  ukraine_svitlovodsk_heating_post_: 0.932,
  // Quzanlı 0.981, the Mogtédo post 0.917.
  quzanlı_: 0.98,
  burkina_mogtedo_mine_collapse_post_: 0.916,
  // The Youth of Sunna Forces 1.000, the Mizhhiria post 0.870.
  youth_of_sunna_forces_: 1,
  ukraine_mizhhiria_hydropower_post_: 0.869,
  // The Battle of Chatoumane 0.970, the Zdvyzhivka report 0.884.
  battle_of_chatoumane_: 0.969,
  zdvyzhivka_video_report_: 0.883,
  // Bir Moghrein 0.951, the Shumsk post 0.857.
  bir_moghrein_: 0.95,
  ukraine_shumsk_post_: 0.856,
  // Round 321: Khorostkiv 0.970, the Velyka Rybytsia report 1.000.
  khorostkiv_: 0.969,
  velyka_rybytsia_video_report_: 1,
  // Semyonovka 0.894, the Kivertsi post 0.938.
  semyonovka_: 0.893,
  ukraine_kivertsi_post_: 0.937,
  // Badama 0.893, the Tskneti post 0.968.
  badama_: 0.892,
  georgia_tskneti_post_: 0.967,
  // Bakhmaro 1.000, the Mbagne post 0.929.
  bakhmaro_: 1,
  mauritania_mbagne_flood_post_: 0.928,
  // Astara 0.939, the Sydorove report 0.905.
  astara__azerbaijan_: 0.938,
  sydorove_video_report_: 0.904,
  // The 115th Territorial Defense Brigade 0.969, the Chechelnyk post 0.857.
  '115th_territorial_defense_brigade_': 0.968,
  ukraine_chechelnyk_elevator_post_: 0.856,
  // Kherson Sea Port 0.952, the R'Kiz post 0.968.
  kherson_sea_port_: 0.951,
  mauritania_rkiz_post_: 0.967,
  // Tamaské 0.917, the Turiisk post 0.957.
  tamaské_: 0.916,
  ukraine_turiisk_post_: 0.956,
  // Round 322: Krasnokutsk 0.986, the Tysmenytsia post 1.000.
  krasnokutsk_: 0.985,
  ukraine_tysmenytsia_fish_kill_post_: 1,
  // Arzni 0.960, the Zolotyi Kolodiaz report 1.000.
  arzni_: 0.959,
  zolotyi_kolodiaz_video_report_: 1,
  // Al-Ziyarah 0.982, the Haraze-Mangueigne post 0.957.
  'al-ziyarah_': 0.981,
  chad_haraze_mangueigne_post_: 0.956,
  // Kaspi 0.920, the Liubar post 0.783.
  kaspi_: 0.919,
  ukraine_liubar_elevator_post_: 0.782,
  // Zaqatala 0.963, the Lanivtsi post 0.970.
  zaqatala_: 0.962,
  ukraine_lanivtsi_post_: 0.969,
  // Harakat Hezbollah al-Nujaba 0.986, the Bermo post 0.917.
  'harakat_hezbollah_al-nujaba_': 0.985,
  niger_bermo_fires_post_: 0.916,
  // The Capture of Zangilan (1993) 0.982, the Vale post 1.000.
  capture_of_zangilan__1993__: 0.981,
  georgia_vale_subsidence_post_: 1,
  // Bilanga 0.906, the Morokhovets report 0.923.
  bilanga_: 0.905,
  morokhovets_video_report_: 0.922,
  // Round 323: Tavriisk 0.943, the Mala Vyska post 1.000.
  tavriisk_: 0.942,
  ukraine_mala_vyska_streets_post_: 1,
  // Lusarat 0.917, the Rozhniativ post 0.833.
  lusarat_: 0.916,
  ukraine_rozhniativ_post_: 0.832,
  // Qanawat 0.943, the Sichneve report 0.955.
  qanawat_: 0.942,
  sichneve_video_report_: 0.954,
  // Khoni 0.976, the Tamchekett post 1.000.
  khoni_: 0.975,
  mauritania_tamchekett_post_: 1,
  // Dallar 0.941, the Nabran post 1.000.
  dallar_: 0.94,
  azerbaijan_nabran_post_: 1,
  // The Chervona Kalyna Brigade 0.939, the Nova Sloboda report 1.000.
  chervona_kalyna_brigade_: 0.938,
  nova_sloboda_video_report_: 1,
  // Samendéni Dam 0.836, the Hlyniany post 1.000.
  samendéni_dam_: 0.835,
  ukraine_hlyniany_post_: 1,
  // Fada 0.920, the Bonkoukou post 1.000.
  fada__chad_: 0.919,
  niger_bonkoukou_post_: 1,
};
