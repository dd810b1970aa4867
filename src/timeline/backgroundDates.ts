/**
 * Which dates of a sentence are the background of its main clause: one in an opening phrase that
 * sets the scene ("Following his statement made on 19 September, …"), in a relative clause ("…,
 * which began in March 2011"), or in a participle describing the subject. `recogniseDates.ts` marks
 * them so that a date of the main clause dates the sentence first.
 */
import { MONTH_NAME, type AbsoluteMention, type DateMention } from './dateMention.ts';
import { OPENING_HAPPENING } from './namedHappeningWords.ts';
import { startsWhatItLaunched } from './namedThingsPast.ts';
import { inAfterClause, OPENING_AFTER_CLAUSE, openingTimeClauses } from './openingTimeClause.ts';
import { subjectDescriptions } from './subjectDescriptions.ts';
import { isInside, type Span } from './quotedSpeech.ts';
import { tellsWhatWitnessTold } from './witnessRecall.ts';
import { NEAR } from './storyDate.ts';

/**
 * "During the clashes of September 2022 a drone was shot down … on 13 September": an opening "During" a happening named with its date, no comma
 * after it, sets the scene up to its date as one closed by a comma does (INTRODUCTORY), which would read the first clause up to a later comma as it.
 * So does an opening "Under", "After" or "Following" one ("Under the decentralisation of 1996 Sangha became a rural commune …, and
 * its first municipal council was elected in June 1999": the second main clause's date is the sentence's).
 */
const DURING_NAMED_UNMARKED = new RegExp(
  `^(?:During|Under|After|Following)\\s+the\\s+(?:[\\wÀ-ɏ'’-]+\\s+){1,4}?of\\s+(?:(?:early|mid|late)[\\s-]+)?(?:(?:${MONTH_NAME})\\s+)?\\d{4}(?=\\s+(?:(?:the|a|an|its|their)\\b|[A-Z]))`,
);
/**
 * "During the Syrian civil war the village came under rebel control in the autumn of 2012, and the Syrian Army captured it on 24
 * January 2020", "After independence a primary school was opened in 1951, and …": an opening "During", "After" or "Following" a
 * war or a period named without its date, no comma after it, ends at its name, where the subject starts (an article, "rebels",
 * a name, "it"); INTRODUCTORY would read the first clause, up to its comma, as the opening phrase, and leave the sentence to the second's date.
 */
const OPENING_UNDATED_UNMARKED =
  /^(?:During|After|Following)\s+(?:independence|liberation|the\s+(?:[\wÀ-ɏ'’-]+\s+){0,4}?(?:war|War|uprising|Uprising|conflict|revolution|Revolution|insurgency|occupation|liberation|period|era))(?=\s+(?:the|a|an|its|their|it|they|rebels?|government|troops|fighters|soldiers|militants|insurgents|[A-Z][\wÀ-ɏ'’-]*)\s)/;
/**
 * "During" a span of time ("During the last week of August", "During March", "During the night of 8/9 October") dates the
 * main clause itself; "During" a happening ("During the final offensive in November and December, …") sets its scene, and so
 * does one whose name holds a month ("During the October War of 1973, … on 13 October").
 */
