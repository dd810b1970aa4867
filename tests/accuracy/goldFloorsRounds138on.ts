/** Floors of our own articles from rounds 138 on, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_138_ON_FLOORS: Record<string, number> = {
  // Round 138: the Sabirabad flood post 1.000, the Battle of Kozatske 1.000.
  azerbaijan_sabirabad_flood_post_: 1,
  battle_of_kozatske_: 1,
  // The Battle of Kansafra 1.000, the Bohorodychne report 1.000.
  battle_of_kansafra_: 1,
  bohorodychne_video_report_: 1,
  // The Artik quarry post 0.947, the Lapankuri operation 1.000.
  armenia_artik_quarry_post_: 0.946,
  lapankuri_operation_: 1,
  // The Battle of Ulus-Kert 0.850, the Kafr Takharim olive post 0.947.
  'battle_of_ulus-kert_': 0.849,
  syria_kafr_takharim_olive_post_: 0.946,
  // Round 139: the Staromlynivka report 1.000, the Tiloa ambush 1.000.
  staromlynivka_video_report_: 1,
  tiloa_ambush_: 1,
  // The Battle of Hatyshche 1.000, the Birni N'Konni border post 1.000.
  battle_of_hatyshche_: 1,
  niger_birni_nkonni_border_post_: 1,
  // The Abéché refugees post 0.900, the Ladyzhyn Thermal Power Plant 1.000.
  chad_abeche_refugees_post_: 0.899,
  ladyzhyn_thermal_power_plant_: 1,
  // The Battle of Qabasin (2017) 1.000, the Kombissiri shortage post 0.952.
  battle_of_qabasin__2017__: 1,
  burkina_kombissiri_shortage_post_: 0.951,
  // Round 140: the Lerik landslide post 1.000, the Battle of Yasnobrodivka 1.000.
  azerbaijan_lerik_landslide_post_: 1,
  battle_of_yasnobrodivka_: 1,
  // The Battle of Harbnafsah (2018) 1.000, the Krasnyi Yar report 1.000.
  battle_of_harbnafsah__2018__: 1,
  krasnyi_yar_video_report_: 1,
  // The Battle of Zemo Nikozi 0.974, the Bougouni gold sites post 0.952.
  battle_of_zemo_nikozi_: 0.973,
  mali_bougouni_gold_sites_post_: 0.951,
  // The 2020 Bourzanga attack 1.000, the Chernivtsi power post 0.947.
  '2020_bourzanga_attack_': 1,
  ukraine_chernivtsi_power_post_: 0.946,
  // Round 141: the Kizlyar–Pervomayskoye hostage crisis 0.923, the Oleksandropil report 0.800.
  'kizlyar-pervomayskoye_hostage_crisis_': 0.922,
  oleksandropil_video_report_: 0.799,
  // The Battle of Sartana 0.974, the al-Sabkha ferry post 0.947.
  battle_of_sartana_: 0.973,
  syria_sabkha_ferry_post_: 0.946,
  // The 2020 Intangom attack 0.974, the Mestia mudslide post 1.000.
  '2020_intangom_attack_': 0.973,
  georgia_mestia_mudslide_post_: 1,
  // The Hlushkivka report 0.857, Tuzla Island 0.976.
  hlushkivka_video_report_: 0.856,
  tuzla_island_: 0.975,
  // Round 142: the Stepanavan bridge post 1.000, the Battle of Myroliubivka 1.000.
  armenia_stepanavan_bridge_post_: 1,
  battle_of_myroliubivka_: 1,
  // The Battle of Marea (2016) 1.000, the Mali Shcherbaky report 1.000.
  battle_of_marea__2016__: 1,
  mali_shcherbaky_video_report_: 1,
  // The 2023 Soumpi attack 1.000, the Bila Tserkva strike post 0.900.
  '2023_soumpi_attack_': 1,
  ukraine_bila_tserkva_strike_post_: 0.899,
  // The Gaoua curfew post 0.947, the Galashki raid 1.000.
  burkina_gaoua_curfew_post_: 0.946,
  galashki_raid_: 1,
  // Round 143: the Battle of Nairab 0.974, the Bilohirka report 1.000.
  battle_of_nairab_: 0.973,
  bilohirka_video_report_: 1,
  // The Faya-Largeau convoy post 1.000, Goranboy District 1.000.
  chad_faya_largeau_convoy_post_: 1,
  goranboy_district_: 1,
  // The Battle of Jurin 0.976, the Tkibuli miners post 1.000.
  battle_of_jurin_: 0.975,
  georgia_tkibuli_miners_post_: 1,
  // The 110th Mechanized Brigade (Ukraine) 0.976, the Vozdvyzhenka report 0.857.
  '110th_mechanized_brigade__ukraine__': 0.975,
  vozdvyzhenka_video_report_: 0.856,
  // Round 144: the Gabala hail post 0.947, the Battle of Hrodivka 1.000.
  azerbaijan_gabala_hail_post_: 0.946,
  battle_of_hrodivka_: 1,
  // The Battle of Kafr Hamra 0.974, the Kotliarivka report 0.952.
  battle_of_kafr_hamra_: 0.973,
  kotliarivka_video_report_: 0.951,
  // The 2017 Kangaba resort attack 0.950, the Khashuri derailment post 0.889.
  '2017_kangaba_resort_attack_': 0.949,
  georgia_khashuri_derailment_post_: 0.888,
  // The Tessaoua cholera post 1.000, the Sev Lich incident 0.976.
  niger_tessaoua_cholera_post_: 1,
  sev_lich_incident_: 0.975,
  // Round 145: the Charivne report 0.900, Liwa Suqour al-Sham 0.952.
  charivne_video_report_: 0.899,
  'liwa_suqour_al-sham_': 0.951,
  // The Battle of Achkhoy-Martan 1.000, the Kropyvnytskyi strike post 0.900.
  'battle_of_achkhoy-martan_': 1,
  ukraine_kropyvnytskyi_strike_post_: 0.899,
  // The Battle of Velyka Shyshivka 1.000, the Mao protest post 1.000.
  battle_of_velyka_shyshivka_: 1,
  chad_mao_protest_post_: 1,
  // The Odradne report 0.952, the siege of Suqaylabiyah 0.952.
  odradne_video_report_: 0.951,
  siege_of_suqaylabiyah_: 0.951,
  // Round 146: the Battle of Netailove 0.976, the Qudsaya protest post 0.947.
  battle_of_netailove_: 0.975,
  syria_qudsaya_protest_post_: 0.946,
  // The Battle of Beit Jinn 1.000, the Soloviove report 1.000.
  battle_of_beit_jinn_: 1,
  soloviove_video_report_: 1,
  // The 2021 Kodyel attack 0.950, the Artashat irrigation post 1.000.
  '2021_kodyel_attack_': 0.949,
  armenia_artashat_irrigation_post_: 1,
  // The 2009 Nazran bombing 1.000, the Kita cotton post 1.000.
  '2009_nazran_bombing_': 1,
  mali_kita_cotton_post_: 1,
  // Round 147: the Lagodekhi fire post 1.000, Jaysh al-Nasr 0.952.
  georgia_lagodekhi_fire_post_: 1,
  'jaysh_al-nasr_': 0.951,
  // The Burshtyn Thermal Power Plant 0.976, the Sarh clashes post 0.952.
  burshtyn_thermal_power_plant_: 0.975,
  chad_sarh_clashes_post_: 0.951,
  // The Battle of Deir Khabiyah 1.000, the Novoselydivka report 1.000.
  battle_of_deir_khabiyah_: 1,
  novoselydivka_video_report_: 1,
  // The Shirvan oil fire post 0.952, the Battle of Lozuvatske 0.952.
  azerbaijan_shirvan_oil_fire_post_: 0.951,
  battle_of_lozuvatske_: 0.951,
  // Round 148: the Battle of Malaya Loknya 0.974, the Kiliia port post 1.000.
  battle_of_malaya_loknya_: 0.973,
  ukraine_kiliia_port_post_: 1,
  // The Novokalynove report 0.900, Shayrat Airbase 1.000.
  novokalynove_video_report_: 0.899,
  shayrat_airbase_: 1,
  // The Battle of Khalkhalah 1.000, the Filingué bridge post 1.000.
  battle_of_khalkhalah_: 1,
  niger_filingue_bridge_post_: 1,
  // The Ashtarak water post 1.000, the siege of Dumayr 1.000.
  armenia_ashtarak_water_post_: 1,
  siege_of_dumayr_: 1,
  // Round 149: the Battle of Tyotkino 1.000, the Ochakiv report 1.000.
  battle_of_tyotkino_: 1,
  ochakiv_video_report_: 1,
  // The Astara flood post 1.000, the Battle of Pogrebki 1.000.
  azerbaijan_astara_flood_post_: 1,
  battle_of_pogrebki_: 1,
  // The Pissila displaced post 0.900, Mezzeh Military Airport 1.000.
  burkina_pissila_displaced_post_: 0.899,
  mezzeh_military_airport_: 1,
  // The Battle of Korenevo 1.000, the Reni port report 0.952.
  battle_of_korenevo_: 1,
  reni_port_video_report_: 0.951,
  // Round 150: the Battle of Chaylu 0.976, the Botlikh mudflow post 1.000.
  battle_of_chaylu_: 0.975,
  dagestan_botlikh_mudflow_post_: 1,
  // The Battle of Avdur 0.976, the Ilinka report 0.952.
  battle_of_avdur_: 0.975,
  ilinka_video_report_: 0.951,
  // The Moundou strike post 1.000, the siege of Itum-Kali 1.000.
  chad_moundou_strike_post_: 1,
  'siege_of_itum-kali_': 1,
  // The Karamakhi operation 1.000, the Harasta return post 1.000.
  karamakhi_operation_: 1,
  syria_harasta_return_post_: 1,
  // Round 151: the Battle of Gyulistan 1.000, the Drobysheve report 0.857.
  battle_of_gyulistan_: 1,
  drobysheve_video_report_: 0.856,
  // The Tahoua fuel post 0.889, Operation Goranboy 0.976.
  niger_tahoua_fuel_post_: 0.888,
  operation_goranboy_: 0.975,
  // The Battle of Khramort 1.000, the Bandiagara market post 0.952.
  battle_of_khramort_: 1,
  mali_bandiagara_market_post_: 0.951,
  // The Mykolaivka report 1.000, Taghavard 0.923.
  mykolaivka_town_video_report_: 1,
  taghavard_: 0.922,
  // Round 152: the Battle of Temyrivka 0.976, the Ambrolauri landslide post 0.947.
  battle_of_temyrivka_: 0.975,
  georgia_ambrolauri_landslide_post_: 0.946,
  // The Battle of Zelene Pole 1.000, the Kivsharivka report 0.900.
  battle_of_zelene_pole_: 1,
  kivsharivka_video_report_: 0.899,
  // The Battle of Stelmakhivka 1.000, the Safita blackout post 1.000.
  battle_of_stelmakhivka_: 1,
  syria_safita_blackout_post_: 1,
  // Kalynivske 0.952, the Diéma bus attack post 1.000.
  kalynivske_: 0.951,
  mali_diema_bus_attack_post_: 1,
  // Round 153: the Battle of Novoukrainka 1.000, the Sribne report 1.000.
  battle_of_novoukrainka_: 1,
  sribne_video_report_: 1,
  // The Goychay pomegranate post 1.000, the Battle of Nadiia 0.976.
  azerbaijan_goychay_pomegranate_post_: 1,
  battle_of_nadiia_: 0.975,
  // The Yako teachers post 0.933, the Dniproenerhiia steel plant 0.976.
  burkina_yako_teachers_post_: 0.932,
  dniproenerhiia_steel_plant_: 0.975,
  // The Battle of Nova Yakymivka 1.000, the Zelenyi Kut report 1.000.
  battle_of_nova_yakymivka_: 1,
  zelenyi_kut_video_report_: 1,
  // Round 154: the Battle of Bohoiavlenka 1.000, the Sighnaghi hail post 1.000.
  battle_of_bohoiavlenka_: 1,
  georgia_sighnaghi_hail_post_: 1,
  // The 2020 Namssiguia attack 1.000, the Dachenske report 0.952.
  '2020_namssiguia_attack_': 1,
  dachenske_video_report_: 0.951,
  // The Zaqatala mudflow post 0.909, the Battle of Jubb al-Jarrah 0.976.
  azerbaijan_zaqatala_mudflow_post_: 0.908,
  'battle_of_jubb_al-jarrah_': 0.975,
  // The Battle of Kharsenoy 1.000, the Lutsk strike post 1.000.
  battle_of_kharsenoy_: 1,
  ukraine_lutsk_strike_post_: 1,
  // Round 155: the Battle of Kalsaka 1.000, the Kostiantynopil front report 0.632.
  battle_of_kalsaka_: 1,
  kostiantynopil_front_video_report_: 0.631,
  // The Madaoua clashes post 0.889, the Sarny railway junction 0.976.
  niger_madaoua_clashes_post_: 0.888,
  sarny_railway_junction_: 0.975,
  // The Vedi protest post 1.000, the Battle of Kurchaloy 1.000.
  armenia_vedi_protest_post_: 1,
  battle_of_kurchaloy_: 1,
  // The Battle of Maan (2017) 0.900, the Korosten railway report 0.900.
  battle_of_maan__2017__: 0.899,
  korosten_railway_video_report_: 0.899,
  // Round 156: the Battle of Senkove 1.000, the Ati flood post 1.000.
  battle_of_senkove_: 1,
  chad_ati_flood_post_: 1,
  // The Battle of Zahryzove 1.000, the Kindrashivka report 1.000.
  battle_of_zahryzove_: 1,
  kindrashivka_video_report_: 1,
  // The Battle of Novoplatonivka 0.976, the Kaspiysk gas post 1.000.
  battle_of_novoplatonivka_: 0.975,
  dagestan_kaspiysk_gas_post_: 1,
  // The Ségou rice post 0.900, Vovchanski Khutory 0.976.
  mali_segou_rice_post_: 0.899,
  vovchanski_khutory_: 0.975,
  // Round 157: the Battle of Nova Kruhliakivka 1.000, the Zapadne report 0.889.
  battle_of_nova_kruhliakivka_: 1,
  zapadne_village_video_report_: 0.888,
  // The Battle of Kolisnykivka 1.000, the Tal Kalakh border post 1.000.
  battle_of_kolisnykivka_: 1,
  syria_tal_kalakh_border_post_: 1,
  // The Martuni fishing post 1.000, the Battle of Pershotravneve 1.000.
  armenia_martuni_fishing_post_: 1,
  battle_of_pershotravneve_: 1,
  // The Battle of Tabaivka 0.976, the Krokhmalne report 1.000.
  battle_of_tabaivka_: 0.975,
  krokhmalne_video_report_: 1,
  // Round 158: the Masally fire post 1.000, the Battle of Lysivka 1.000.
  azerbaijan_masally_fire_post_: 1,
  battle_of_lysivka_: 1,
  // The Battle of Promin 1.000, the Yasenove report 1.000.
  battle_of_promin_: 1,
  yasenove_video_report_: 1,
  // The Battle of Novotroitske 1.000, the Gurjaani grapes post 1.000.
  battle_of_novotroitske_: 1,
  georgia_gurjaani_grapes_post_: 1,
  // Bilytske 0.923, the Manga market fire post 1.000.
  bilytske_: 0.922,
  burkina_manga_market_fire_post_: 1,
  // Round 159: the Battle of Volodymyrivka 1.000, the Razine report 0.762.
  battle_of_volodymyrivka_: 1,
  razine_video_report_: 0.761,
  // The Battle of Troitske 1.000, the Dogondoutchi fuel post 1.000.
  battle_of_troitske_: 1,
  niger_dogondoutchi_fuel_post_: 1,
  // The Battle of Katerynivka 1.000, the Qutayfah quarry post 0.947.
  battle_of_katerynivka_: 1,
  syria_qutayfah_quarry_post_: 0.946,
  // The Battle of Mykolaipillia 1.000, the Vidrodzhennia report 0.842.
  battle_of_mykolaipillia_: 1,
  vidrodzhennia_video_report_: 0.841,
  // Round 160: the Alaverdi smelter post 1.000, the Battle of Sukhetske 1.000.
  armenia_alaverdi_smelter_post_: 1,
  battle_of_sukhetske_: 1,
  // The Battle of Nykanorivka 1.000, the Orikhove report 0.900.
  battle_of_nykanorivka_: 1,
  orikhove_video_report_: 0.899,
  // The Battle of Bilokuzmynivka 1.000, the Am Timan clash post 1.000.
  battle_of_bilokuzmynivka_: 1,
  chad_am_timan_clash_post_: 1,
  // The Khulo landslide post 1.000, Lukianivske 1.000.
  georgia_khulo_landslide_post_: 1,
  lukianivske_: 1,
  // Round 161: the Battle of Velykomykhailivka 0.976, the Maliivka report 0.900.
  battle_of_velykomykhailivka_: 0.975,
  maliivka_video_report_: 0.899,
  // The Battle of Berezove 1.000, the San strike post 1.000.
  battle_of_berezove_: 1,
  mali_san_strike_post_: 1,
  // The Battle of Tolstoi 0.976, the Dreikish water post 0.842.
  battle_of_tolstoi_: 0.975,
  syria_dreikish_water_post_: 0.841,
  // Novopil 1.000, the Shakhove report 1.000.
  novopil_: 1,
  shakhove_video_report_: 1,
};
