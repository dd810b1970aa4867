/** Floors of our own articles from rounds 241 to 265, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_241_TO_265_FLOORS: Record<string, number> = {
  // Round 241: Harakat Hazm 0.981, the Zhuravlyovka post 1.000.
  harakat_hazm_: 0.98,
  belgorod_zhuravlyovka_post_: 1,
  // Nyrkove 0.983, the Nahtah post 0.966.
  nyrkove_: 0.982,
  syria_nahtah_post_: 0.965,
  // The Desert Hawks Brigade 1.000, the Duwayrikah post 1.000.
  desert_hawks_brigade_: 1,
  syria_duwayrikah_post_: 1,
  // Artsvaberd 0.984, the Berkhivka report 0.976.
  artsvaberd_: 0.983,
  berkhivka_video_report_: 0.975,
  // Round 242: the Khalid ibn al-Walid Army 0.968, the Vazashen post 1.000.
  'khalid_ibn_al-walid_army_': 0.967,
  armenia_vazashen_post_: 1,
  // The Hospitallers 1.000, the Zimtenga post 0.929.
  hospitallers_battalion_: 1,
  burkina_zimtanga_post_: 0.928,
  // Nakhichevanik 1.000 (the Paravakar post not written: the set has one, the Tavush demining post, whose file name does not say).
  nakhichevanik_: 1,
  // Al-Shafah 0.984, the Paraskoviivka report 0.811.
  'al-shafah_': 0.983,
  paraskoviivka_video_report_: 0.81,
  // Round 243: Morozovsk air base 0.983, the Chinchin post 0.909.
  morozovsk_air_base_: 0.982,
  armenia_chinchin_post_: 0.908,
  // Liwa al-Baqir 0.951, the Novoshakhtinsk post 0.976.
  'liwa_al-baqir_': 0.95,
  rostov_novoshakhtinsk_post_: 0.975,
  // Minkivka 0.966, the Syzran post 1.000.
  minkivka_: 0.965,
  russia_syzran_refinery_post_: 1,
  // Belbek air base 0.951, the Pidhorodne report 1.000.
  belbek_air_base_: 0.95,
  pidhorodne_video_report_: 1,
  // Round 244: the Lions of the East Army 1.000, the Taganrog post 1.000.
  lions_of_the_east_army_: 1,
  russia_taganrog_post_: 1,
  // The Novokuibyshevsk refinery 1.000 (the Baghanis post not written: the set has a post on the village spelled Baganis).
  novokuibyshevsk_refinery_: 1,
  // The Prizrak Brigade 1.000, the Tchirozérine post 1.000.
  prizrak_brigade_: 1,
  niger_tchirozerine_post_: 1,
  // Bakhmutske 0.983, the Marinovka report 0.897.
  bakhmutske_: 0.982,
  marinovka_air_base_video_report_: 0.896,
  // Round 245: Storm-Z 0.979, the Millerovo post 0.917.
  'storm-z_': 0.978,
  rostov_millerovo_post_: 0.916,
  // Markove 0.968, the Borisoglebsk post 1.000.
  markove_: 0.967,
  voronezh_borisoglebsk_post_: 1,
  // The Turkistan Islamic Party in Syria 0.984, the Slavyansk-na-Kubani post 1.000.
  turkistan_islamic_party_in_syria_: 0.983,
  russia_slavyansk_refinery_post_: 1,
  // Kryva Luka 1.000, the Shchurove report 1.000.
  kryva_luka_: 1,
  shchurove_video_report_: 1,
  // Round 246: Lake Donuzlav 0.982, the Kushchyovskaya post 0.970.
  lake_donuzlav_: 0.981,
  krasnodar_kushchyovskaya_post_: 0.969,
  // Tymkivka 1.000, the Lipetsk post 0.909.
  tymkivka_: 1,
  russia_lipetsk_post_: 0.908,
  // Hvardiiske air base 1.000, the Savasleyka post 0.909.
  hvardiiske_air_base_: 1,
  russia_savasleyka_post_: 0.908,
  // Orlianka 0.982, the Espanola report 0.971.
  orlianka_: 0.981,
  espanola_battalion_video_report_: 0.97,
  // Round 247: Henichesk 0.984, the Vylkove post 0.957.
  henichesk_: 0.983,
  odesa_vylkove_post_: 0.956,
  // The Kerch ferry line 0.947, the Bashtanka post 0.968.
  kerch_ferry_line_: 0.946,
  mykolaiv_bashtanka_post_: 0.967,
  // Skadovsk 0.984, the Novorossiysk post 0.966.
  skadovsk_: 0.983,
  russia_novorossiysk_post_: 0.965,
  // The Volgograd refinery 0.982, the Zolota Balka report 1.000.
  volgograd_refinery_: 0.981,
  zolota_balka_video_report_: 1,
  // Round 248: Dzharylhach 0.978, the Artsyz post 1.000.
  dzharylhach_: 0.977,
  odesa_artsyz_post_: 1,
  // Kirovske airfield 1.000, the Koblevo post 0.929.
  kirovske_airfield_: 1,
  mykolaiv_koblevo_post_: 0.928,
  // Mykolaiv port 0.947, the Arabat Spit post 1.000.
  mykolaiv_port_: 0.946,
  kherson_arabat_spit_post_: 1,
  // Muzykivka 1.000, the Burhunka report 1.000.
  muzykivka_: 1,
  burhunka_video_report_: 1,
  // Round 249: the Luhansk power plant 1.000, the Bilmak post 1.000.
  luhansk_thermal_power_plant_: 1,
  zaporizhzhia_bilmak_post_: 1,
  // The Siverskyi Donets–Donbas canal 0.983, the Velyka Lepetykha post 0.941.
  siverskyi_donets_donbas_canal_: 0.982,
  kherson_velyka_lepetykha_post_: 0.94,
  // Nyzhni Sirohozy 1.000, the Charentsavan post 1.000.
  nyzhni_sirohozy_: 1,
  armenia_charentsavan_post_: 1,
  // The Birds of Magyar 1.000, the Hornostaivka report 0.950.
  birds_of_magyar_: 1,
  hornostaivka_video_report_: 0.949,
  // Round 250: the Zaporizhzhia power plant 0.983, the Karachunivske post 1.000.
  zaporizhzhia_thermal_power_plant_: 0.982,
  kryvyi_rih_karachunivske_post_: 1,
  // The Lyut Brigade 0.983, the Bongor post 0.966.
  lyut_brigade_: 0.982,
  chad_bongor_post_: 0.965,
  // The Kakhovka Main Canal 0.982 (the Martuni post not written: the set has a post on that town, the Sevan fishing post).
  kakhovka_main_canal_: 0.981,
  // The Sloviansk power plant 1.000, the Pokrovske report 0.974.
  sloviansk_thermal_power_plant_: 1,
  pokrovske_video_report_: 0.973,
  // Round 251: the Prydniprovska power plant 1.000, the Yuzhnoukrainsk post 1.000.
  prydniprovska_thermal_power_plant_: 1,
  mykolaiv_yuzhnoukrainsk_post_: 1,
  // The Kremenchuk hydroelectric plant 0.949, the Novodnistrovsk post 0.966.
  kremenchuk_hydroelectric_power_plant_: 0.948,
  chernivtsi_novodnistrovsk_post_: 0.965,
  // Round 252: the Khmelnytskyi nuclear plant 0.983, the Ust-Dunaisk post 0.960.
  khmelnytskyi_nuclear_power_plant_: 0.982,
  odesa_ust_dunaisk_post_: 0.959,
  // Pivdennyi port 0.983, the Kyiv hydroelectric plant report 0.974.
  pivdennyi_port_: 0.982,
  kyiv_hydroelectric_plant_video_report_: 0.973,
  // Round 253: the Rivne nuclear plant 1.000, the Synelnykove post 1.000.
  rivne_nuclear_power_plant_: 1,
  dnipropetrovsk_synelnykove_post_: 1,
  // Jaysh al-Sunna 1.000, the Akhaltsikhe post 0.966.
  'jaysh_al-sunna_': 1,
  georgia_akhaltsikhe_post_: 0.965,
  // Ahrar al-Sharqiya 0.968; its pair, a report on the Kurakhove reservoir, was not written: the set has it as the Kurakhove dam report.
  'ahrar_al-sharqiya_': 0.967,
  // The Kalmius battalion 1.000, the Bolnisi post 1.000.
  kalmius_battalion_: 1,
  georgia_bolnisi_post_: 1,
  // Round 254: the Zainabiyoun Brigade 0.982, the Siyazan post 1.000.
  zainabiyoun_brigade_: 0.981,
  azerbaijan_siyazan_post_: 1,
  // The Rubikon unit 0.941, the Zelenodolsk post 1.000.
  rubikon_unit_: 0.94,
  dnipropetrovsk_zelenodolsk_post_: 1,
  // Sofiivka 0.967, the Apostolove report 0.905.
  sofiivka_: 0.966,
  apostolove_video_report_: 0.904,
  // Talin 0.929, the Koulikoro post 1.000.
  talin_: 0.928,
  mali_koulikoro_post_: 1,
  // Round 255: Liwa al-Tawhid 1.000, the Vasylkiv post 0.963.
  'liwa_al-tawhid_': 1,
  kyiv_vasylkiv_post_: 0.962,
  // The Zenki movement 0.983, the Barda post 1.000.
  'nour_al-din_al-zenki_movement_': 0.982,
  azerbaijan_barda_post_: 1,
  // The Sparta battalion 1.000, the Berdychiv report 1.000.
  sparta_battalion_: 1,
  berdychiv_video_report_: 1,
  // The Ukrainian Volunteer Corps 0.983, the Kamianets-Podilskyi post 0.963.
  ukrainian_volunteer_corps_: 0.982,
  khmelnytskyi_kamianets_podilskyi_post_: 0.962,
  // Round 256: MUJAO 0.952, the Mtskheta post 0.970.
  movement_for_oneness_and_jihad_in_west_africa_: 0.951,
  georgia_mtskheta_post_: 0.969,
  // Liwa Abu al-Fadl al-Abbas 0.982, the Armavir post 1.000.
  'liwa_abu_al-fadl_al-abbas_': 0.981,
  armenia_armavir_post_: 1,
  // Drohobych 1.000, the Shepetivka railway report 0.968.
  drohobych_: 1,
  shepetivka_railway_video_report_: 0.967,
  // The Somalia battalion 1.000, the Yelimane post 0.923.
  somalia_battalion_: 1,
  mali_yelimane_post_: 0.922,
  // Round 257: the Nasib crossing 0.931, the Tuapse post 0.882.
  nasib_border_crossing_: 0.93,
  russia_tuapse_post_: 0.881,
  // The Engels air base 1.000, the Markala post 1.000.
  engels_air_base_: 1,
  mali_markala_post_: 1,
  // The Tadmur prison 0.982, the Saratov refinery report 1.000.
  tadmur_prison_: 0.981,
  saratov_refinery_video_report_: 1,
  // The Selingue dam 1.000, the Ust-Luga post 1.000.
  selingue_dam_: 1,
  russia_ust_luga_post_: 1,
  // Round 258: the Bagre dam 0.926, the Primorsk post 0.923.
  bagre_dam_: 0.925,
  russia_primorsk_post_: 0.922,
  // al-Habit 1.000, the Yeysk post 0.960.
  'al-habit_': 1,
  russia_yeysk_post_: 0.959,
  // The Jirah air base 1.000, the Afipsky refinery report 0.974.
  jirah_air_base_: 1,
  afipsky_refinery_video_report_: 0.973,
  // The Odesa refinery 1.000, the Ziniare post 0.963.
  odesa_oil_refinery_: 1,
  burkina_ziniare_post_: 0.962,
  // Round 259: the Kostiantynivka glass works 0.949, the Karachayevsk post 1.000.
  kostiantynivka_glass_works_: 0.948,
  karachay_cherkessia_karachayevsk_post_: 1,
  // Sharur 1.000, the Sernovodsk post 1.000.
  sharur_: 1,
  chechnya_sernovodsk_post_: 1,
  // Teberda 0.983, the Kostiantynivka station report 1.000.
  teberda_: 0.982,
  kostiantynivka_station_video_report_: 1,
  // Ardon 0.983, the Digora post 0.917.
  ardon_: 0.982,
  north_ossetia_digora_post_: 0.916,
  // Round 260: the battle of Rasm al-Abboud 0.983, the Pryluky post 1.000.
  'battle_of_rasm_al-abboud_': 0.982,
  chernihiv_pryluky_post_: 1,
  // Tukhchar 1.000, the Lebedyn post 1.000.
  tukhchar_: 1,
  sumy_lebedyn_post_: 1,
  // The battle of Shatoy 1.000, the Zhmerynka report 0.974.
  battle_of_shatoy_: 1,
  zhmerynka_video_report_: 0.973,
  // The Takanamat attack 0.980, the Ostroh post 0.917.
  takanamat_attack_: 0.979,
  rivne_ostroh_post_: 0.916,
  // Round 261: Dolinsky 1.000, the Haisyn post 1.000.
  dolinsky_: 1,
  vinnytsia_haisyn_post_: 1,
  // Tin-Hama 0.984, the Goragorsky post 1.000.
  'tin-hama_': 0.983,
  chechnya_goragorsky_post_: 1,
  // Rodynske 1.000, the Nizhyn report 0.952.
  rodynske_: 1,
  nizhyn_video_report_: 0.951,
  // Raihorodok 0.984, the Kokorou post 1.000.
  raihorodok_: 0.983,
  niger_kokorou_post_: 1,
  // Round 262: the 79th Air Assault Brigade 0.968, the Romny post 1.000.
  '79th_air_assault_brigade_': 0.967,
  sumy_romny_post_: 1,
  // The 810th Naval Infantry Brigade 0.984, the Valky post 0.963.
  '810th_naval_infantry_brigade_': 0.983,
  kharkiv_valky_post_: 0.962,
  // The Fifth Corps 1.000, the Bakhmach report 0.971.
  fifth_corps__syria__: 1,
  bakhmach_video_report_: 0.97,
  // Burkina Faso's Rapid Intervention Battalions 0.951, the Koriukivka post 0.923.
  rapid_intervention_battalions_: 0.95,
  chernihiv_koriukivka_post_: 0.922,
  // Round 263: Khirbet al-Joz 0.983, the Kozelets post 1.000.
  'khirbet_al-joz_': 0.982,
  chernihiv_kozelets_post_: 1,
  // Hamdallaye 0.967, the Jalilabad post 0.917.
  hamdallaye_: 0.966,
  azerbaijan_jalilabad_post_: 0.916,
  // Qadmus 0.983, the Horodnia report 0.976.
  qadmus_: 0.982,
  horodnia_video_report_: 0.975,
  // Pobjeda 1.000, the Kurdamir post 0.929.
  pobjeda_: 1,
  azerbaijan_kurdamir_post_: 0.928,
  // Round 264: the Starokostiantyniv air base 1.000, the Tulchyn post 1.000.
  starokostiantyniv_air_base_: 1,
  vinnytsia_tulchyn_post_: 1,
  // The Houndé post 1.000; its pair, an article on Kinsafra, was not written: the set has it as Kansafra.
  burkina_hounde_post_: 1,
  // Deir Sunbul 0.966, the Koziatyn report 0.629 (scored at cacbc365; d765ae0e, read from it, raised it).
  deir_sunbul_: 0.965,
  koziatyn_video_report_: 0.628,
  // Guidan Roumdji 0.949, the Slavuta post 0.966.
  guidan_roumdji_: 0.948,
  khmelnytskyi_slavuta_post_: 0.965,
  // Round 265: Yardimli 0.967, the Boromo post 0.917.
  yardimli_: 0.966,
  burkina_boromo_post_: 0.916,
  // Kremenets 0.967, the Mayahi post 0.846.
  kremenets_: 0.966,
  niger_mayahi_post_: 0.845,
  // Berestechko 1.000, the Dubno report 0.933.
  berestechko_: 1,
  dubno_video_report_: 0.932,
  // Dubrovytsia 0.983, the Agsu post 0.971.
  dubrovytsia_: 0.982,
  azerbaijan_agsu_post_: 0.97,
};
