/**
 * A named thing's making told beside the story: an aside after a comma ("the cathedral, consecrated in
 * 2019,"), an appositive naming a thing by its making ("the G5 Sahel, a framework founded in February
 * 2014"), and when such an aside dates its sentence after all: closing a plain clause that tells, or
 * naming what the subject became part of. `storyDate` reads them (tests: foundingAsides.test.ts).
 */

/**
 * "the reserve, founded in 1898 by a landowner,", "the cathedral, consecrated in 2019.", "its auxiliaries, reorganised as
 * the Africa Corps in 2024,", "the basis of the Syrian Democratic Forces, founded on 10 October 2015.", "The 3rd Brigade,
 * formed by Biletsky in January 2023 from the Azov units, is …", "The institute, founded by the government in 1973 to collect
 * the manuscripts, moved …", "Sheikh Najjar, opened in 2004 on some 4,400 hectares, was …", an honour's "its title of "Mozyr",
 * awarded for the crossing of the Pripyat in 1944", "Grozny, founded as a Russian fortress in 1818,": a participle telling a named
 * thing's own past after a comma, its agent, whence it came, what for and what as with it, up to the next comma or the sentence's
 * end, as a "which" clause does.
 */
const FOUNDED_CLAUSE =
  /,\s*(?:founded|established|built|created|formed|set\s+up|erected|consecrated|inaugurated|awarded|conferred|bestowed|(?:reorgani[sz]ed|renamed|rebranded|redesignated)\s+as\s+(?:[\wÀ-ɏ'-]+\s+){0,3}[\wÀ-ɏ'-]+)(?:\s+by(?:\s+[\wÀ-ɏ'-]+){1,3}?|\s+for(?:\s+[\wÀ-ɏ'-]+){1,6}?|\s+as\s+(?:a|an|the)(?:\s+[\wÀ-ɏ'-]+){1,4}?)?\s+(?:in|on)\s+$/i;

const FOUNDED_CLOSE = /^(?:\s+(?:by|from|to)\s[^,;.]{0,60})?\s*(?:[,;.]|$)/;
/**
 * "Sheikh Najjar, opened in 2004 on some 4,400 hectares, was the largest industrial zone in Syria", a post's "The camp …, opened
 * last year, already holds more than 8,000 people": "opened" is an aside only when the subject's own verb follows it ("Kharkiv's
 * metro, the second in Ukraine, opened on 23 August 1975" is the main clause).
 */
const OPENED_ASIDE = /,\s*opened\s+(?:(?:in|on)\s+)?$/i;
const OPENED_CLOSE =
  /^(?:\s+(?:by|on|over|with)\s(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60})?\s*,\s*(?:(?:already|now|still)\s+)?(?:was|were|is|are|has|had|became|remained|holds|held|houses|housed)\b/;

/**
 * "Gabala FC, founded in 2005, plays its home matches at the city stadium", "The Tkibuli Museum of Local History, opened in 1967,
 * holds archaeological finds": an aside in the sentence's subject, before a main clause in the present that has no date of its own
 * and only describes the thing, stands for "which was founded in 2005", what befell the thing the main clause names; its date dates
 * the sentence (guide: "The town had a small power station, built on the river in 2014"). Only a landmark or an institution of the
 * place, its making part of the place's history: the making of a region, a reserve, a reservoir or a company told so describes it,
 * as the Nakhchivan, Syunik Province and Mykolaiv Oblast golds read it; nor a second making the date belongs to ("built in the
 * 1950s and enlarged in 1971"). No date may stand in the subject.
 */
const LANDMARK = String.raw`(?:museum|church|cathedral|monastery|mosque|synagogue|chapel|theatre|theater|house\s+of\s+culture|palace\s+of\s+culture|library|castle|fortress|citadel|cooperative|club|FC|school|college|railway|bridge)`;
const SUBJECT_THEN_MAKING = new RegExp(
  String.raw`^(?:(?:The|A|An|Its|Their)\s+)?(?:[A-Za-zÀ-ɏ'’.-]+\s+){0,3}?${LANDMARK}(?:\s+(?:[A-Za-zÀ-ɏ'’.-]+\s+){0,5}?[A-Za-zÀ-ɏ'’.-]+)?,\s*(?:founded|established|built|created|formed|set\s+up|erected|consecrated|inaugurated|opened|completed|rebuilt)\b(?:\s(?:(?!\band\b)[^,;.]){0,60}?)?\s+(?:in|on)\s+$`,
  'i',
);
const PRESENT_DESCRIPTION =
  /^(?:\s+(?:by|from|on|in|at|for|as|to)\s[^,;.]{0,60})?,\s+(?:(?:now|still|also|today)\s+)?(?!(?:was|this|its|his|as|thus|always)\b)(?:is|are|has|have|[a-z]{3,}s)\s/;

/**
 * A present verb of doing, no copula: "The brigade, formed on 20 July 2015, is a marine brigade" defines the subject by its founding;
 * so does what it "once" did ("The plant, built in 1931 on the eastern edge of the city, once turned out a tractor every few minutes"),
 * and what it was made as or for may close the aside ("The hospital, built in 1972 as the central hospital of the former
 * Chemerivtsi district, serves about 38,000 people").
 */
const PRESENT_LEXICAL_VERB =
  /^(?:\s+(?:on|in|at|near|outside|as|for)\s[^,;.]{1,60})?,\s+(?:(?:now|still|also)\s+)?(?:(?!(?:is|has|was|does)\b)[a-z]{3,}s|once\s+[a-z]{3,}(?:ed|t))\s/;
/** A post's year told after its month ("in August last year"). */
const YEAR_OF_MONTH = /^\s+(?:last|this)\s+year\b/;
/**
 * "The Africa Corps, set up after the death of Wagner's founder, Yevgeny Prigozhin, in a plane crash in August last year, answers
 * directly to the defence ministry": the subject's making told in a participle between commas, its main verb in the present right
 * after the date, names the subject by its past, as its "which was set up …" clause would; the sentence tells how it stands now.
 */
const SUBJECTS_MAKING =
  /^(?:The|A|An|Its|Their)\s+(?:[\wÀ-ɏ'’-]+\s+){0,4}?[\wÀ-ɏ'’-]+,\s+(?:set\s+up|formed|founded|created|established|built|launched|raised)\s[^;]*$/;
/**
 * How a subject's making told in a participle before a present main clause is read (see above): `dates`, a landmark's making dates
 * the sentence; `names`, any other making names the subject by its past; `undefined`, neither shape.
 */
export function subjectsMaking(before: string, after: string): 'dates' | 'names' | undefined {
  if (SUBJECT_THEN_MAKING.test(before) && PRESENT_DESCRIPTION.test(after)) return 'dates';
  return SUBJECTS_MAKING.test(before) && PRESENT_LEXICAL_VERB.test(after.replace(YEAR_OF_MONTH, '')) ? 'names' : undefined;
}

/**
 * "Operation Serval, the French intervention in Mali launched in January 2013, and …", "the G5 Sahel, a framework
 * founded in February 2014.", "a topaz of almost 20 kilograms found in 1965,": an appositive naming what a thing is, with the
 * participle of its own making or finding; its date is
 * that thing's past, read as a relative clause's (the main clause's date wins; one outside the story dates nothing).
 * Only participles of verbs that take an object, so no clause's own verb is read as one; a few words between.
 */
const APPOSITIVE_MADE =
  /[\wÀ-ɏ'-],\s*(?:the|a|an)\s+(?:(?!(?:was|were|is|are|had|has|have)\b)[\wÀ-ɏ'-]+\s+){1,6}?(?:launched|founded|established|created|formed|raised|signed|built|proclaimed|adopted|concluded|introduced|found|discovered)\s+(?:in|on)\s+$/i;

/**
 * The appositive closes on its date, or on whom or what the thing was made from ("a unit formed in 2022 largely from
 * volunteers and mobilised reservists,"), which tells no other time. Bounded.
 */
const APPOSITIVE_CLOSE = /^(?:\s+(?:(?:largely|mostly|mainly|chiefly|partly)\s+)?(?:from|by|out\s+of)\s[^,;.]{1,80}?)?\s*(?:[,;.]|and\b|$)/;

/**
 * "Zangezur became a district of the Elisabethpol Governorate, formed in 1868.": the participle stands for a "which" clause
 * telling in the simple past what befell the unit the main clause's subject became part of, and a main clause of becoming
 * has no date of its own, so it dates the sentence (guide: "became part of the autonomous oblast, established on 7 July 1923");
 * "was included in the oblast, established on 7 July 1923" is such a becoming, told in the passive, and so is "They were later
 * included in the Sharur-Daralagez uyezd of the Erivan Governorate, formed in 1870";
 * not inside a relative clause, whose verb is no main clause's ("the United States, which later joined the SDF, founded …").
 */
const BECAME_PART_OF_MADE =
  /(?<!\b(?:which|who|that)\b[^,;.]{0,60})\b(?:became|was\s+made|(?:was|were)\s+(?:later\s+|then\s+|also\s+)?(?:incorporated|included|integrated|merged)\s+in(?:to)?)\s[^,;.]{1,100},\s*(?:founded|established|created|formed|set\s+up)\s+(?:in|on)\s+$/i;

/**
 * Whether a date ends an aside telling when a named thing was founded or renamed (an event only in the article's defining
 * sentence); `phrase`: the words before the date, up to a clause's length.
 */
export function endsFoundingAside(near: string, after: string, phrase: string): boolean {
  if (OPENED_ASIDE.test(near)) return OPENED_CLOSE.test(after);
  return FOUNDED_CLAUSE.test(near) && FOUNDED_CLOSE.test(after) && !BECAME_PART_OF_MADE.test(phrase);
}

/**
 * "The brigade began as the 47th Separate Assault Battalion, formed by volunteers in April 2022, two months after …": an
 * aside that ends the sentence, or only a count of time or what the thing was made for after it ("a concrete bridge, built in 1986
 * to replace an old ford."), describes what the main clause ends on, not its subject
 * between commas ("The council, formed … in April 2017, took over …"): it stands for a "which" clause in the simple past
 * passive, read as a relative clause's date (guide: "became part of the oblast, established … on 7 July 1923").
 */
const ENDS_SENTENCE =
  /^(?:\s+(?:by|from|to)\s[^,;.]{0,60})?\s*(?:\.|$|,\s*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|into|later|earlier)\b)/i;

/**
 * A main clause that is more than one plain clause before the aside: a comma (a "which" clause, a list) or a year of its own;
 * or one that describes rather than tells, with a copula or a having ("The city was home to the museum and the cathedral,
 * consecrated in 2009": what the city held, guide; "It kept … its honorary title of "Mozyr", awarded … in 1944": what it kept). A past passive tells ("The volunteers were organised into a brigade,
 * created by a decree in November 2022": what befell them, as "which was formed on 12 April 2018" is, guide).
 */
const NOT_PLAIN_CLAUSE =
  /[,;]|\b\d{4}\b|\b(?:is|are|has|have|had)\s+(?!been\s+[a-z]+ed\b)|\b(?:kept|keeps|retained|retains)\b|\b(?:was|were)\s+(?!(?:[a-z]{3,}ed|run|held|taken|put|set)\b)/i;

/**
 * Whether a founding aside (see `endsFoundingAside`) closes a sentence of one plain clause with no date of its own, describing
 * its last noun; inside a "which" clause ("…, which later armed the SDF, founded on 10 October 2015") or after a dated
 * description ("Before 2023 the city was home to …, the cathedral, consecrated in 2019") it stays a named thing's past.
 */
export function foundingAsideEndsSentence(before: string, after: string): boolean {
  return ENDS_SENTENCE.test(after) && !NOT_PLAIN_CLAUSE.test(before.slice(0, before.lastIndexOf(',')).replace(OPENING_PHRASE, ''));
}

/**
 * "After the Sovietisation of the region, Shusha became part of the oblast, established on 7 July 1923" (or "Under the French
 * Mandate, the town became part of the Alawite State, established … in 1920"): an opening phrase sets
 * the scene of the plain clause after it (a happening it names, not a bare date: "Before 2023 the city was home to …" is the
 * clause's own) and, being no clause, its date yields to the aside's (guide); its comma and year are
 * no part of the main clause. Comma-free and bounded.
 */
const OPENING_PHRASE = /^\s*(?:After|Following|Upon|During|Under)\s+(?:the|its|their)\s[^,;]{1,80},/;

/** Whether a date ends an appositive naming what a thing is by its making ("Operation Serval, the French intervention launched in January 2013,"). */
export function endsAppositiveOfMaking(near: string, after: string): boolean {
  return APPOSITIVE_MADE.test(near) && APPOSITIVE_CLOSE.test(after);
}

/**
 * "Opened in 2006, the Russian House ran language courses …", "Built for about $110 million and opened in 2019, the base … was
 * the hub for American surveillance drones", "Built by the Russian Federation after its annexation of Crimea … in 2014, the bridge
 * cost ₽227.92 billion": a sentence opening on a thing's making, whose main clause describes the thing (what it was, did as a
 * rule, cost or has), tells what the thing is, its making a named thing's past (guide), not a happening of that date; unlike
 * "Formed in late 2013 from a merger of brigades, it became the second-largest group", which tells what befell it. The thing is
 * named: "Built between 1977 and 1985, it was 1,366 m long" tells the history of the article's own subject, its building a
 * happening of that story.
 */
const OPENING_MAKING = /^\s*(?:Opened|Built|Founded|Established|Constructed|Completed|Inaugurated|Erected)\b[^,;.]{0,140}$/;
const DESCRIBING_MAIN_CLAUSE =
  /^[^,;.]{0,30},\s+(?:the|its|this)\b[^,;.]{0,60}?\s(?:was|is|were|are|ran|runs|housed|houses|served|serves|cost|costs|hosted|hosts)\b/;

/** Whether a date ends a sentence's opening on a thing's making before a main clause that describes the thing (see above). */
export function opensWithMakingOfDescribed(before: string, after: string): boolean {
  return OPENING_MAKING.test(before) && DESCRIBING_MAIN_CLAUSE.test(after);
}
