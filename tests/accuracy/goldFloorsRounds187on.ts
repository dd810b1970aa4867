/** Floors of our own articles from rounds 187 on, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_187_ON_FLOORS: Record<string, number> = {
  // Round 187: Tal Shihab 1.000, the Vilkhuvatka report 0.950.
  tal_shihab_: 1,
  vilkhuvatka_video_report_: 0.949,
  // Kafr Rumma 0.984, the Botou attacks post 0.882 (its JNIM link definition mended to the dataset's double quotes
  // around a title with an apostrophe; as the helper wrote it, the block of definitions was text and the post scored 0.706).
  kafr_rumma_: 0.983,
  burkina_botou_attacks_post_: 0.881,
  // Verishen 1.000, the Dniprorudne water post 0.941.
  verishen_: 1,
  zaporizhzhia_dniprorudne_water_post_: 0.94,
  // Prylipka 0.984, the Baléyara market post 0.944.
  prylipka_: 0.983,
  niger_baleyara_market_post_: 0.943,
  // Round 188: Beit Saber 1.000, the Prokhody report 1.000.
  beit_saber_: 1,
  prokhody_video_report_: 1,
  // The Bartiébougou attack 0.979, the Karahunj refugees post 1.000.
  bartiebougou_attack_: 0.978,
  armenia_karahunj_refugees_post_: 1,
  // Namer 0.984, the Kushuhum report 1.000.
  namer_: 0.983,
  kushuhum_video_report_: 1,
  // Shikahogh 0.980, the Tondikiwindi attacks post 1.000.
  shikahogh_: 0.979,
  niger_tondikiwindi_attacks_post_: 1,
};