const DURING_A_TIME = `(?:the\\s+)?(?:(?:first|last|second|third|final|next|following|same|early|late|whole|entire)\\s+)*(?:week|weekend|weeks|night|nights|day|days|month|months|year|years|morning|afternoon|evening|spring|summer|autumn|fall|winter|period|${MONTH_NAME}(?!\\s+(?:War|Revolution|Uprising|Offensive|Crisis|Events)\\b)|\\d)`;
/**
 * An opening phrase that sets the scene before the main clause: "Following his statement made on 19 September, …", the
 * accord a clause acted under ("Under the Ouagadougou Accord of 18 June, the MNLA allowed …, and the election was held on
 * 28 July": the election's day), or a participle telling the subject's past ("Formed in May 2014 as a battalion, it was
 * incorporated … on 12 November 2014"), also with what it was formed as before its date ("Formed as the 1st Tank Army in
 * 1943, it … was disbanded in 1998"). Its list of places and their dates goes on past a comma ("After the coups in Mali in
 * August 2020, in Guinea in September 2021 and in Burkina Faso last year, …"): each item, a place and when, is one more of the
 * happenings it names. So does an opening "As" clause of time that frames the main clause ("As German troops approached
 * Zaporizhzhia in August 1941, units of the NKVD blew up part of the dam on 18 August": 18 August), not "As of 2024,", a date.
 * So does an operation the main clause took part in, with its start set off as an aside ("In the final government offensive,
 * launched on 15 November, the brigade advanced …, taking part in the capture of Masaken Hanano on 26 November": 26 November), and
 * a war named by its years ("In the Russo-Turkish War of 1828–1829, Russian troops took Akhalkalaki on 24 July 1828": 24 July).
 */
const INTRODUCTORY = new RegExp(
  `^(?:Following|After|Despite|Amid|Besides|As\\s+(?!(?:of|a\\s+result|well|part|such|early|late|recently|long|soon)\\b)(?:the\\s+|its\\s+|their\\s+)?[\\wÀ-ɏ'’-]+(?:\\s+[\\wÀ-ɏ'’-]+){0,3}?\\s+(?:[a-z]+ed|began|fell|rose|grew|came|went|drew|fought|took|held|left|ran|spread)\\b|Under\\s+the\\s(?![^,;]*\\b(?:became|was|were|is|are)\\s)|During\\s+(?!${DURING_A_TIME})|(?:[A-Z][a-z]{2,}ed|Built|Begun)\\s+(?:as\\s[^,;]{1,60}?\\s)?(?:in|on|from|between|during)\\s|In\\s+the\\s+(?:[\\wÀ-ɏ'’-]+\\s+){0,4}?(?:offensive|counter-?offensive|operation|campaign|assault),\\s+(?:launched|begun|started|mounted)\\s|In\\s+the\\s+(?:[\\wÀ-ɏ'’-]+\\s+){0,3}?(?:[Ww]ar|[Rr]evolution|[Uu]prising|[Rr]ebellion)\\s+of\\s+\\d{4})[^,;]*,` +
    `(?:\\s+(?:and\\s+)?in\\s+[A-Z][\\wÀ-ɏ'’-]*(?:\\s+[A-Z][\\wÀ-ɏ'’-]*){0,2}\\s+(?:in|on|last|this)\\s[^,;]*,){0,4}`,
);
/**
 * A relative clause about someone or something the sentence names, up to the next comma or
 * semicolon: non-restrictive ("Saakashvili, who had come to power in November 2003, was elected
 * …", also of a part, "and then Krasnohorivka, most of which they held by September 2024", or after a preposition, "the Islamic
 * State, to which Boko Haram had pledged allegiance in March 2015"; not "in which", whose clause often tells the happening), or restrictive with its verb right after the pronoun ("fighters that surrendered in 2018";
 * "the junta that took power in 2021": a regular past or a common irregular one; "reported that
 * the town fell" is no relative clause). [^,;]* stops at the first comma, so each clause is read once, but not at one
 * inside a parenthesis the clause opens: "soldiers who seized power in coups (Mali in August 2020 and again in May 2021,
 * Burkina Faso twice in 2022)" is one clause, all its dates the soldiers' past. A restrictive
 * clause also ends where the subject's own verb comes back ("A memorial to the defenders who were killed in the battle
 * was unveiled in 2023": "was unveiled" is the main clause's, as "are evacuated" is in a report's present, "Civilians who fled on 7
 * August are evacuated on 12 August"), unless a pronoun opens it ("the battle that was fought"), and
 * so it does at a verb of beginning or lasting in the simple past ("The mutiny that led to the 2012 coup began in the camp on
 * 21 March 2012"), unless a clause of time holds it ("the villagers who fled when the fighting began on 3 May").
 * It ends too at a verb in the simple past right after a year or a month, the subject's own ("Russian forces that had broken through
 * the lines in the autumn of 2025 reached the town in early November", "a pensioner who fled Stepanakert in 1992 told us on
 * Tuesday", "The armed men who had held a police compound since 17 July surrendered on Sunday", a post's "Six families who fled
 * Nagorno-Karabakh last year received the keys … on Tuesday").
 * And at the subject's own verb of telling, whatever comes before it: "A volunteer who drove one of the boats that month tells us
 * that on Nov. 17 a drone dropped a grenade", "Residents who stayed tell us the village has had no running water since …".
 * A clause with no pronoun, its subject right after the object it describes ("have lost much of the ground they gained in
 * December"), is one too; only after a verb or "of", since "After the battle they retreated" is a main clause. So is one
 * with a named subject after a bare plural object of a place preposition inside the sentence ("push towards the town, through
 * fields the Russians mined in the summer"): not at the sentence's start ("Across the villages the troops advanced …" is its
 * main clause), nor after a span of time ("within days the army …").
 */
