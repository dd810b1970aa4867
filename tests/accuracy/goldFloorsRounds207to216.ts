/** Floors of our own articles of rounds 207 to 216, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_207_TO_216_FLOORS: Record<string, number> = {
  // Round 207: Assal al-Ward 1.000, the Novobakhmutivka report 0.950.
  'assal_al-ward_': 1,
  novobakhmutivka_video_report_: 0.949,
  // Gndevaz 0.983, the Baraboulé post 0.960.
  gndevaz_: 0.982,
  burkina_baraboule_post_: 0.959,
  // Kafr Sajna 0.966, the Almoustarat post 0.947.
  kafr_sajna_: 0.965,
  mali_almoustarat_post_: 0.946,
  // Achabeti 0.982, the Lanfiéra post 1.000.
  achabeti_: 0.981,
  burkina_lanfiera_post_: 1,
  // Round 208: Alkhanli 1.000, the Lastochkyne report 1.000.
  alkhanli_: 1,
  lastochkyne_video_report_: 1,
  // Busayrah 0.967, the Tidermène post 0.966. Busayrah's Shu'aytat link, its title in single quotes around an apostrophe,
  // is no link in CommonMark (the page showed its markdown); mended to the dataset's double quotes after its first run,
  // it scores 1.000, its floor.
  busayrah_: 1,
  mali_tidermene_post_: 0.965,
  // Shvanidzor 1.000, the Zaitseve report 0.875.
  shvanidzor_: 1,
  zaitseve_video_report_: 0.874,
  // Uqayribat 1.000, the Banh post 0.933.
  uqayribat_: 1,
  burkina_banh_post_: 0.932,
  // Round 209: Jubata al-Khashab 1.000, the Stepova Novoselivka report 1.000.
  'jubata_al-khashab_': 1,
  stepova_novoselivka_video_report_: 1,
  // Malishka 0.868, the Sirgadji post 0.971.
  malishka_: 0.867,
  burkina_sirgadji_post_: 0.97,
  // Kafr Lata 1.000, the Tchériba post 1.000.
  kafr_lata_: 1,
  burkina_tcheriba_post_: 1,
  // Mosabruni 1.000, the Tchintabaraden post 0.933.
  mosabruni_: 1,
  niger_tchintabaraden_post_: 0.932,
  // Round 210: Karnaz 0.945, the Bahatyr report 1.000.
  karnaz_: 0.944,
  bahatyr_video_report_: 1,
  // Muhasan 0.967, the Chambarak post 1.000. Muhasan's Ba'ath Party link had the same single-quoted title as Busayrah's;
  // mended to double quotes after its first run, it scores 1.000, its floor.
  muhasan_: 1,
  armenia_chambarak_post_: 1,
  // Koghb 1.000, the Piddubne report 0.974.
  koghb_: 1,
  piddubne_video_report_: 0.973,
  // Mhambel 0.983, the Kirtachi post 1.000.
  mhambel_: 0.982,
  niger_kirtachi_post_: 1,
  // Round 211: Deir Jamal 1.000, the Dorozhnianka report 0.882.
  deir_jamal_: 1,
  dorozhnianka_video_report_: 0.881,
  // Angeghakot 0.933, the Tagazar post 1.000 (its department's seat, Baléyara, has a post of its own on the road attacks; the
  // helper judged the department's village massacres another story).
  angeghakot_: 0.932,
  niger_tagazar_post_: 1,
  // Maarat Umm Hawsh 0.967, the Inabelbel post 0.941.
  maarat_umm_hawsh_: 0.966,
  mali_inabelbel_post_: 0.94,
  // Karmir Shuka 1.000, the Martvili post 1.000.
  karmir_shuka_: 1,
  georgia_martvili_post_: 1,
  // Round 212: Kafr Kalbin 0.982, the Nykyforivka report 0.976.
  kafr_kalbin_: 0.981,
  nykyforivka_video_report_: 0.975,
  // Srashen 1.000, the Dedoplistskaro post 0.966.
  srashen_: 1,
  georgia_dedoplistskaro_post_: 0.965,
  // Turkman Bareh 1.000, the Dronivka report 1.000.
  turkman_bareh_: 1,
  dronivka_video_report_: 1,
  // Khtsaberd 0.938, the Tsalenjikha post 1.000.
  khtsaberd_: 0.937,
  georgia_tsalenjikha_post_: 1,
  // Round 213: Sabburah 1.000, the Hnativka report 1.000.
  sabburah_: 1,
  hnativka_video_report_: 1,
  // Mets Tagher 0.938, the Djebock post 0.963.
  mets_tagher_: 0.937,
  mali_djebock_post_: 0.962,
  // Ihtaimilat 0.947, the Tankougounadié post 1.000.
  ihtaimilat_: 0.946,
  burkina_tankougounadie_post_: 1,
  // Artsvanik 0.984, the Chkhorotsku post 1.000.
  artsvanik_: 0.983,
  georgia_chkhorotsku_post_: 1,
  // Round 214: Hazarin 1.000, the Tykhonivka report 1.000.
  hazarin_: 1,
  tykhonivka_video_report_: 1,
  // Avetaranots 0.983, the Zarzour post 1.000.
  avetaranots_: 0.982,
  syria_zarzour_post_: 1,
  // Telmens 0.983, the Fedorivka report 1.000.
  telmens_: 0.982,
  fedorivka_video_report_: 1,
  // Mashmashan 1.000, the Hrazdan post 0.960.
  mashmashan_: 1,
  armenia_hrazdan_post_: 0.959,
  // Round 215, delivered after the thirteenth session's cut (first run at a091621a): Bsanqol 0.912,
  // the Burlatske report 1.000.
  bsanqol_: 0.911,
  burlatske_video_report_: 1,
  // Hin Tagher 1.000, the Chetimari post 0.957.
  hin_tagher_: 1,
  niger_chetimari_post_: 0.956,
  // Kafr Jales 1.000, the Kablewa post 0.963.
  kafr_jales_: 1,
  niger_kablewa_post_: 0.962,
  // Haghartsin 0.967, the Goudoumaria post 0.857.
  haghartsin_: 0.966,
  niger_goudoumaria_post_: 0.856,
  // Round 216, delivered after the thirteenth session's cut (first run at a091621a): Ghadfa 1.000,
  // the Zelenyi Hai report 0.919.
  ghadfa_: 1,
  zelenyi_hai_video_report_: 0.918,
  // Spitakashen 0.983, the Aghavnadzor post 0.882.
  spitakashen_: 0.982,
  armenia_aghavnadzor_post_: 0.881,
  // Tell Shaer 0.982, the Ternuvate report 0.944.
  tell_shaer_: 0.981,
  ternuvate_video_report_: 0.943,
  // Barekamavan 0.941, the Zaliznychne post 1.000.
  barekamavan_: 0.94,
  zaporizhzhia_zaliznychne_post_: 1,
};
