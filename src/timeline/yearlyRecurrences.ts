/**
 * Dates that come back every year rather than telling one happening: "every year on 9 May", "Rain falls only between July and
 * September", an anniversary marked, a day of remembrance kept "since" a year or named by its keepers without its year (guide:
 * commemoration is the remembering itself). `storyDate.ts` asks; every pattern reads only bounded stretches next to the date.
 */
import { MONTH_NAME, type AbsoluteMention } from './dateMention.ts';

/**
 * "Rain falls only between July and September", "the rainy season lasts from June to October": a month
 * without a year after a verb in the present tells what comes every year, not a happening ("Rain falls almost entirely between June
 * and September", "The river is at its highest in April and May", "The river is highest in April"); an infinitive is no present ("The
 * Euphrates began to fall in June").
 */
const HABITUAL_BEFORE = new RegExp(
  `\\b(?<!\\bto\\s)(?:(?:begins?|starts?)\\s+to\\s+(?:rise|fall|flood|freeze|thaw|melt|dry)|falls?|runs?|lasts?|occurs?|comes?|is|are|(?:is|are)\\s+(?:at\\s+(?:its|their)\\s+)?[a-z]+est)\\s+(?:(?:only|mainly|mostly|usually|generally|normally|(?:almost\\s+)?(?:entirely|only|always))\\s+)?(?:between|from|in|until)\\s+(?:(?:${MONTH_NAME})\\s+(?:and|to|until)\\s+)?$`,
  'i',
);

/** The words that make a time every year's: "every year", "each year", "annually", "yearly" (`otherTimePhrases.ts` reads them too). */
export const EVERY_YEAR = String.raw`(?:(?:every|each)\s+year|annually|yearly)`;

/**
 * A date that comes back every year is a commemoration, not a happening: "Every year on 9 May", "on 9 May each year", "every year on
 * the Sunday nearest to 15 August",
 * or a day in the present passive of a commemoration ("The date of the recapture, 26 January, is marked every year").
 */
const RECURS_BEFORE = new RegExp(String.raw`\b${EVERY_YEAR}\s+(?:on|in)\s+(?:the\s+)?(?:[A-Z][a-z]+day\s+(?:nearest|closest|next)\s+to\s+)?$|\bevery\s+$`, 'i');

/** A sentence opened by a yearly habit names days and months of no one year ("Every year since, …", "In most years the harvest …"). */
const RECURS_OPENING = new RegExp(String.raw`^\s*(?:${EVERY_YEAR}|In\s+(?:most|good|bad|dry|wet|average|normal)\s+years)\b`, 'i');

/** "is marked", "are still commemorated": the present passive in which a kept day is told. */
const KEPT_PASSIVE = String.raw`(?:is|are)\s+(?:still\s+|now\s+)?(?:marked|commemorated|celebrated|observed)\b`;

