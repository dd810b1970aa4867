/** Floors of our own articles from rounds 324 on, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_324_ON_FLOORS: Record<string, number> = {
  // Round 324: Kalynivka 0.984, the Barkéol post 1.000.
  kalynivka__vinnytsia_oblast_: 0.983,
  mauritania_barkeol_post_: 1,
  // Lermontovo 0.933, the Chervonyi Mayak report 0.846.
  lermontovo_: 0.932,
  chervonyi_mayak_video_report_: 0.845,
  // Al-Bahluliyah 0.974, the Vyhoda post 1.000.
  'al-bahluliyah_': 0.973,
  ukraine_vyhoda_railway_post_: 1,
  // Keda 1.000, the Kajaran post 0.966.
  keda_: 1,
  armenia_kajaran_snow_post_: 0.965,
  // Narimanabad 0.945, the Belbédji post 1.000.
  narimanabad_: 0.944,
  niger_belbedji_kidnapping_post_: 1,
  // The Manbij Military Council 0.974, the Pervomaiskyi post 0.889.
  manbij_military_council_: 0.973,
  ukraine_pervomaiskyi_water_post_: 0.888,
  // The Siege of Base 46 1.000, the Ulakly report 0.981.
  siege_of_base_46_: 1,
  ulakly_video_report_: 0.98,
  // Nouadhibou 0.868, the Kozelshchyna post 0.944.
  nouadhibou_: 0.867,
  ukraine_kozelshchyna_convent_post_: 0.943,
};
