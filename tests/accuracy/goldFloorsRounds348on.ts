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
};
