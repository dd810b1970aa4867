/** Floors of our own articles from rounds 266 on, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_266_ON_FLOORS: Record<string, number> = {
  // Round 266: Aparan 0.982, the Hajigabul post 0.963.
  aparan_: 0.981,
  azerbaijan_hajigabul_post_: 0.962,
  // Tskaltubo 0.980, the Pouytenga post 1.000.
  tskaltubo_: 0.979,
  burkina_pouytenga_post_: 1,
  // Neftchala 0.983, the Shalyhyne report 0.950.
  neftchala_: 0.982,
  shalyhyne_video_report_: 0.949,
  // Birni N'Gaouré 0.933, the Lanchkhuti post 0.929.
  birni_ngaoure_: 0.932,
  georgia_lanchkhuti_post_: 0.928,
  // Round 267: Khmilnyk 1.000, the Zardab post 0.923.
  khmilnyk_: 1,
  azerbaijan_zardab_post_: 0.922,
  // Kafr Uwayd 0.983, the Manevychi post 0.963.
  kafr_uwayd_: 0.982,
  volyn_manevychi_post_: 0.962,
  // Izyaslav 1.000, the Kurylivka report 0.895.
  izyaslav_: 1,
  kurylivka_video_report_: 0.894,
  // Saatli 0.931, the Garango post 0.909.
  saatli_: 0.93,
  burkina_garango_post_: 0.908,
  // Round 268: Harem 0.982, the Imishli post 1.000.
  harem_: 0.981,
  azerbaijan_imishli_post_: 1,
  // Armanaz 0.983, the Rokytne post 0.966.
  armanaz_: 0.982,
  rivne_rokytne_post_: 0.965,
  // Hardatnin 0.983, the Radyvyliv report 0.947.
  hardatnin_: 0.982,
  radyvyliv_video_report_: 0.946,
  // Salyan 1.000, the Horokhiv post 1.000.
  salyan_: 1,
  volyn_horokhiv_post_: 1,
  // Round 269: Beylagan 0.982, the Ratne post 1.000.
  beylagan_: 0.981,
  volyn_ratne_post_: 1,
  // Mayer 0.931, the Sapouy post 1.000.
  mayer_: 0.93,
  burkina_sapouy_post_: 1,
  // Novovolynsk 0.947, the Ratyan report 0.950.
  novovolynsk_: 0.946,
  ratyan_video_report_: 0.949,
  // Sokal 1.000, the Ujar post 1.000.
  sokal_: 1,
  azerbaijan_ujar_post_: 1,
  // Round 270: the Armenian nuclear plant 0.982, the Samtredia post 0.917.
  armenian_nuclear_power_plant_: 0.981,
  georgia_samtredia_post_: 0.916,
  // Akhtala 0.983, the Terjola post 0.917.
  akhtala_: 0.982,
  georgia_terjola_post_: 0.916,
  // Vagharshapat 0.931; its pair, a report on Bilozerske, was not written: the set has the Bilozerske mine report.
  vagharshapat_: 0.93,
  // Maarat Misrin 0.983, the Dioïla post 0.938.
  maarat_misrin_: 0.982,
  mali_dioila_post_: 0.937,
  // Round 271: Kharagauli 0.983, the Say post 0.909.
  kharagauli_: 0.982,
  niger_say_post_: 0.908,
  // Tumanyan 0.983, the Réo post 0.909.
  tumanyan_: 0.982,
  burkina_reo_post_: 0.908,
  // Tsaghkadzor 0.968; its pair, a report on Druzhkivka, was not written: the set has the Druzhkivka market report.
  tsaghkadzor_: 0.967,
  // Metsamor 0.941, the Bla post 0.880.
  metsamor_: 0.94,
  mali_bla_post_: 0.879,
  // Round 272: Polonne 0.985, the Yahotyn report 0.919.
  polonne_: 0.984,
  yahotyn_video_report_: 0.918,
  // Kostopil 0.984, the Shatsk post 1.000.
  kostopil_: 0.983,
  ukraine_shatsk_post_: 1,
  // Yeghvard 1.000, the Nor Hachn post 1.000.
  yeghvard_: 1,
  armenia_nor_hachn_post_: 1,
  // The Dano post 1.000; its pair, Kafrouma, was not written: its helper found the set has the town as Kafr Rumma.
  burkina_dano_post_: 1,
  // The Dnipro-1 Regiment 0.938, the Ichnia report 0.933.
  dnipro_1_regiment_: 0.937,
  ichnia_video_report_: 0.932,
  // Mohyliv-Podilskyi 0.969, the Léo post 1.000.
  'mohyliv-podilskyi_': 0.968,
  burkina_leo_post_: 1,
  // Zolotonosha 0.968, the Byureghavan post 0.941.
  zolotonosha_: 0.967,
  armenia_byureghavan_post_: 0.94,
  // Busk 0.984, the Borzna report 1.000.
  busk_: 0.983,
  borzna_video_report_: 1,
  // Round 273: Korets 0.984, the Zdolbuniv report 1.000.
  korets_: 0.983,
  zdolbuniv_video_report_: 1,
  // The Battle of Moshchun 0.985, the Berezne post 0.966.
  battle_of_moshchun_: 0.984,
  ukraine_berezne_post_: 0.965,
  // The Sheikh Mansur Battalion 0.984, the Maralik post 1.000.
  sheikh_mansur_battalion_: 0.983,
  armenia_maralik_post_: 1,
  // The Sultan Suleyman Shah Brigade 0.984, the Bab al-Salameh post 1.000.
  sultan_suleyman_shah_brigade_: 0.983,
  syria_bab_al_salameh_post_: 1,
  // Pereiaslav 0.952, the Mirriah post 0.968.
  pereiaslav_: 0.951,
  niger_mirriah_post_: 0.967,
  // Sheptytskyi 0.984, the Lokachi post 0.966.
  sheptytskyi_: 0.983,
  ukraine_lokachi_post_: 0.965,
  // Bobrovytsia 1.000, the Snovsk report 1.000.
  bobrovytsia_: 1,
  snovsk_video_report_: 1,
  // Jindires 0.984, Sighnaghi 0.982.
  jindires_: 0.983,
  sighnaghi_: 0.981,
  // Round 274: Chortkiv 0.968, the Novhorod-Siverskyi report 0.941.
  chortkiv_: 0.967,
  'novhorod-siverskyi_video_report_': 0.94,
  // Berezhany 1.000, the Kalush post 1.000.
  berezhany_: 1,
  ukraine_kalush_post_: 1,
  // Zalishchyky 0.969, the Stanislav report 0.980.
  zalishchyky_: 0.968,
  stanislav_video_report_: 0.979,
  // Rohatyn 0.939, the Ripky post 0.968.
  rohatyn_: 0.938,
  ukraine_ripky_post_: 0.967,
  // Qazax 0.984, the Ashotsk post 0.938.
  qazax_: 0.983,
  armenia_ashotsk_post_: 0.937,
  // Novovorontsovka 1.000, the Bol post 1.000.
  novovorontsovka_: 1,
  chad_bol_post_: 1,
  // Bassikounou 0.935; its pair, a post on Mainé-Soroa, was not written: the set has the Mainé-Soroa camp post.
  bassikounou_: 0.934,
  // Ergneti 0.968, the Dvani post 1.000.
  ergneti_: 0.967,
  georgia_dvani_post_: 1,
  // Round 275: Monastyryska 0.939; its pair, a report on Bohatyr, was not written: the set has the village as Bahatyr.
  monastyryska_: 0.938,
  // Pidhaitsi 1.000, the Nadvirna post 0.882.
  pidhaitsi_: 1,
  ukraine_nadvirna_post_: 0.881,
  // Bolekhiv 0.985, the Rozdolne report 0.977.
  bolekhiv_: 0.984,
  rozdolne_video_report_: 0.976,
  // Sniatyn 1.000, the Shabran post 1.000.
  sniatyn_: 1,
  azerbaijan_shabran_post_: 1,
  // Al-Lataminah 0.969, the Horodenka post 1.000.
  latamneh_: 0.968,
  ukraine_horodenka_post_: 1,
  // Aghdash 0.941, the Vyzhnytsia post 1.000.
  aghdash_: 0.94,
  ukraine_vyzhnytsia_post_: 1,
  // Zbarazh 1.000, the Tornado Battalion 0.947.
  zbarazh_: 1,
  tornado_battalion_: 0.946,
  // Jaysh al-Mujahideen 1.000, the Storozhynets post 1.000.
  'jaysh_al-mujahideen_': 1,
  ukraine_storozhynets_post_: 1,
  // Round 276: The South Ukraine nuclear plant 0.984, the Tlumach post 1.000.
  south_ukraine_nuclear_power_plant_: 0.983,
  ukraine_tlumach_post_: 1,
  // The Homs refinery 0.968, the Chokhatauri post 0.923.
  homs_refinery_: 0.967,
  georgia_chokhatauri_post_: 0.922,
  // The Enguri Dam 0.969, the Kitsman post 0.966.
  enguri_dam_: 0.968,
  ukraine_kitsman_post_: 0.965,
  // The Baku–Tbilisi–Ceyhan pipeline 1.000, the Dmanisi post 0.970.
  'baku-tbilisi-ceyhan_pipeline_': 1,
  georgia_dmanisi_post_: 0.969,
  // Taoudenni 0.952; its pair, Talkalakh, was not written: its helper found the set has a post on the town (Tal Kalakh).
  taoudeni_: 0.951,
  // Baghdati 0.969, the Novoselytsia post 1.000.
  baghdati_: 0.968,
  ukraine_novoselytsia_post_: 1,
  // Aspindza 0.966, the Ohirtseve report 0.936.
  aspindza_: 0.965,
  ohirtseve_video_report_: 0.935,
  // Tetritskaro 1.000, the Sokil report 0.955.
  tetritskaro_: 1,
  sokil_video_report_: 0.954,
  // Round 277: The Malokaterynivka report 0.960, the Tsageri post 1.000.
  malokaterynivka_video_report_: 0.959,
  georgia_tsageri_post_: 1,
  // The Sadove report 0.960, the Lentekhi post 0.933.
  sadove_video_report_: 0.959,
  georgia_lentekhi_post_: 0.932,
  // The Tokarivka report 1.000, the Adigeni post 1.000.
  tokarivka_video_report_: 1,
  georgia_adigeni_post_: 1,
  // The Nevske report 1.000, the Bakuriani post 1.000.
  nevske_video_report_: 1,
  georgia_bakuriani_post_: 1,
  // Kareli 0.968, the Khobi post 1.000.
  kareli_: 0.967,
  georgia_khobi_post_: 1,
  // The Borshchiv post 1.000, the Khotyn post 0.971.
  ukraine_borshchiv_post_: 1,
  ukraine_khotyn_post_: 0.97,
  // The Buchach post 0.966, the Terebovlia post 0.970.
  ukraine_buchach_post_: 0.965,
  ukraine_terebovlia_post_: 0.969,
  // The Moussoro post 1.000, the Kiffa post 1.000.
  chad_moussoro_post_: 1,
  mauritania_kiffa_post_: 1,
  // Round 278: The 200th Motor Rifle Brigade 0.938, the Kolomyia post 0.857.
  '200th_motor_rifle_brigade_': 0.937,
  ukraine_kolomyia_post_: 0.856,
  // The 64th Motor Rifle Brigade 0.954, the Manglisi post 1.000.
  '64th_motor_rifle_brigade_': 0.953,
  georgia_manglisi_post_: 1,
  // The 128th Mountain Assault Brigade 0.938, the Abastumani post 0.882.
  '128th_mountain_assault_brigade_': 0.937,
  georgia_abastumani_post_: 0.881,
  // The 95th Air Assault Brigade 0.938, the Dolyna post 1.000.
  '95th_air_assault_brigade_': 0.937,
  ukraine_dolyna_post_: 1,
  // The 58th Combined Arms Army 0.969, the Baga Sola post 1.000.
  '58th_combined_arms_army_': 0.968,
  chad_baga_sola_post_: 1,
  // The 10th Mountain Assault Brigade 0.969, the Ngouboua post 0.929.
  '10th_mountain_assault_brigade_': 0.968,
  chad_ngouboua_post_: 0.928,
  // The 53rd Anti-Aircraft Missile Brigade 0.955, the Aioun post 1.000.
  '53rd_anti-aircraft_missile_brigade_': 0.954,
  mauritania_aioun_post_: 1,
  // The 30th Mechanized Brigade 1.000, the Néma post 0.897.
  '30th_mechanized_brigade_': 1,
  mauritania_nema_post_: 0.896,
  // Round 279: Sambir 0.969, the Truskavets post 0.923.
  sambir_: 0.968,
  ukraine_truskavets_post_: 0.922,
  // Stryi 0.984, the Boryslav post 1.000.
  stryi_: 0.983,
  ukraine_boryslav_post_: 1,
  // Brody 0.969, the Zhydachiv post 1.000.
  brody_: 0.968,
  ukraine_zhydachiv_post_: 1,
  // Yavoriv 1.000, the Mostyska post 0.963.
  yavoriv_: 1,
  ukraine_mostyska_post_: 0.962,
  // Zhovkva 0.970, the Skole post 0.963.
  zhovkva_: 0.969,
  ukraine_skole_post_: 0.962,
  // Radekhiv 1.000, the Turka post 1.000.
  radekhiv_: 1,
  ukraine_turka_post_: 1,
  // Peremyshliany 0.968, the Khodoriv post 1.000.
  peremyshliany_: 0.967,
  ukraine_khodoriv_post_: 1,
  // Rava-Ruska 1.000, the Staryi Sambir post 1.000.
  'rava-ruska_': 1,
  ukraine_staryi_sambir_post_: 1,
  // Round 280: Krolevets 0.949, the Berd post 1.000.
  krolevets_: 0.948,
  armenia_berd_walls_post_: 1,
  // Agarak 1.000, the Lokhvytsia post 0.938.
  agarak_: 1,
  ukraine_lokhvytsia_post_: 0.937,
  // Al-Tremseh 0.926, the Niangoloko post 1.000.
  'al-tremseh_': 0.925,
  burkina_niangoloko_post_: 1,
  // Surami 1.000, the Goygol post 0.971.
  surami_: 1,
  azerbaijan_goygol_forest_fire_post_: 0.97,
  // The 126th Coastal Defence Brigade 0.986, the Shuakhevi post 0.968.
  '126th_coastal_defence_brigade_': 0.985,
  georgia_shuakhevi_post_: 0.967,
  // The Battle of al-Hasakah (2016) 1.000, the Hoptivka report 1.000.
  'battle_of_al-hasakah__2016__': 1,
  hoptivka_video_report_: 1,
  // Dnipro International Airport 1.000, the Komyshuvakha report 0.982.
  dnipro_international_airport_: 1,
  komyshuvakha_video_report_: 0.981,
  // Mangalmé 0.980, the Kimparana post 0.938.
  mangalmé_: 0.979,
  mali_kimparana_bridge_post_: 0.937,
};