const RELATIVE_CLAUSE =
  /,\s*(?:(?:most|many|much|some|all|part|parts|none|one|each|several|both|few|half|the\s+rest)\s+of\s+|(?:to|from|with|against|for|by)\s+(?=wh))?(?:who|whom|whose|which)\b(?:[^,;(]|\([^()]*\))*|\bthe(?<=[a-z,]\s+(?:through|across|into|over|past|along|near|towards?|around|from)\s+(?:[a-z-]+\s+){0,2}(?!(?:days|weeks|months|years|hours|minutes|nights)\s)[a-z-]{2,}s\sthe)\s+[A-Za-z-]+\s+(?:had\s+)?(?:[a-z]+ed|took|won|lost|held|fought|left|built|dug|laid)\b[^,;]*|\bthe(?<=\b(?:of|[a-z]{2,}ed|lost|took|won|held|kept)\sthe)\s+[a-z-]+\s+(?:they|it|he|she|we)\s+(?:had\s+)?(?:[a-z]+ed|took|won|lost|held|fought|left|built)\b[^,;]*|\b(?:that|who|which)\s+(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?(?:[a-z]+ed|(?<=\bbeen\s)[a-z]{3,}ing|(?<=\b(?:was|were)\s)(?:taken|driven|brought|shot|hit|thrown)|(?<=\b(?:had|has|have)\s)(?:broken|taken|driven|fallen|begun|overrun|withdrawn|risen|thrown)|took|came|fled|fought|left|won|lost|began|led|held|fell|rose|broke|drove|struck|swept|spread)\b(?:(?!(?<=\b(?:who|that|which)\s+had\s+(?:been\s+)?[a-z]+\b[^,;(]{0,80}?)(?<!\b(?:and|or|but))\s(?=(?:withdrew|retreated|returned|left|fled|came|went|reached|entered|arrived|moved|pulled)\s)|(?<!\b(?:that|who|which))\s(?:was|were|is|are)\s|(?<!\b(?:that|who|which))(?<!\b(?:when|as|after|before|until|since|once|while|where)(?:\s+[\wÀ-ɏ'’-]+){0,3})\s(?:began|started|ended|broke\s+out|erupted|lasted|continued|spread)\s|(?<=\b(?:(?:1[89]|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|(?:last|this)\s+(?:year|month|week|spring|summer|autumn|winter)|yesterday))\s(?=(?:[a-z]{3,}ed|told|said|took|came|went|left|fled|fought|won|lost|made|gave|saw|found|held|began|became)\s)|\s(?=(?:tells|tell|told|says|say|said|recalls|recalled|remembers|remembered|explains|explained)\s+(?:(?:us|reporters|journalists)\s+(?:that\s|how\s|(?=(?:the|a|an|his|her|their|its)\s))|(?:that|how)\s)))(?:[^,;(]|\([^()]*\)))*/g;

/**
 * "In Stepanakert, where most of the population fled in October, a few hundred people came back this week": a clause telling
 * what happened at the place the main clause names yields to the main clause's date, as a relative clause's does; but it
 * tells the story there, not the place's own past, so alone it dates the sentence even before the story's span ("active in
 * the province, where they fought the army from early 2020"). Up to the next comma or semicolon.
 */
const PLACE_CLAUSE = /,\s*where\b(?:[^,;(]|\([^()]*\))*/g;

/**
 * "The war ended with the Bishkek Protocol, a ceasefire which came into force on 12 May 1994": a clause telling when the
 * agreement a main clause's story ended or began with took effect tells that ending's day, not a named thing's past (as
 * "ended with the ceasefire of 12 May 1994" does, storyDate.ts). Not when the ending is itself in a relative clause.
 */
const ENDED_WITH_BEFORE = /(?<!\b(?:which|that|who)\s+)\b(?:ended|began|started|concluded)\s+with\s+[^;.]{0,60}$/i;
const TOOK_EFFECT = /^,?\s*(?:which|that)\s+(?:(?:came|entered)\s+into\s+(?:force|effect)|took\s+effect|(?:was|were)\s+signed)\b/i;

/**
 * A clause that tells what the main clause's act did next, its antecedent the subject of a verb in the simple past right
 * after "which": "ECOWAS imposed sanctions, which hit Mali particularly hard in the first half of 2022". Not a state or a
 * past told in the pluperfect ("which had begun its work in 2013"), nor one whose own subject follows "which" ("Palmyra,
 * which ISIL seized in May 2015").
 */
const OUTCOME_CLAUSE = /^,\s*which\s+(?:[a-z]{2,}ed|hit|struck|took|left|cut|drove|brought|led|sent|forced|kept|made|found|gave|held|began)\b/;
/**
 * A main clause in the simple past before it ("ECOWAS suspended them … and imposed sanctions"), read over its last words only;
 * a name set after its object stands between ("later became a base of the UN mission, MINUSMA, which handed it over …").
 */
const PAST_MAIN_CLAUSE =
  /(?:^|[,;])(?:[^,;]*?\s)?(?<!\b(?:had|has|have|was|were|is|are|been|be|who|which|that)\s)(?:[a-z]{3,}ed|took|hit|struck|cut|sent|made|won|led|became)\s[^,;]*(?:,\s*[A-Z][\wÀ-ɏ'’-]*(?:\s+[A-Z][\wÀ-ɏ'’-]*){0,3})?$/;

/**
 * "…, and after the capture of Izium on 1 April it began to advance": a second main clause's own opening phrase, up to its
 * date, with the clause's subject (a pronoun) or a comma right after; it sets that clause's scene as a sentence's opening
 * phrase does (guide: an opening phrase is no clause).
 */
const CLAUSE_OPENING_BEFORE = /(?:,\s*(?:and|but)|;)\s+(?:after|following)\s+the\s[^,;]{1,80}$/i;
const CLAUSE_OPENING_AFTER = /^\s*(?:,|(?:it|they|he|she|we)\s)/;

/**
 * The same participle set between commas as an appositive of the subject: "The old council, elected in May 2019, was dissolved in
 * March" (group 1, from the participle, a present one too, to the closing comma). It stands for "which was elected …" (guide), so its
 * date yields to the main clause's as that clause's does, after an opening "In the east," too. Only when the main clause's verb
 * has a date of its own before any "that" or a comma opening a clause of its own (a place's aside may stand between: "reached
 * the town of Mabrouka, about 60 km east of Tal Abyad, on 23 May"): "Its report, published on 30 September 2009, concluded that the war had begun on 7 August" is dated by the
 * publishing (the report's concluding), and "The first video, posted on April 8, was filmed by a soldier" by the posting ("reopened
 * yesterday" dates it too). No "and" in it: "The group, formed in 1992 and co-chaired by … from 1997, led …" runs past a list's comma.
 */
const MAIN_CLAUSE_DATED = new RegExp(
  `^\\s+(?:(?!\\bthat\\b|,\\s*(?:and|but|which|who|when|where|while|as|after|before)\\b)[^;:.])*?\\b(?:(?:in|on|from|by)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:\\d|${MONTH_NAME}|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\\b)|(?:in|through|over|during)\\s+the\\s+(?:spring|summer|autumn|winter)\\b|\\b(?:yesterday|today|this\\s+(?:morning|week))\\b)`,
);
// The subject may be a bare plural ("Russian troops, reinforced from November by North Korean soldiers, pushed … through the winter",
// "Passenger trains to Baku, suspended in 2013 …, resumed on 30 September 2018"),
// or a noun with no article before its "of" phrase ("Reconstruction of the secondary school, damaged by shelling in 2016, began in September 2025")
// or after a name's possessive ("Raqqa's Old Bridge, destroyed in 2017, reopened to traffic on 15 June 2025"),
// and the participle may follow a noun it describes ("a volunteer police battalion raised in … June 2014"), a second noun after it ("The
// men, two soldiers captured near the border in 2023 and two civilians who had strayed across it, were flown on … on Tuesday evening"),
// but no second verb ("and led by") save a dated one ("built in 1967 and last repaired in 2012"). The subject may run long ("The national
// dialogue that was meant to prepare those elections, put off twice this year, finally opened … in August"); a weekday or a news post's
// "this year" dates the aside as a written year does ("closed since Monday night by a landslide").
// It may be a clause of time's ("When the disengagement at Zolote, agreed in Minsk on 1 October 2019, began on 29 October, …").
/**
 * "That evening, a man shows us the garden where he buried his neighbour, killed by a shell in April": a casualty described by when
 * and how they were killed, set after a comma, stands for a "who was killed …" clause, so its date yields to the main clause's.
 */
const CASUALTY_ASIDE = /,\s+(?:killed|wounded|injured|shot|hit)\s+by\s[^,;.]{1,60}?\s(?:in|on)\s[^,;.]{1,40}/g;

/** A second main clause: "the SDF entered the city …, but it withdrew three days later" is dated by the opening phrase, its first clause having no date of its own. */
const SECOND_CLAUSE = /,\s+(?:and|but)\s/;
const SECOND_CLAUSE_OR_SEMICOLON = /,\s+(?:and|but)\s|;/;
/** Where a main clause's own words end: a second main clause, or a relative clause ("…, whose headquarters moved … the same year"). */
const MAIN_CLAUSE_ENDS = /,\s+(?:and|but|whose|which|who|where)\s|;/;

/** Where the first main clause after `from` ends, at the next clause break `breaks` finds (the text's end if none). */
function firstClauseEnd(flat: string, from: number, breaks: RegExp): number {
  const found = flat.slice(from).search(breaks);
  return found < 0 ? flat.length : from + found;
}

/** Whether a relative phrase stands in the first main clause after the opening phrase that ends at `opening`. */
function countsInFirstClause(mentions: readonly DateMention[], flat: string, opening: number, breaks = SECOND_CLAUSE): boolean {
  const clauseEnd = firstClauseEnd(flat, opening, breaks);
  return mentions.some((other) => other.kind === 'relative' && other.index >= opening && other.index < clauseEnd);
}
const PARTICIPLE = '(?:[a-z]{3,}ed|built|held|taken|chosen|won|drawn|made|begun|set\\s+up|put\\s+off)';
const NAME_WORD = "[\\wÀ-ɏ'’-]+"; // a subject's word ("The paved road from Néma"); an abbreviation may follow in brackets ("(IPRM)")
const SUBJECT_APPOSITIVE_PARTICIPLE = new RegExp(
  `^(?:(?:When|Once|After|As)\\s+(?=the\\s)|(?:In\\s+the\\s+(?:north|south|east|west|centre|center)|Meanwhile|(?:Further|Farther)\\s+(?:north|south|east|west))\\s*,\\s+)?(?:(?:The|A|An|Its|Their|His|Her|the|a|an|[A-Z][\\wÀ-ɏ-]*['’]s)\\s+(?:${NAME_WORD}\\s+){0,9}?${NAME_WORD}|[A-Z][a-z]+\\s+[a-z]+s(?:\\s+(?:to|from)\\s+[A-Z][\\wÀ-ɏ'’-]*)?|[A-Z][a-z]+\\s+of\\s+(?:(?:the|its|their)\\s+|(?=[A-Z]))(?:[\\wÀ-ɏ'’.-]+\\s+){0,8}?[\\wÀ-ɏ'’-]+)(?:\\s+\\([^()]{1,20}\\))?,\\s+((?:(?:two|three|four|five|six|\\d+|several|some|many|most|a|an|the)\\s+(?:(?!(?:was|were|is|are|had|has|have|been)\\s)[a-z-]+\\s+){1,3}?)?(?:${PARTICIPLE}|(?!(?:during|including|following)\\s)[a-z]{3,}ing)\\s(?:(?!\\band\\b)[^,;])*?(?:\\d|\\b${MONTH_NAME}|\\b(?:this|last)\\s+year\\b|\\bthat\\s+(?:spring|summer|autumn|winter)\\b|\\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\\b)(?:(?!\\band\\s+(?!(?:two|three|four|five|six|\\d+|several|some|many|a|an|the|of|from)\\s|(?:(?:last|later|again|then)\\s+)?[a-z]{2,}ed\\s+(?:as|for|by|until|in|on)\\s))[^,;])*),`,
);
const SUBJECT_PARTICIPLE_BEFORE_VERB = new RegExp(
  `^(?:(?:When|Once|After|As)\\s+)?(?:The|A|An|Its|Their|the|[a-z]+s\\s+of\\s+the)\\s+(?:[\\wÀ-ɏ'’-]+\\s+){0,4}?((?:(?:that|which)\\s+(?:broke\\s+out|began|started|erupted|flared\\s+up)\\s|${PARTICIPLE}\\s)(?:(?!\\b(?:and|that)\\b)[^,;])*?\\d)(?=\\s+(?:[a-z]{3,}ed|reached|took|fell|came|went|began|broke|drove|won|lost)\\s)`,
);

/**
 * "After the fall of the government in December 2024, the region came under the new authorities, although the rebels held
 * parts of it into 2025": a concessive clause after a main clause that an opening phrase dates yields to that phrase (guide),
 * as the main clause's own date would not. Up to the next semicolon.
 */
const CONCESSIVE_CLAUSE = /,\s*(?:although|though|even\s+though)\s[^;]*/g;

/**
 * "Homs was one of the centres of the Syrian revolution in 2011, and the old city was besieged … from 2012", "It was the largest
 * hydroelectric station in Europe when it opened in 1932, and it remained … until … March 2024", "Protests in the city in
 * the summer of 2011 were among the largest of the uprising, and the army entered it on 31 July 2011": an opening clause ranking
 * its subject describes it, so the main clause after it dates the sentence by its own date. Up to its comma; not a second verb of
 * a subject that acted ("entered Balakliia on 8 September and were among the first units in Kupiansk"), nor "was one of the first
 * towns to join the uprising", which tells that it joined.
 */
const RANKING_CLAUSE =
  /^(?:(?!\band\s)[^,;])*?\b(?:was|were|is|are)\s+(?:(?:one\s+of|among)\s+the\s(?!(?:first|last)\s[^,;]*?\bto\s+[a-z]+\b)|the\s+(?:[a-z]{3,}est|most\s+[a-z]+)\s)[^,;]*(?=,\s+(?:and|but)\s|;)/;

/**
 * "struck the refinery in the early hours of Tuesday, setting off a fire that firefighters were still fighting this morning": a
 * later date of the sentence telling what still held then is told from a later time than the story's day, as a relative clause's.
 */
const STILL_HOLDS = /\bstill\s+[a-z]+ing\b[^,;.]{0,30}$/;
/** "Thirteen people were killed, among them the writer, who died of her injuries on 1 July": a casualty's later death, up to its date. */
const DIED_LATER = /^,\s*who\s+(?:later\s+)?died\s+(?:of\s+(?:his|her|their)\s+(?:injuries|wounds)\s+)?(?:in\s+hospital\s+)?(?:on|in)\s+$/;
/** "…, among them a volunteer, Oleksandr, who dies in hospital in Zaporizhzhia two days later": the same death counted from the day. */
const DIED_COUNTED_LATER = /,\s*who\s+(?:later\s+)?(?:died|dies)\b[^,;.]{0,60}\s$/;

/**
 * A date in an opening phrase or a relative clause is the background of the main clause: a date
 * of the main clause dates the sentence before it (see `AbsoluteMention.background`). Alone, it
 * dates the sentence ("A reporter, who left before 25 February, saw heavy fighting").
 */
export function markBackgroundDates(mentions: DateMention[], flat: string): DateMention[] {
  const opening = (DURING_NAMED_UNMARKED.exec(flat) ?? OPENING_UNDATED_UNMARKED.exec(flat) ?? INTRODUCTORY.exec(flat))?.[0].length;
  const clauses: (Span & { outcome: boolean; place?: true; countedFrom?: true })[] = [...flat.matchAll(RELATIVE_CLAUSE)]
    .filter((match) => !(TOOK_EFFECT.test(match[0]) && ENDED_WITH_BEFORE.test(flat.slice(Math.max(0, match.index - NEAR), match.index))))
    // "served as a starting point for the campaign, which began in September 2017": that start is the main clause's own happening.
    .filter((match) => !startsWhatItLaunched(flat.slice(Math.max(0, match.index - NEAR), match.index + NEAR)))
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      outcome: OUTCOME_CLAUSE.test(match[0]) && PAST_MAIN_CLAUSE.test(flat.slice(Math.max(0, match.index - NEAR), match.index)),
    }));
  for (const match of flat.matchAll(PLACE_CLAUSE)) clauses.push({ start: match.index, end: match.index + match[0].length, outcome: false, place: true });
  for (const match of flat.matchAll(CASUALTY_ASIDE)) clauses.push({ start: match.index, end: match.index + match[0].length, outcome: false });
  if (opening !== undefined)
    for (const match of flat.matchAll(CONCESSIVE_CLAUSE)) clauses.push({ start: match.index, end: match.index + match[0].length, outcome: false });
  const ranking = RANKING_CLAUSE.exec(flat);
  if (ranking !== null) clauses.push({ start: 0, end: ranking[0].length, outcome: false });
  for (const span of [...subjectDescriptions(flat), ...openingTimeClauses(flat)]) clauses.push({ ...span, outcome: false });
  // The subject may open the sentence or a main clause after its semicolon ("…; the first of them, called up under the
  // mobilisation announced on 21 September, were reported in mid-October").
  const semicolon = flat.indexOf('; ');
  for (const from of semicolon < 0 ? [0] : [0, semicolon + 2]) {
    const rest = flat.slice(from);
    const appositive = SUBJECT_APPOSITIVE_PARTICIPLE.exec(rest.charAt(0).toUpperCase() + rest.slice(1));
    if (appositive === null) continue;
    const end = from + appositive[0].length - 1;
    if (MAIN_CLAUSE_DATED.test(rest.slice(appositive[0].length))) clauses.push({ start: end - (appositive[1] ?? '').length, end, outcome: false });
    // "A second offensive, launched on 6 May, took the mountains and reached the village by the end of the month": the main clause's
    // relative phrase dates it, counted from the participle's date, as from an opening phrase's (GUIDE.md: an opening phrase is no clause).
    else if (mentions.some((mention) => mention.kind === 'relative' && mention.index > end))
      clauses.push({ start: end - (appositive[1] ?? '').length, end, outcome: false, countedFrom: true });
  }
  // "When the opposition offensive launched from Idlib on 27 November 2024 reached Aleppo two days later, …": the same participle
  // with no commas, the subject's own verb in the simple past right after its date, is counted from as the appositive is, and so
  // is a clause of its beginning ("The fighting that broke out near Movses on 12 July 2020 reached Aygehovit two days later").
  const restrictive = SUBJECT_PARTICIPLE_BEFORE_VERB.exec(flat);
  // With a date of its own written out there ("A cotton gin built by the cooperative in 1986 closed in 2004"), that verb's date
  // dates the sentence, as after the appositive between commas.
  if (restrictive !== null) {
    const span = { start: restrictive[0].length - (restrictive[1] ?? '').length, end: restrictive[0].length, outcome: false };
    const clauseEnd = firstClauseEnd(flat, span.end, SECOND_CLAUSE_OR_SEMICOLON);
    if (mentions.some((mention) => mention.kind === 'relative' && mention.index >= span.end)) clauses.push({ ...span, countedFrom: true });
    else if (mentions.some((mention) => mention.kind === 'absolute' && mention.index >= span.end && mention.index < clauseEnd)) clauses.push(span);
  }
  const marked = (mention: DateMention): Partial<AbsoluteMention> | undefined => {
    // "Following the Russian intervention, which began on 30 September 2015, …": the clause dates the opening phrase's happening,
    // which the story may follow from outside its span; it stays the opening phrase's date, not a described past.
    if (mention.kind === 'absolute' && mention.background === 'opening') return undefined;
    if (mention !== mentions[0] && STILL_HOLDS.test(flat.slice(Math.max(0, mention.index - NEAR), mention.index)))
      return { background: 'clause', stillHolds: true };
    if (tellsWhatWitnessTold(mention, mentions, flat)) return { background: 'clause' };
    const end = mention.index + mention.text.length;
    if (
      opening === undefined &&
      /^When\s/.test(flat) &&
      OPENING_AFTER_CLAUSE.test(flat.slice(0, mention.index)) &&
      /^\s*,/.test(flat.slice(end)) &&
      countsInFirstClause(mentions, flat, end, MAIN_CLAUSE_ENDS)
    )
      return { background: 'opening', namedInOpening: true };
    if (opening !== undefined && end <= opening) {
      const before = flat.slice(0, mention.index);
      if (OPENING_HAPPENING.test(before) || (OPENING_AFTER_CLAUSE.test(before) && countsInFirstClause(mentions, flat, opening)))
        return { background: 'opening', namedInOpening: true };
      return inAfterClause(before) ? { background: 'opening', afterClause: true } : { background: 'opening' };
    }
    if (CLAUSE_OPENING_BEFORE.test(flat.slice(Math.max(0, mention.index - NEAR), mention.index)) && CLAUSE_OPENING_AFTER.test(flat.slice(end, end + 8)))
      return { background: 'opening' };
    // A span counted from wins over a relative clause holding the same date ("The fighting that broke out … on 12 July 2020").
    const holding = clauses.filter((span) => isInside([span], mention.index, mention.index + mention.text.length));
    const clause = holding.find((span) => span.countedFrom === true) ?? holding[0];
    if (clause === undefined) return undefined;
    if (clause.countedFrom === true) return { background: 'opening', namedInOpening: true };
    if (DIED_LATER.test(flat.slice(clause.start, mention.index))) return { background: 'clause', diedLater: true };
    if (clause.place === true) return { background: 'clause', place: true };
    return clause.outcome ? { background: 'clause', outcome: true } : { background: 'clause' };
  };
  return mentions.map((mention) => {
    if (mention.kind === 'relative')
      return mention.amount > 0 && DIED_COUNTED_LATER.test(flat.slice(Math.max(0, mention.index - NEAR), mention.index))
        ? { ...mention, diedLater: true as const }
        : mention;
    const background = marked(mention);
    return background === undefined ? mention : { ...mention, ...background };
  });
}