const RECURS_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${EVERY_YEAR}|${KEPT_PASSIVE})`, 'i');

/**
 * "the anniversary of the massacre was marked in June 2022 by a ceremony": a commemoration, no happening of the story
 * (guide), though told in the past, with or without its "on" ("was marked today"), and with where between ("was marked for the first
 * time in Khojaly itself on 26 February 2024", and in the perfect, "Since 2023, the anniversary of the protest has been marked on 26
 * March"); a memorial opened or a commemoration cancelled on its day stays a happening. A centenary is such an anniversary ("The
 * centenary of his birth was marked in Zangakatun on 24 January 2024"); read over the phrase's reach, as a long subject may stand
 * between ("The 30th anniversary of the opening of the Umid Bridge was marked with a ceremony at the crossing in May 2022").
 */
const ANNIVERSARY_MARKED =
  /\b(?:anniversar(?:y|ies)|centenar(?:y|ies)|centennial|bicentenary|bicentennial)\b[^,;.]{0,60}?\s(?:was|were|has\s+been|have\s+been)\s+(?:marked|commemorated|observed|celebrated)\s+(?:[^,;.]{0,60}?\s)?(?:(?:in|on)\s+(?:the\s+)?)?$/i;
/** "Families of the disappeared marked the tenth anniversary of the counter-coup in Bamako in April 2022": the same, told in the active. */
const MARKED_ANNIVERSARY = /\b(?:marked|commemorated|observed)\s+the\s+(?:[\wÀ-ɏ-]+\s+)?anniversary\s+of\b[^,;.]{0,80}?\s(?:in|on)\s+(?:the\s+)?$/i;

/**
 * "On 8 April 2023, the first anniversary of the attack, residents gathered at the station to lay flowers": a day named as
 * an anniversary, its main clause the remembering itself, is a commemoration (guide), as "the anniversary was marked" is;
 * a memorial opened or an attack made on an anniversary stays a happening. Read over a bounded stretch after the date.
 */
const ANNIVERSARY_REMEMBERED =
  /^\s*,\s*the\s+(?:[\wÀ-ɏ-]+\s+)?anniversary\s+of\s+[^,;.]{1,60},[^.;]{0,120}?\b(?:(?:laid|lay|laying|placed|brought)\s+(?:flowers|wreaths|candles)|commemorat\w*|mourn\w*|vigils?|(?:minute|moment)\s+of\s+silence|honou?r(?:ed|ing)?\s+the\s+(?:dead|victims|fallen))\b/i;

/**
 * "On 11 October 2021, the first anniversary of the strike was marked with a ceremony", "In February last year the 80th anniversary
 * of the battle was marked": the anniversary marked on the date is the subject of the clause it opens, the remembering told as "the
 * anniversary … was marked in June" tells it.
 */
const ANNIVERSARY_MARKED_AFTER =
  /^\s*,?\s*the\s+(?:[\wÀ-ɏ-]+\s+)?anniversary\s+of\s+[^,;.]{1,60}?\s(?:was|were)\s+(?:marked|commemorated|observed|celebrated)\b/i;

/**
 * "On 8 November 2023, the units took part in a military parade in Khankendi, which marked the third anniversary of the capture
 * of Shusha": a parade or ceremony told as marking an anniversary is the remembering itself (guide), as "the anniversary was
 * marked … by a ceremony" is. Bounded, within the sentence; a strike or an attack made on an anniversary stays a happening.
 */
const CEREMONY_MARKED_ANNIVERSARY =
  /^[^.;]{0,100}?\b(?:parade|ceremony|commemoration|vigil)\b[^.;]{0,80}?\b(?:which|that)\s+(?:marked|commemorated|celebrated)\s+the\s+(?:[\wÀ-ɏ-]+\s+)?anniversary\s+of\b/i;

/**
 * "On 30 December 2023, relatives of the victims gathered in Nouna to mark the first anniversary of the killings", "hundreds of
 * people gathered at the mass grave … for the first public commemoration of the chemical attack": people gathering to mark an
 * anniversary, or for a commemoration, is the remembering itself, as a ceremony that marked it is (guide). Bounded, within the sentence.
 */
const GATHERED_TO_MARK_ANNIVERSARY =
  /^[^.;]{0,100}?\b(?:gathered|met|assembled|rallied|marched)\b[^.;]{0,60}?\b(?:to\s+(?:mark|commemorate|remember)\s+the\s+(?:[\wÀ-ɏ-]+\s+)?anniversary|for\s+(?:the|a)\s+(?:[\wÀ-ɏ-]+\s+){0,2}?(?:commemoration|remembrance))\s+of\b/i;

/** "In 1997 the town marked the 900th anniversary of its first mention": the date first, its subject marking the anniversary after it. */
const MARKED_ANNIVERSARY_AFTER = /^\s*,?\s+[^,;.]{1,60}?\b(?:marked|commemorated|celebrated|observed)\s+the\s+(?:[\wÀ-ɏ-]+\s+)?anniversary\s+of\b/i;

/** How far after a date an anniversary's commemoration is read. */
export const ANNIVERSARY_NEAR = 220;

/**
 * Whether the words around a date tell an anniversary remembered on it, marked before the date (see ANNIVERSARY_MARKED) or named
 * after it: a commemoration, no happening, but a day the text states, from which "the same day" or "the following week" counts.
 */
export function remembersAnniversary(before: string, after: string): boolean {
  return (
    ANNIVERSARY_MARKED.test(before.slice(-ANNIVERSARY_NEAR)) ||
    ANNIVERSARY_REMEMBERED.test(after) ||
    ANNIVERSARY_MARKED_AFTER.test(after) ||
    MARKED_ANNIVERSARY_AFTER.test(after) ||
    CEREMONY_MARKED_ANNIVERSARY.test(after) ||
    GATHERED_TO_MARK_ANNIVERSARY.test(after)
  );
}

/**
 * "Azerbaijan marks 26 February as the Day of the Khojaly Genocide", "the country observes 9 May as Victory Day": a day without
 * its year that a present-tense verb of keeping names as a day of remembrance comes back every year.
 */
const KEPT_AS_BEFORE = /\b(?:marks|observes|celebrates|commemorates|keeps)\s+(?:the\s+)?$/i;
const KEPT_AS_AFTER = /^\s+(?:each\s+year\s+|every\s+year\s+|annually\s+)?as\s/i;

/** The verbs a day is kept by. */
const KEEPING = String.raw`(?:marked|observed|celebrated|commemorated|kept)\b`;
/**
 * "Since 2019, 29 August has been marked in Ukraine as the Day of Remembrance of the Defenders", "The day has been observed as a
 * national holiday since 1991": a day of remembrance kept every year from a stated year is a remembering repeated, no habit of
 * the story begun then (guide: commemoration); the start's date dates nothing. Only a day or holiday kept "as" such, told in the
 * present perfect or the present ("7 August is kept by local veterans as a day of remembrance"), with bounded stretches either
 * side; the day kept, without its year, names every year's day.
 */
const KEPT_AS_DAY = String.raw`(?:(?:has|have)\s+been|is|are)\s+${KEEPING}[^.;]{0,40}?\sas\s+(?:a|an|the)\s+(?:[\wÀ-ɏ'-]+\s+){0,4}?(?:day|holiday)\b`;
const KEPT_SINCE_OPENING = /^\s*Since\s+$/i;
const KEPT_AS_DAY_AFTER = new RegExp(String.raw`^,?\s+[^.;]{0,80}?\b${KEPT_AS_DAY}`, 'i');
const KEPT_SINCE_BEFORE = new RegExp(String.raw`\b${KEPT_AS_DAY}[^.;]{0,80}?\ssince\s+$`, 'i');
/**
 * "Since 2023, the anniversary of Kotsiubailo's death has been marked by a march in Kyiv", "Since 2011 the anniversary has been marked
 * every April": an anniversary marked every year from a stated year is the same remembering repeated, as a day kept "as" a holiday is.
 */
const ANNIVERSARY_KEPT_AFTER =
  /^,?\s+the\s+(?:[\wÀ-ɏ-]+\s+)?anniversar(?:y|ies)(?:\s+of\b[^.;]{0,80}?)?\s(?:has|have)\s+been\s+(?:marked|observed|celebrated|commemorated)\b/i;
/**
 * "Since 2009 they have gathered in Tserovani every year on 10 August to remember those killed in the fighting": people gathering every
 * year from a stated year to remember is the remembering repeated (guide: commemoration), as an anniversary marked since then is; so
 * is gathering "every 4 June" to remember, or "every March on the anniversary".
 */
const GATHER_TO_REMEMBER_AFTER = new RegExp(
  String.raw`^,?\s+[^.;]{0,60}?\b(?:has|have)\s+(?:gathered|met|come\s+together|assembled)\b[^.;]{0,60}?\b(?:every|each)\s+(?:year|\d{1,2}\s+${MONTH_NAME}|${MONTH_NAME}(?:\s+\d{1,2})?)[^.;]{0,60}?\b(?:to\s+(?:remember|commemorate|mark|honou?r|mourn)|on\s+the\s+anniversary)\b`,
  'i',
);
/**
 * "Since 2025 the town has marked 5 August with a march to the graves", "Since 2001 the Day of Oil Workers has been marked in
 * Balakhani on 20 September": a day without its year kept from a stated year, in the present perfect, is every year's day (guide:
 * commemoration), so neither the day nor the year it has been kept since tells a happening.
 */
const KEPT_DAY = String.raw`(?:has|have)\s+(?:been\s+)?${KEEPING}(?:[^.;]{0,60}?\son)?\s+`;
const YEARLESS_DAY = String.raw`(?:\d{1,2}\s+(?:${MONTH_NAME})|(?:${MONTH_NAME})\s+\d{1,2})\b(?!,?\s+\d{4})`;
const KEPT_DAY_AFTER = new RegExp(String.raw`^,?\s+[^.;]{0,60}?\b${KEPT_DAY}${YEARLESS_DAY}`, 'i');
const KEPT_DAY_BEFORE = new RegExp(String.raw`\b${KEPT_DAY}$`, 'i');
const SINCE_YEAR_OPENING = /^\s*Since\s+\d{4}\b/;
/** How far before a date a day kept "since" it is read. */
const KEPT_SINCE_NEAR = 220;

/**
 * "The first strikes on the road come in early June, when small drones start crossing the river": a subject counted as the first
 * or the last of its kind is one happening, told in the present of a report, not what every year's June brings; so is a
 * happening of war ("The breakthrough comes in the third week of April, when Russian assault groups slip into Ocheretyne").
 */
const ONE_OFF_SUBJECT =
  /^\s*(?:The|Its|Their)\s+(?:(?:first|last|final|next)\s|(?:[a-z-]+\s+)?(?:breakthrough|assault|attack|offensive|counter-?attack|counter-?offensive|withdrawal|retreat|capture)\s)/;

/**
 * "the average temperature is around −5 °C (23 °F) in January and around 21 °C in July": a month without a year that a
 * climate's average figure is given for names every year's month, a habit (guide), no happening. Its figures stand between,
 * so it reads a bounded stretch of the sentence before the date.
 */
/**
 * "The climate is hot and semi-arid, with about 500 mm of rain a year, most of it falling in July and August", "Winters are long and
 * snowy, with snow cover lasting from November to April": a sentence that describes a place's climate, or its seasons in the plural,
 * tells every year's months and seasons, whatever words stand between, no happening; so does a climate clause after an opening
 * one ("Because it lies lower than the oases of the high mountains, its climate is hotter and drier, … most of it … in August").
 */
const CLIMATE_SENTENCE = /^(?:(?:The|Its)\s+climate\s+(?:of\s+[^,;.]{1,40}?\s+)?is|(?:Winters|Summers)\s+(?:here\s+)?are|[^.;]{1,120},\s+its\s+climate\s+is)\b/;
/**
 * "Rain is rare and irregular, with an average of less than 40 mm a year, most of it falling in August and September", "The plain
 * receives about 500 millimetres of rain a year, most of it between November and March", "The annual rainfall is about 250 mm,
 * almost all of it between July and September": the months a yearly rainfall is told to fall in are every year's, as in a
 * sentence on the climate. Bounded after the figure.
 */
const YEARLY_RAIN_BEFORE =
  /\b(?:(?:mm|millimetres|millimeters)\s+(?:of\s+(?:rain|rainfall|precipitation)\s+)?(?:a|per|each)\s+year|(?:annual|yearly)\s+(?:rainfall|precipitation)\b[^.;]{0,40}?\b(?:mm|millimetres|millimeters))\b[^.;]{0,80}$/i;
const CLIMATE_MONTH_BEFORE = /\b(?:average|mean)\s+(?:[a-z]+\s+){0,2}?(?:temperatures?|rainfall|precipitation|snowfall)\b[^.;]{0,120}?\sin\s+$/i;

/**
 * "The fighting usually slows with the rains in the summer", "The roads are usually cut by floods in August", "Hail is common in the
 * foothills in early summer", "The pass is usually blocked by snow from November to late May", "the road … is often closed by
 * drifts in January and February", "The rains usually reach Loroum at the end of June", "a lake where families used to fish and
 * swim in the summer": a month or a season
 * without its year that an adverb of habit (or what is common then, or "open only" then: "most of which open only from June to
 * September") puts the clause in names every year's (guide: a habit), no happening. Within the
 * clause; told with its year ("but in the summer of 2024 it did not") it is one.
 */
const HABIT_ADVERB_BEFORE =
  /\b(?:usually|normally|typically|generally|regularly|often|frequently|in\s+(?:good|bad|dry|wet|most|average)\s+years|tends?\s+to|tended\s+to|used\s+to|(?:is|are)\s+(?:common|frequent|usual|typical|rare)|opens?\s+only)\b[^,;.]{0,60}?\s(?:in|during|by|before|after|until|from|between|at)\s+(?:the\s+)?(?:[a-z]+\s+(?:to|and|until)\s+(?:early\s+|mid-|late\s+)?)?$/i;

/** "In the hot season, from March to May, the temperature often rises above 40 °C": the adverb of habit after the month, in its clause. */
const HABIT_ADVERB = '(?:usually|normally|typically|generally|often|frequently|regularly)';
const HABIT_ADVERB_AFTER = new RegExp(String.raw`^[^.;]{0,60}?\b(?:(?:is|are)\s+${HABIT_ADVERB}\s+[a-z]{3,}|${HABIT_ADVERB}\s+[a-z]{3,}s)\b`);
/**
 * "The river runs only in the rainy season, from June to September", "The harvest, from October to December, is one of the most
 * dangerous times": the months set beside a season of every year, or its harvest, are every year's.
 */
const SEASON_MONTHS_BESIDE = /\b(?:season|harvest|rains),\s+(?:from|between)\s+$/i;

/**
 * "The stony fields around it are sown with wheat and barley in the winter", "the fields to the south are sown with wheat in
 * winter", "most fields are sown with wheat, barley and chickpeas in the winter and left fallow in the summer" (a list's commas, and
 * the season of the clause's second participle), "where the families of the town graze sheep in the winter": a season or a month
 * the land is worked in, told in the present passive, or the flocks grazed in, told in the present, is
 * every year's (guide: a habit); in the past
 * ("The fields were sown … in the winter") it is the year just told.
 */
const LAND_WORKED_BEFORE =
  /\b(?:is|are)\s+(?:(?:still|mostly|mainly|largely)\s+)?(?:sown|planted|harvested|grazed|irrigated|ploughed|plowed|mown|picked|tilled|cultivated)\b[^;.]{0,80}?\s(?:in|during)\s+(?:the\s+)?$|\b(?:graze|grazes|pasture|pastures|drive|drives|take|takes)\s+(?:their\s+)?(?:sheep|goats|flocks|herds|cattle|camels|livestock)\b[^,;.]{0,40}?\s(?:in|during)\s+(?:the\s+)?$/i;

/**
 * "The springs have been dry for most of the year since the 2000s", "The pass is closed for much of the year", "A seasonal stream,
 * dry for most of the year, runs past the village": a share of the year
 * told in the present or its perfect is every year's (guide: a habit), no happening; in the past ("The front then stalled for most
 * of the year") it is the year just told.
 */
const SHARE_OF_YEAR = /^for\s+(?:most|much|part|all)\s+of\s+the\s+year$/i;
const PRESENT_CLAUSE_BEFORE = /\b(?:is|are|has\s+been|have\s+been|remains?|stays?|lies|lie)\b[^,;.]{0,40}$/i;
/** "A seasonal stream, dry for most of the year, runs past the village": a state set between commas after a thing, as "is dry" is. */
const STATE_ASIDE_BEFORE = /^[A-Z][^,;.]{0,60},\s*(?:dry|closed|shut|empty|frozen|flooded|impassable|snowbound|deserted|idle)\s+$/;

/** Whether a relative phrase names a share of every year rather than of the year just told. */
export function sharesEveryYear(phrase: string, lead: string): boolean {
  return SHARE_OF_YEAR.test(phrase) && (PRESENT_CLAUSE_BEFORE.test(lead) || STATE_ASIDE_BEFORE.test(lead));
}

/** Whether a date comes back every year (a commemoration, an anniversary, a season's habit) rather than telling one happening. */
export function recursYearly(mention: AbsoluteMention, before: string, near: string, after: string): boolean {
  if (RECURS_BEFORE.test(near) || RECURS_AFTER.test(after) || MARKED_ANNIVERSARY.test(near)) return true;
  if (
    (KEPT_SINCE_OPENING.test(before) &&
      (KEPT_AS_DAY_AFTER.test(after) || ANNIVERSARY_KEPT_AFTER.test(after) || GATHER_TO_REMEMBER_AFTER.test(after) || KEPT_DAY_AFTER.test(after))) ||
    KEPT_SINCE_BEFORE.test(before.slice(-KEPT_SINCE_NEAR))
  )
    return true;
  if (KEPT_DAYS_ORIGIN_BEFORE.test(before.slice(-KEPT_DAYS_ORIGIN_NEAR))) return true;
  if (mention.year !== undefined) return false;
  if (mention.day !== undefined && SINCE_YEAR_OPENING.test(before) && KEPT_DAY_BEFORE.test(near)) return true;
  if (CLIMATE_SENTENCE.test(before) || YEARLY_RAIN_BEFORE.test(before)) return true;
  if (RECURS_OPENING.test(before) || (KEPT_AS_BEFORE.test(near) && KEPT_AS_AFTER.test(after)) || KEPT_AS_DAY_AFTER.test(after)) return true;
  if (mention.day === undefined && (HABIT_ADVERB_BEFORE.test(near) || LAND_WORKED_BEFORE.test(near) || HABIT_ADVERB_AFTER.test(after))) return true;
  if (mention.day === undefined && mention.month !== undefined && SEASON_MONTHS_BESIDE.test(near)) return true;
  return (
    mention.day === undefined &&
    mention.month !== undefined &&
    ((HABITUAL_BEFORE.test(near) && !ONE_OFF_SUBJECT.test(before)) || CLIMATE_MONTH_BEFORE.test(before))
  );
}

/**
 * "Armenians mark the capture of Shusha on 9 May, together with the Soviet victory, as the "Triple Holiday"": a present-tense
 * verb of keeping, its object between, "on" the day, and the day kept "as" a day or a holiday later in the sentence. Without that
 * "as", a present-tense report ("Residents mark the liberation on Nov. 11 with a concert") may tell one happening; the day named
 * right after it stands for that "as" ("The brigade marks its anniversary on 21 November, the Day of the Air Assault Forces").
 */
const KEPT_ON_BEFORE = /\b(?:mark|marks|observe|observes|celebrate|celebrates|commemorate|commemorates)\s+(?:the|its|their|his|her)\s[^.;]{0,60}?\son\s+$/i;
const KEPT_ON_AFTER = /^[^.;]{0,120}?\sas\s+(?:a|an|the)\s+["“]?(?:[\wÀ-ɏ'-]+\s+){0,4}?(?:day|holiday)\b/i;
/**
 * The day named by its capital ("the Day of the Air Assault Forces"), or as the body's own anniversary or founding day ("the
 * anniversary of its honorary name", "the day of its formation", "the day of the order that created it"), not "the first day of the offensive".
 */
const KEPT_ON_NAMED_DAY_AFTER =
  /^,\s+the\s+(?:(?:[A-Z][\wÀ-ɏ'-]*\s+){0,2}?(?:Day|Holiday)\s+of\b|(?:[\wÀ-ɏ-]+\s+)?anniversary\s+of\s+(?:its|their)\s|day\s+of\s+(?:its|their)\s+(?:formation|founding|creation|establishment)\b|day\s+of\s+the\s+(?:order|decree|decision|directive)\s+(?:that|which)\s+(?:created|formed|founded|established)\s+(?:it|them)\b)/;

/**
 * "In Azerbaijan, 8 May was observed as the day of the occupation of Shusha until the town was retaken": a day kept as such up
 * to a bound is a remembering repeated over those years, as "has been marked … as the Day of …" is; a day of mourning kept once
 * ("16 September was observed as a day of mourning") names no such stretch and is left alone.
 */
const KEPT_UNTIL_AFTER =
  /^,?\s+(?:was|were)\s+(?:marked|observed|celebrated|commemorated|kept)\b[^.;]{0,40}?\sas\s+(?:a|an|the)\s+(?:[\wÀ-ɏ'-]+\s+){0,4}?(?:day|holiday)\b[^.;]{0,80}?\s(?:until|till)\s/i;

/**
 * "The brigade marks its anniversary on 1 December", "marks its annual holiday on 20 January", "marks its unit day on 6 May": a body's
 * own anniversary, holiday or day, kept in the present, comes every year, however the day is named.
 */
const OWN_ANNIVERSARY_ON = String.raw`\b(?:marks?|observes?|celebrates?)\s+(?:its|their)\s+(?:anniversary|(?:annual\s+|yearly\s+)?holiday|(?:unit\s+|founding\s+)?day)\s+on\s+`;
/** "The massacre is commemorated in Armenia and in the diaspora on 10 April": a day without its year in the present passive of a commemoration. */
const KEPT_PASSIVE_BEFORE = new RegExp(String.raw`\b${KEPT_PASSIVE}[^.;]{0,80}?\son\s+$`, 'i');
const KEPT_OWN_ANNIVERSARY_BEFORE = new RegExp(`${OWN_ANNIVERSARY_ON}$`, 'i');

/**
 * "The brigade marks its anniversary on 26 December, the day on which the 24th Tank Corps became the 2nd Guards Tank Corps in 1942",
 * "its annual holiday on 20 January, the anniversary of the liberation of Novgorod in 1944": what the day is then said to be tells
 * where the kept day comes from, no happening of the story (guide: a commemoration).
 */
const KEPT_DAYS_ORIGIN_BEFORE = new RegExp(
  String.raw`${OWN_ANNIVERSARY_ON}(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),\s+the\s+(?:day|anniversary)\b[^.;]{0,100}$`,
);
const KEPT_DAYS_ORIGIN_NEAR = 160;

/** Whether a day without its year is one its keepers mark every year (`near`: the words just before it, `after`: just after). */
export function keptAsYearlyDay(mention: AbsoluteMention, near: string, after: string): boolean {
  if (mention.year !== undefined || mention.day === undefined) return false;
  if (KEPT_OWN_ANNIVERSARY_BEFORE.test(near) || KEPT_PASSIVE_BEFORE.test(near)) return true;
  return (KEPT_ON_BEFORE.test(near) && (KEPT_ON_AFTER.test(after) || KEPT_ON_NAMED_DAY_AFTER.test(after))) || KEPT_UNTIL_AFTER.test(after);
}
