/**
 * "Tabankort lies on the main track from Gao to Anefis and Kidal, and whoever held it controlled much of the traffic", below the
 * heading "December 2014": where a place lies, told in the present, describes it, as its population figure does (GUIDE.md:
 * background facts), so a date heading above it or a clip's day before it dates no happening there. Read from the sentence's
 * start, its subject a name or a place's noun: "A man lies on the pavement next to a burning car", in a clip, is a happening, and
 * so is a person named, in "her" place ("Tetiana stands in her yard in a padded coat").
 */
const PLACE_NOUN =
  '(?:town|village|city|valley|river|bridge|dam|plant|base|airport|airfield|crossing|road|track|well|wells|district|region|oasis|camp|station|port|hill|heights|ridge|pass|border)';
const WHERE_IT_LIES = new RegExp(
  `^(?:(?!(?:A|An|The|This|That|He|She|It|They)\\s)[A-Z][\\wÀ-ɏ'’-]+(?:\\s+[A-Z][\\wÀ-ɏ'’-]+){0,3}|(?:The|Its|Their)\\s+(?:[\\wÀ-ɏ'’-]+\\s+){0,2}?${PLACE_NOUN})\\s+` +
    '(?:lies|sits|stands|is\\s+(?:located|situated))\\s+(?:on|in|at|along|astride|between|beside|near|above|below|across|north|south|east|west|about|some|roughly|\\d)(?!\\s+(?:her|his|their|my|our)\\b)',
);

/** Whether a sentence only says where a place lies: a description, no happening. */
export function describesWhereItLies(sentence: string): boolean {
  return WHERE_IT_LIES.test(sentence);
}

/**
 * "Mourdiah lies about 200 kilometres south-east of Nara, where the army fought JNIM for months last year": a clause set after
 * where a place lies, describing that place or one it names by its past, tells no happening of the story; its dates, all in
 * that clause, date nothing (`mentionsAt`: where the sentence's dates begin).
 */
const RELATIVE_CLAUSE = /,\s*(?:where|which|whose)\s/;
export function datesOnlyPlacesPast(sentence: string, mentionsAt: readonly number[]): boolean {
  const clause = RELATIVE_CLAUSE.exec(sentence);
  return clause !== null && mentionsAt.length > 0 && mentionsAt.every((at) => at > clause.index) && WHERE_IT_LIES.test(sentence);
}
