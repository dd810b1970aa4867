/** Floors of our own articles from rounds 336 on, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_336_ON_FLOORS: Record<string, number> = {
  // Round 336: Samar 0.933, the Kotelva post 1.000.
  samar__ukraine_: 0.932,
  ukraine_kotelva_gas_post_: 1,
  // Garni 0.958, the Siribala post 0.968.
  garni_: 0.957,
  mali_siribala_sugar_post_: 0.967,
  // Jillin 0.915, the Vapniarka post 1.000.
  jillin_: 0.914,
  ukraine_vapniarka_substation_post_: 1,
  // Kvishkheti 1.000, the Verkhnia Tersa report 0.913.
  kvishkheti_: 1,
  verkhnia_tersa_video_report_: 0.912,
  // Qubadli 0.981, the Velykyi Bychkiv post 0.963.
  qubadli_: 0.98,
  ukraine_velykyi_bychkiv_fire_post_: 0.962,
  // Jaysh al-Ummah 0.981, the Nossombougou post 0.875.
  'jaysh_al-ummah_': 0.98,
  mali_nossombougou_flood_post_: 0.874,
  // Kharkiv TPP-5 0.960, the Zherebianky report 0.966.
  'kharkiv_tpp-5_': 0.959,
  zherebianky_video_report_: 0.965,
  // Timia 0.947, the Sheikh al-Hadid post 0.897.
  timia_: 0.946,
  syria_sheikh_al_hadid_post_: 0.896,
};
