/**
 * Sentences that judge what was told rather than tell a happening. Below a heading that is a date,
 * such a sentence is analysis, not a happening of that day (GUIDE.md: analysis is no event). Both
 * patterns are anchored at the sentence's start with a bounded subject, so they read only its
 * first words.
 */
import { MONTH_NAME } from './dateMention.ts';
import { opensInHindsight, seenByTheMany } from './judgedLater.ts';
import { HAPPENING, NAMED_ACTOR_DID, WEEKDAY } from './relativeVocabulary.ts';

/**
 * Ranks what was told before: "The massacre was one of the largest of the war", "It was the deadliest attack of the year", "The
 * fighting around the villages that spring was among the heaviest of the war's first months", and denied, "It was not the only
 * deadly attack on the city this week", and ranked below the first, "It was the second-deadliest massacre committed by ISIL in Syria".
 * "Until 2022 it was the only road crossing" opens with the bound of a past state, which dates it (guide), not a subject, and
 * "The 9th is the worst day for the town", "June 7 is the worst day" and "The night of February 26 is the heaviest" name the day
 * they judge, an anchor for what follows (dayNamingLine.ts). "The town was among the worst hit in Idlib by the earthquake of 6
 * February 2023" ranks the places a dated happening befell: the befalling is told, on its date (`namedHappeningWords.ts`).
 */
