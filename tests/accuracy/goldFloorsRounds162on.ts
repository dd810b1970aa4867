/** Floors of our own articles from rounds 162 on, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_162_ON_FLOORS: Record<string, number> = {
  // Round 162: the 2019 Inekar attack 0.976, the Sunzha bridge post 1.000.
  '2019_inekar_attack_': 0.975,
  ingushetia_sunzha_bridge_post_: 1,
  // The Fafa ambush 1.000, the Hryshyne report 0.900.
  fafa_ambush_: 1,
  hryshyne_video_report_: 0.899,
  // The Ismayilli bus post 1.000, the Battle of Ma'arzaf 0.950.
  azerbaijan_ismayilli_bus_post_: 1,
  battle_of_maarzaf_: 0.949,
  // The Battle of Hasraya 1.000, the Sokolo health post 1.000.
  battle_of_hasraya_: 1,
  mali_sokolo_health_post_: 1,
  // Round 163: the 2022 Lerneb attack 1.000, the Tymofiivka report 1.000.
  '2022_lerneb_attack_': 1,
  tymofiivka_video_report_: 1,
  // The 2014 Grozny clashes 1.000, the Bilasuvar cotton post 0.941.
  '2014_grozny_clashes_': 1,
  azerbaijan_bilasuvar_cotton_post_: 0.94,
  // The Battle of Murak 0.976, the Tianeti school bus post 1.000.
  battle_of_murak_: 0.975,
  georgia_tianeti_school_bus_post_: 1,
  // The Battle of Tamarasheni 0.976, the Sukhyi Yar report 0.952.
  battle_of_tamarasheni_: 0.975,
  sukhyi_yar_video_report_: 0.951,
};