const RANKING =
  /^(?!(?:Until|Till)\b)(?!The\s+(?:\d{1,2}(?:st|nd|rd|th)|(?:night|day|morning|evening|afternoon)\s+of\s+[^,;]{3,20}?)\s+(?:was|is)\s+the\b)(?!(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:st|nd|rd|th)?\s+(?:was|is)\s+the\b)(?:The|This|That|It|Its|Their|[A-Z][\wÀ-ɏ'-]+)\b[^,;]{0,60}?\s(?:was|is|remains|remained)\s+(?:not\s+)?(?:one\s+of\s+|among\s+)?(?:the|its|their|(?:the\s+)?[\wÀ-ɏ-]+['’]s)\s+(?:(?:second|third|fourth|fifth)[-\s]+)?(?:only|most|least|worst|best|largest|biggest|greatest|deadliest|bloodiest|heaviest|longest|fiercest|costliest)\b(?!\s+(?:hit|affected|damaged|struck)\b[^,;.]{0,40}?\sby\s+the\s+(?:[\wÀ-ɏ'-]+\s+){1,3}of\s+(?:\d|[A-Z]))/;

/**
 * Counts what was just told among its like: "It was the first public admission of a defeat in
 * years", "This marked the fourth time the town had changed hands", "It was at least the third incursion into the province this
 * month", "It was not the first raid on the base this spring". A pronoun subject points back, and so does a happening a news post
 * names by its day ("Sunday's attack was the third on Sirgadji this year"), and any subject denied to be
 * the first ("The fires on Sunday were not the first attacks on schools in the commune this year"); "The brigade was the first
 * to enter the town" tells its own happening.
 */
const ORDINAL_COUNT =
  /^(?:(?:(?:It|This|That)\s+(?:was|marked|became|remains|remained)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday)['’]s\s+[a-z-]+\s+(?:was|is|marked|became))\s+(?:not\s+|at\s+least\s+)?|[A-Z][^,;]{0,60}?\s(?:was|were)\s+not\s+)the\s+(?:first|second|third|fourth|fifth|sixth|last)\b/;

/**
 * Files what was told among a set: "The battle was one of a series of slow, costly Russian advances west of Donetsk that year", "It
 * was one of several setbacks that slowed the advance that winter": a classing, no happening, whatever time the set is told in.
 */
const CLASSED_AMONG_SET =
  /^(?:The|This|That|It)\b[^,;]{0,40}?\s(?:was|is|remains|remained|became)\s+(?:one|part)\s+of\s+(?:a\s+(?:series|string|wave|chain|number|handful)\s+of|several|many|numerous)\s/;

/**
 * Counts a happening among its like since a point: "Armenia's request to the alliance was the second since the start of the
 * crisis", "Saturday's attack is the third deadly one on traders travelling to Baléyara since the start of the rainy season".
 * Whatever the subject, "since" makes it a count, not the happening itself.
 */
const ORDINAL_SINCE = /^[^,;]{0,60}?\s(?:was|is|marked|became)\s+the\s+(?:first|second|third|fourth|fifth|sixth|last)\s+(?:[^\s,;.]+\s+){0,8}?since\b/;

/**
 * Ranks the subject, in the present, among its like by when each came: "Burkina Faso is the third country in West Africa to be
 * taken over by its soldiers in eighteen months, after Mali in August 2020 and Guinea last September". The dates are the others'
 * (the ranking's measure), and the subject's own happening is told elsewhere; the past "was the first to enter" tells its own.
 */
const ORDINAL_TO_PRESENT =
  /^[^,;]{0,60}?\s(?:is|has\s+become)\s+(?:only\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|latest|\d{1,2}(?:st|nd|rd|th))\s+(?:[\wÀ-ɏ-]+\s+){1,6}?to\s+(?!(?:the|a|an|its|their|his|her|relations|ties)\b)(?:be\s+|have\s+(?:been\s+)?)?[a-z]+/;

/**
 * Counts what was told as a number of times: "It is the second time this year that the army has seized power",
 * "This was the third time since 2012 that the town changed hands", "It was the third strike on Kyiv's energy system this
 * winter". The date is the measure of the count, as a
 * ranking's is, so it tells no happening.
 */
const TIMES_COUNT =
  /^(?:It|This|That)\s+(?:is|was|marked|became)\s+(?:only\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))\s+(?:time\b|[^,;.]{1,60}?\b(?:this|that)\s+(?:winter|summer|spring|autumn|year|month|week)\b)/;

/**
 * Counts what was told among a numbered set: "It was the first of four resolutions the Council would adopt on the conflict
 * that year". The date bounds the set counted, as a count of times' does, so it tells no happening.
 */
const ORDINAL_OF_SET =
  /^(?:It|This|That)\s+(?:was|is|became)\s+(?:only\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|last)\s+of\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s/;

/**
 * Names or weighs the story from today ("The fighting has been described as a stalemate", "Officials have called the loss the
 * worst blow", "has since been regarded by many officers as a model", "has been compared to that of 1941", "The case has become
 * a symbol of the crackdown that followed the decision, announced on 28 November", "has been cited by analysts as an example of
 * the tactic adopted after … 2023", "The rapid fall of the towns in the autumn of 2024 has been attributed by analysts to …");
 * "viewed", "compared", "attributed" and "cited" only in the passive, since "have viewed the footage" is watching, not naming.
 */
const NAMING =
  /^[^;]{0,80}?\s(?:has|have)\s+(?:(?:widely|often|also|since|variously|generally|long)\s+)?(?:(?:been\s+)?(?:called|described|termed|regarded|considered|characteri[sz]ed|portrayed)|been\s+(?:viewed|compared|likened|attributed|cited(?=[^;.]{0,40}\sas\s))|become\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:symbol|byword|emblem)\s+(?:of|for)|come\s+to\s+(?:symboli[sz]e|stand\s+for))\b/;

/**
 * "Analysts have noted that the loss of the town in January removed the last foothold": what commentators have said of the
 * story, in the present perfect of the writer's day, is analysis (guide), and the date inside what they say names the
 * happening they weigh, told before; so is what they described the story as, in the simple past too ("Analysts described the
 * ambush as evidence that the army could no longer protect its supply lines, where it had lost control … by mid-2022"), or saw it
 * as ("Analysts have seen the Boni agreement as one of a series of local pacts, like that of Farabougou in 2021"). A
 * witness's words ("She told us that on March 4 her block was hit") are the story. The commentators may be named by where they work
 * ("Researchers at ACLED noted that attacks … had roughly doubled in the second half of 2023").
 */
const COMMENTATORS =
  /^(?:(?:Many|Some|Several|Other|Most|Western|Military|Independent)\s+)?(?:analysts|observers|commentators|experts|historians|scholars|researchers)(?:\s+(?:at|of|from)(?:\s+the)?\s+[A-Z][^\s,;]*(?:\s+(?:[A-Z][^\s,;]*|for|of|the|and|on)){0,6}?)?\s+(?:(?:(?:have|has)\s+(?:also\s+|since\s+|long\s+|widely\s+)?)?(?:noted|argued|suggested|pointed\s+out|observed|stressed|concluded|speculated|assessed|estimated|judged)\s+(?:that|how|whether|why)\b|(?:(?:have|has)\s+)?(?:attributed|linked|tied|credited)\s+(?:the|this|that|its|their)\s+[^;.]{1,80}?\s+(?:to|with)\b|(?:have|has)\s+(?:also\s+|since\s+|long\s+|widely\s+)?(?:written|questioned)\s+(?:that|how|whether|why)\b|(?:(?:have|has)\s+)?(?:later\s+|since\s+)?(?:described|characteri[sz]ed|seen|viewed|regarded)\s+(?:the|this|that|its|their)\s+[^,;.]{1,40}?\s+as\b)/i;

/**
 * "Analysts of the Institute for the Study of War noted that the brigade … was by then suffering heavy losses": what they said
 * of the story's day, told at it, is a report of that day (the guide's "by then"), not a weighing from the writer's day.
 */
const AT_THE_STORYS_TIME = /\b(?:by\s+then|by\s+that\s+time|at\s+the\s+time)\b/;
const weighedByCommentators = (sentence: string): boolean => COMMENTATORS.test(sentence) && !AT_THE_STORYS_TIME.test(sentence);

/** Measures a state against a purpose or a belief ("The bridgehead … was too small to threaten", "Fewer than 70,000 were believed to remain"). */
const STATE = /^[^;]{0,120}?\s(?:was|were|is|are)\s+(?:too\s+[a-z]+\s+to|(?:believed|thought|estimated)\s+to\s+(?:remain|be)\b)/;

/**
 * A verb of showing followed by what was shown ("how", "that", "what", "why"): "The battle showed
 * how much the army depended on its drones". "The attack exposed the bridge" tells a happening, and so does a clip that "shows
 * what is left of Kodema", the ruins it films.
 */
const SHOWING =
  /^(?:The|This|That|These|Those|Its|Their|It)\s+(?:[\wÀ-ɏ'-]+\s+){0,3}?(?:showed|shows|demonstrated|demonstrates|revealed|reveals|illustrated|illustrates|highlighted|highlights|exposed|exposes|underlined|underlines|proved|proves)\s+(?:how|that|what(?!\s+(?:(?:is|was|are|were)\s+left|remains?|remained)\b)|why)\b/;

/**
 * "The upper gorge is the only part of Abkhazia still held by Georgia, since Georgian police took it in July 2006": "the only"
 * there says whose hands the place is in since a date, the holding begun then (guide), no ranking. Bounded.
 */
const ONLY_HELD_SINCE = /\bthe\s+only\s[^;.]{0,80}?\b(?:held|controlled|occupied)\b[^;.]{0,20}?\bsince\b/;

/** A verb of the story in the words before the ranking: a past in -ed, or a common irregular one. */
const TOLD_BEFORE_RANK = /\s(?:\w+ed|hit|struck|took|fell|began|fought|shot|led|left|won|lost|broke|came|went|made|ran|held|sent|overran|killed)\s/;
/** The ranking verb phrase that ends a RANKING match. */
const RANK_VERB = /\s(?:was|is|remains|remained)\s+(?:one\s+of\s+)?(?:the|its|their|(?:the\s+)?[\wÀ-ɏ-]+['’]s)\s+\w+$/;

/**
 * Whether a sentence only ranks what was told ("The fighting on the first day was the heaviest in
 * twenty years", "The attack was the deadliest since March, when …"): analysis, whatever date it
 * names, since a date there is only the measure of the ranking.
 */
export function ranksWhatWasTold(sentence: string): boolean {
  if (DATED_AFTER_BREAK.test(sentence)) return false;
  return ranksOnly(sentence);
}

/** Whether a sentence ranks or counts what was told, read as if nothing followed it (see `rankingEnd`). */
function ranksOnly(sentence: string): boolean {
  if ([TIMES_COUNT, ORDINAL_OF_SET, ORDINAL_TO_PRESENT, ORDINAL_COUNT, ORDINAL_SINCE, CLASSED_AMONG_SET].some((pattern) => pattern.test(sentence))) return true;
  const ranking = RANKING.exec(sentence);
  // "The bombing of the market on 5 May killed 50 people and was the deadliest …" tells its
  // happening before ranking it: a past verb in the subject's words keeps the sentence an event.
  return (
    ranking !== null &&
    !TOLD_BEFORE_RANK.test(`${ranking[0].replace(RANK_VERB, '')} `) &&
    !tellsDatedHappeningAfterRanking(sentence) &&
    !ONLY_HELD_SINCE.test(sentence)
  );
}

/**
 * "It was the heaviest defeat of the war, and it contributed to the acceptance of the ceasefire in September 2014": a second main
 * clause telling a happening of its own, the only clause with a date, dates the sentence (guide); the ranking stays analysis. A
 * date in the ranking's own clause ("the deadliest since March 2012, and it prompted …") is only its measure, so the whole
 * sentence is still the ranking's. Read over a bounded stretch of the sentence.
 */
const SECOND_CLAUSE_TOLD =
  /,\s+(?:and|but)\s+(?:it|this|they)\s+(?:also\s+|later\s+)?(?:(?:was|were)\s+)?(?:[a-z]+ed|led|took|brought|made|left|won|lost|drove)\b/;
const DATE_WORD = new RegExp(`\\d|\\b${MONTH_NAME}`);
const RANKING_REACH = 240;
const RANKED_WHEN = /\swhen\s[^,;]*$/;

/**
 * "It was the second time the plant has been hit since the start of the year; on 24 January, drones set fire to a distillation unit
 * there", "It was the second deadly clash at the site this year: in March, a dispute … left five people dead": a main clause after
 * the semicolon or the colon that opens with its own date tells a happening of that day, whatever the first ranked. The date may
 * count back from the post's day ("last May, a tank wagon …", "a year ago, a drone attack …") or be the first of the count's
 * ("the first, on 6 February, brought back 87 men").
 */
const DATED_AFTER_BREAK = new RegExp(
  `[;:]\\s+(?:(?:on|in)\\s+(?:\\d|(?:${MONTH_NAME})\\b)|last\\s+(?:${MONTH_NAME}|year|month|week)\\b|an?\\s+(?:year|month|week)\\s+ago\\b|the\\s+first,\\s+on\\s+(?:\\d|(?:${MONTH_NAME})\\b))`,
);

/**
 * Where the ranking ends when a dated clause after its semicolon or colon tells a happening ("Monday's rockfall was the second in
 * the district this year: in January a boulder came down"): the dates before it are the ranking's measure and its label, so only
 * those after it date the sentence. -1 when the sentence is no such pair.
 */
export function rankingEnd(sentence: string): number {
  const after = DATED_AFTER_BREAK.exec(sentence);
  return after !== null && ranksOnly(sentence.slice(0, after.index)) ? after.index : -1;
}

function tellsDatedHappeningAfterRanking(sentence: string): boolean {
  const second = SECOND_CLAUSE_TOLD.exec(sentence.slice(0, RANKING_REACH));
  // A "when" clause dating the ranking ("was the largest … in Europe when it opened in 1932") is no measure of it.
  const ranking = second === null ? '' : sentence.slice(0, second.index).replace(RANKED_WHEN, '');
  return second !== null && !DATE_WORD.test(ranking) && DATE_WORD.test(sentence.slice(second.index));
}

/**
 * Weighs in the present how things look ("Eight years later, his allies look far less able to save him", "The army
 * seems unlikely to hold the city"): a judgement of the writer's day, whatever its date counts from. "appears to have
 * captured the town on 5 May" hedges a happening and is no such judgement. Bounded subject, so only the first words are read;
 * a judgement in a second main clause ("On Thursday the army backed them, and it now looks unlikely that …") leaves the first
 * clause's happening told.
 */
const HOW_THINGS_LOOK =
  /^(?:(?!,\s(?:and|but)\s)[^;]){0,80}?\s(?:looks?|seems?|appears?)\s+(?:(?:far|much|even|ever|no)\s+)?(?:less|more|unlikely|likely|set|able|unable|weaker|stronger|increasingly)\b/;

/**
 * States in the present what has become plain ("A week later it is clear that this is something else"): the writer's
 * verdict on the day of writing, whatever its date counts from. "By 5 May it was clear that the town would fall" tells
 * how things stood on a day of the story and is no such verdict. Bounded subject, so only the first words are read.
 */
const PLAIN_NOW = /^[^;]{0,60}?\bit is (?:now |already |by now )?(?:clear|evident|obvious|plain|apparent) that\b/i;

/**
 * Asks in the present what is not known yet ("It is not clear where he is being held tonight, or whether he has resigned"):
 * an open question of the writer's day, nothing asserted. "It is unclear who fired the missile that hit the market on
 * Tuesday" asks about a happening told in the past, which stays told. Bounded: the question's verb within a few words.
 */
const OPEN_QUESTION =
  /^It (?:is|remains) (?:still |also )?(?:not (?:yet |entirely )?(?:clear|known)|unclear|uncertain|unknown) (?:where|whether|who|how|what|when|why|if)\s(?:[\wÀ-ɏ'’-]+\s){0,4}?(?:is|are|has|have|will|can)\b/;

/**
 * "It is not clear how the attackers, who appear to have entered the city during the night, passed the checkpoints": an open
 * question about those the writer can only surmise things of. Unlike "who fired the missile that hit the market on Tuesday",
 * no happening in it is told as having taken place, so it dates nothing (guide: not asserted). Bounded subject and aside.
 */
const SURMISED_QUESTION =
  /^It (?:is|remains) (?:still |also )?(?:not (?:yet |entirely )?(?:clear|known)|unclear|uncertain|unknown) (?:where|whether|who|how|what|when|why|if)\s[^,;.]{1,40},\s+(?:who|which)\s+(?:appears?|seems?)\s+to\s+have\s[^,;]{1,80},/;

/**
 * "Tuesday's attack came a day after the first anniversary of the alliance, …, and five days before independence day": a
 * happening the post has told, named by its possessive label, set against other days. A remark on its timing, no new
 * happening, whose dates are background (guide). Not before a clause telling what someone did ("… came two days after
 * Zelenskyy asked …"): that tells an earlier happening (`countedBackPhrases.ts`). Bounded label, read from the sentence's start.
 */
const TIMING_REMARK = new RegExp(
  `^(?:Yesterday|Today|${WEEKDAY}|Last\\s+(?:week|month)|This\\s+week)['’]s\\s+(?:[a-z-]+\\s+){0,2}?(?:${HAPPENING}|ambush|raid|coup|massacre|decision|announcement|vote)\\s+(?:came|comes|fell|falls|followed|follows)\\s+(?:(?:just|only|exactly)\\s+)?(?:(?:a|one|two|three|four|five|six|seven|\\d{1,2})\\s+(?:days?|weeks?)\\s+)?(?:after|before|on\\s+the\\s+eve\\s+of)\\b(?!\\s+${NAMED_ACTOR_DID})`,
);

/** Whether a sentence only remarks on when a happening told fell, beside other days: no event, and its dates move no anchor. */
export function remarksOnTiming(sentence: string): boolean {
  return TIMING_REMARK.test(sentence);
}

/** "…, and on 5 May the army withdrew": a second main clause that may tell a happening of its own. */
const SECOND_MAIN_CLAUSE = /,\s+(?:and|but)\s/;

/** A comma that ends a clause, not one of a list of names ("Ukrainsk, Novohrodivka and Selydove"). */
const CLAUSE_COMMA = /,(?!\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?(?:,|\sand\s))/u;

/**
 * Whether a sentence names or weighs the story from the writer's day ("Analysts have described the battle as the main
 * effort of the campaign in 2024 and 2025", "Officials have called the strike of 5 May a war crime"): analysis (guide), and
 * a date after its verb only dates what it names, the object of the naming, which tells no happening of its own. A date
 * before the verb ("After the town fell on 5 May, the battle has been called …") or in a second main clause ("…, and on 5
 * May the army withdrew") may tell one, so the sentence is left to the other rules.
 */
export function namesTheStoryFromToday(sentence: string): boolean {
  const naming = NAMING.exec(sentence);
  // A date in the subject itself ("Its destruction in 2024 has been compared to …", "The fall of Ukrainsk, Novohrodivka and
  // Selydove in the autumn of 2024 has been attributed …": a list's commas) names what is weighed; one set off by a comma before
  // the verb opens a clause of its own.
  if (naming === null || (DATE_WORD.test(naming[0]) && CLAUSE_COMMA.test(naming[0]))) return false;
  const rest = sentence.slice(naming[0].length);
  const clause = rest.search(SECOND_MAIN_CLAUSE);
  return clause === -1 || !DATE_WORD.test(rest.slice(clause));
}

/** Whether a sentence weighs how things look now, or tells what commentators have said of it: analysis, whatever it dates, so its dates move no anchor. */
export function weighsHowThingsLook(sentence: string): boolean {
  return (
    weighedByCommentators(sentence) ||
    HOW_THINGS_LOOK.test(sentence) ||
    PLAIN_NOW.test(sentence) ||
    OPEN_QUESTION.test(sentence) ||
    SURMISED_QUESTION.test(sentence)
  );
}

/** Whether a sentence only ranks or judges the story instead of telling one of its happenings. */
export function isAnalysis(sentence: string): boolean {
  return (
    RANKING.test(sentence) ||
    ORDINAL_COUNT.test(sentence) ||
    CLASSED_AMONG_SET.test(sentence) ||
    ORDINAL_SINCE.test(sentence) ||
    SHOWING.test(sentence) ||
    NAMING.test(sentence) ||
    STATE.test(sentence) ||
    HOW_THINGS_LOOK.test(sentence) ||
    weighedByCommentators(sentence) ||
    PLAIN_NOW.test(sentence) ||
    OPEN_QUESTION.test(sentence) ||
    SURMISED_QUESTION.test(sentence) ||
    opensInHindsight(sentence) ||
    seenByTheMany(sentence)
  );
}
