/**
 * Dates chrono-node does not read: a bare year or years ("in 2013", "in 490 BC",
 * "Through 1918–1919"), a
 * hedged year ("late 2015", "Late in 2014", "the end of 1954"), a
 * season ("winter 2012", "late summer"), a hedged month chrono misses
 * ("by late May", "Early in December", read in `hedgedMonths.ts`), "from 2003 to 2005", and a day range written with "and" or a
 * slash ("Between 6 and 14 November 2016", "the night of 20/21 September", which chrono reads as the last day),
 * and a list of days ("13, 17 and 21 October", its first).
 */
import { MONTH_NAME, monthNumber, type AbsoluteMention } from './dateMention.ts';
import { findHedgedMonths, HEDGES } from './hedgedMonths.ts';
import type { Qualifier } from './types.ts';

/**
 * A year alone is only a date after a preposition of time ("under the year 1100" of a chronicle; "as of 2024" too, the day things
 * stood, as "as of 5 March"; "as recently
 * as 2013", "as early as 1998", which stress the year of what they date and hedge nothing; "of" too, where
 * `storyDate` tells "the drought of 1973" as a time from "the war of 2020" as a name): "the 2014 Ukrainian
 * Revolution" and "the Syrian Army 2018 offensive" name things; "The blockade continued into 2024" reaches that year as "through" does (before punctuation or a subject, as "by": "split into 2000 plots" is a count). "by 2000" is
 * taken only before punctuation or a clause's subject ("by 2000 soldiers" is a number).
 */
const YEAR =
  /\b(in|In|of|(?:[Ii]n|[Uu]nder)\s+the\s+year|(?:[Ii]n\s+)?the\s+course\s+of|[Aa]s\s+of|[Aa]s\s+(?:recently|early|late)\s+as|since|Since|until|Until|from|From|by|By|between|Between|through|Through|into|throughout|Throughout|during|During|after|After|(?:[Ee]arly|[Ll]ate)\s+in|early|late|mid-?|Early|Late|Mid-?|[Tt]he\s+(?:end|beginning|start|middle|first\s+half|second\s+half|(?:first|opening|last|final|closing)\s+(?:months|weeks?|days))\s+of|[Aa]round|[Aa]bout|[Cc]irca|c\.|[Aa]pproximately)\s*(?:(AD|A\.D\.)\s*)?(\d{1,4})(?:\s*(BC|BCE|B\.C\.|AD|CE|A\.D\.))?(?:(\s*[–—-]\s*|\s+and\s+|\s+(?:to|until)\s+)(\d{4}|\d{2})(?!\d))?(?![\d,.]\d|s\b|['’]s\b|\s*(?:%|per\b|km|m\b|miles|kilomet|metres|meters))/g;

/**
 * What may follow a year after "of": punctuation, a word that is no counted noun, a verb told in the past
 * ("The Holodomor of 1932–1933 struck the villages", "The drought of 1984 killed much of the valley's cattle", its object a
 * share or a count, unless the verb counts: "A Russian survey of 1886 counted 2,610 inhabitants" is a figure; or a name, "The
 * decentralisation of 2002 made Toumour a rural commune", "The Koliivshchyna rebellion of 1768 reached Rzhyshchiv in June"; "of 1500
 * armed men" is a count), or the subject of the clause an opening
 * phrase without its comma leads into ("During the Franco-Syrian War of 1920 the hills were …", "After the invasion of 2022 a large
 * part of the population left"), as after "by", a name too ("After the Union of Lublin of 1569 Chudniv, with the rest of Volhynia,
 * passed to …"), one a comma or its verb follows, not a plural ("of 1500 Cossacks"); a counted noun never starts with an article,
 * and no count is followed by a quantified subject ("During the famine of 1915–1918 dozens of villagers died").
 */
const YEAR_AFTER_OF =
  /^\s*(?:$|[,.;:)]|(?:and|or|between|from|in|on|at|to|with|by|against|until|when|as|for)\b|(?:the|its|their|his|her|it|they|he|she|this|these|those|a|an)\s|(?:dozens|hundreds|thousands|scores)\s+of\s|(?:more|fewer)\s+than\s+\d[\d,]*\s+[a-z]|(?:most|many|much|half)\s+of\s+(?:the|its|their)\s|[A-Z][a-zà-ɏ'’-]+(?<!s)(?=,\s|\s+(?:was|were|had|became|fell|[a-z]{2,}ed)\b)|(?:also\s+)?(?:struck|began|broke\s+(?:out|up)|hit|swept|fell|(?:[a-z]{2,}ed|froze|split|cut|set|put|gave|made|kept|shut|broke|tore|burst)\s+(?:(?:the|a|an|in|on|at|to|from|across|through)\b|[A-Z][a-zÀ-ɏ])|(?!(?:counted|recorded|registered|listed|numbered|estimated|reported)\b)[a-z]{2,}ed\s+(?:most|many|much|some|several|half|thousands|hundreds|dozens|at\s+least|about|more\s+than|nearly|almost|\d)\b))/;

/**
 * What may follow a year after "by": punctuation, or a clause's subject opening with a determiner or a pronoun ("By 2017
 * the group had signed a contract"), which a counted noun never is ("by 2000 soldiers").
 */
const BY_YEAR_AFTER = /^\s*(?:$|[,.;:)]|(?:the|its|their|his|her|it|they|he|she|this|these|those|most|many|some|all)\s)/;
/** A subject with no determiner after an opening "By" and its year ("By 2013 rebel groups …"), never a figure ("By 2024 fewer than 1,000 residents …"). */
const OPENING_BY_SUBJECT = /^\s+(?!(?:fewer|more|less|about|around|some|over|under|nearly|almost|only|just|up|roughly|approximately)\b)[a-z]/;

/**
 * What may follow a year after "around", "about" or "circa" ("founded around 1100 by Tuareg nomads", `storyDate` reads the
 * hedge): punctuation, a preposition or a clause's subject, never a counted noun ("around 2000 soldiers", "about 1500 of them").
 */
const AROUND_YEAR_AFTER = /^\s*(?:$|[,.;:)]|(?:by|and|when|as|in|on|at|under|after|before|during|from|with|the|its|their|his|her|it|they|he|she)\s)/;
const AROUND_LEAD = /^(?:around|about|circa|c\.|approximately)$/i;
const AROUND_NAMED_SUBJECT =
  /^\s+(?:[A-Z][\wÀ-ɏ'’-]*\s+){0,1}[A-Z][\wÀ-ɏ'’-]*(?<!s)\s+(?:[a-z]{3,}ed|built|made|took|gave|sold|held|won|lost|became|moved|fled|left|wrote)\b/;

/** What follows a year after a capitalised "After" in prose: the comma closing the phrase, or the clause's subject. */
const OPENING_AFTER_YEAR_FOLLOWER = /^(?:\s*,|\s+(?:the|its|their|his|her|it|they|he|she)\s)/;
/**
 * What may follow a three-digit year after "in": punctuation, a clause going on ("in 363 during his campaign"), the subject of
 * the clause it opens or the words after the verb it ends ("In 772 the caliph ordered …", "in 542 it was sacked", "fought in 657 a
 * short distance west", "in 346 and renamed it"), a second year the text is unsure of ("in 639 or 640"), or a second named agent of the same passive verb
 * ("sacked by the Byzantines in 962 and by the Mongols in 1260"); never a counted noun ("in 300 tanks"), nor a
 * count before a time ("deployed in 300 the next day").
 */
const EARLY_YEAR_AFTER =
  /^\s*(?:[,.;:)]|(?:and\s+(?:was|were|later|then|[a-z]{3,}ed\b)|and\s+by\s+(?:the\s+)?[A-Z]|during|under|when|after|before|by|or\s+\d{3,4}(?!\d)|(?!the\s+(?:next|following|same|previous)\b)(?:the|its|their|his|her|it|they|he|she|a|an)\s|[a-z]{3,}ed\s+(?:most|much|all|many|the|its|their|his|her)\s))/;
/** A making, then the hedge its year stands after: "founded around 335", "built about 640", "Philip was born there around 204". */
const MADE_BEFORE = /\b(?:founded|built|established|rebuilt|destroyed|consecrated|born(?:\s+there)?)\s+$/i;
const NAMED_BY_YEAR_BEFORE = /\b(?:Peace|Treaty|Council|Synod|Edict|Battle|Siege)\s+$/;
/**
 * "In 987 the princes established …", "In 555 Gubazes was murdered": a sentence opening on "In" and a number before a clause's
 * subject names a year, as no count stands there ("In 300 Romans attacked" is left alone).
 */
const EARLY_YEAR_OPENING_SUBJECT = /^\s+(?:(?:the|its|their|his|her|it|they|he|she)\s|[A-Z][a-zà-ɏ]+(?<!ans)\s+(?:was|had|[a-z]{3,}ed)\b)/;

// A winter named by the two years it spans ("the winter of 2022–2023", "winter 2022–23") is one season, of its first year. Seasons
// of several years ("in the summers of 2018 and 2019", "In the winters of 1992–1993 and 1993–1994") are dated by the first.
const SEASON =
  /\b(?:(early|mid|late)[\s-]+)?(spring|summer|autumn|fall|winter)(?:s(?=\s+of\s+\d{4}))?(?:\s+(?:of\s+)?(\d{4})(?:(?<=winters?\s+(?:of\s+)?\d{4})\s*[–—-]\s*(?:\d{4}|\d{2}))?)?(?=$|[\s,.;:)])/g;
/** Words that make a season a time ("in winter", "the summer of 1944"; "the fighting through the autumn was …"), not a name ("winter clothing"). */
const SEASON_LEAD = /\b(?:in|by|until|the|that|of|early|mid|late|this|last)[\s-]+$/i;
/** "in the dry summer of 1962", "a hard winter of 1941": an article and a describing word or two before a season told with its year. */
const DESCRIBED_SEASON_LEAD = /\b(?:the|a|an)\s+(?:[a-z]+\s+){1,2}$/;
/**
 * "herders took their flocks up to the pastures in summer", "the coast drew visitors in summer", "Tobacco, harvested by hand in
 * late summer, …": a season after its clause's verb without its article or its year, hedged or not, is every such season, a habit
 * that names no one year (guide; none of the set's hedged ones is an event), unlike "in the summer" or "in summer 1944"; opening
 * the sentence ("In winter, the roads froze") it is the time of the story just told.
 */
const EVERY_SUCH_SEASON = /\S\s+(?:in|during)\s+$/i;
/**
 * "and for much of the winter Abkhazia had power …", "Fighting continued through the autumn at a lower intensity": a season a
 * stretch of time is measured over is a time whatever follows it.
 */
const SPANNED_SEASON = /\b(?:for\s+(?:most|much|all|part)\s+of|throughout|through)\s+the\s+$/i;
/**
 * "a school that is closed for the summer", "nowhere to stay for the winter": a season a state lasts for is a length of
 * time, not the event's date; with its year or a hedge ("for the summer of 2023") it is still read as a time.
 */
const LASTS_FOR_THE_SEASON = /\bfor\s+the\s+$/i;
/** "this winter", "last summer": the season of the day the post was written, or the one before. */
const COUNTED_FROM_PUBLICATION = /\b(?:this|last)\s+$/i;
/**
 * "the directorate cut off the supply from the spring", "raised the flag over the spring": a spring that water, a supply or a pipe
 * comes from, or that a flag is raised over, is the water's source, not the season, and so is one a place is at or near ("a mine
 * left in an orchard near the spring", "set up a checkpoint at the spring"; not "by" or "over" it, "By the spring, …").
 */
const WATER_SPRING_BEFORE =
  /\b(?:water|supply|supplies|pipeline|pipes?|pumps?|pumping|flag|source)\s+(?:[a-z]+\s+){0,2}?(?:from|over|at|to|near)\s+the\s+$|\b(?:at|near|beside|below|above|around|into)\s+the\s+$/i;
/**
 * "The spring that gives the village its name rises below the old quarter": a spring told as a thing in the present tense; and
 * one used, tapped or piped ("the spring was used as a winter camp"), or its water ("The spring water was piped …").
 */
const WATER_SPRING_AFTER =
  /^,?\s+(?:that|which)\s+(?:gives|rises|feeds|flows|runs|supplies|lies|springs)\b|^\s+(?:rises|feeds|flows|runs|supplies|water)\b|^\s+(?:was|is|were|had\s+been|has\s+been)\s+(?:used|tapped|capped|piped|dammed|fenced|walled|cleaned|enclosed)\b/i;
/** "a summer evening", "one winter morning": one day of a season, named without its date, is that season (guide). */
const ONE_DAY_OF_A_SEASON = { lead: /\b(?:a|one)\s+$/i, after: /^\s+(?:day|morning|afternoon|evening|night)\b/i };
/**
 * What may follow a season without its year: punctuation, a clause going on, "that" of what was said then ("said in the autumn
 * that …"), or the year told by the one before ("in the summer of that year", "of the following year").
 */
// A past verb after it ends the subject the season dated ("Attempts to push on … in the autumn made little progress").
const SEASON_FOLLOWERS =
  /^(?:$|[,.;:)]|\s+(?:and|when|as|before|after|until|the|was|were|that|of\s+\d{4}|of\s+(?:that|the\s+same|the\s+following|the\s+next)\s+year|\d{4}|made|took|fell|began|[a-z]{3,}ed)\b)/;
/**
 * "Over the winter Wagner threw …", "In the summer it fought …", "Over the summer more bombs follow", "That autumn Russian forces push
 * towards the Oskil", "Since the spring they have been moving north", "By the summer
 * most inhabitants had no access to their fields", a bare plural subject too ("Over the summer volunteers from Kyiv repaired
 * roofs"): a season opening the sentence before its subject is the time of the clause, not a name ("the winter Olympics").
 */
const OPENING_SEASON = {
  lead: /^\s*(?:(?:In|Over|Through|During|By|Since|From)\s+the|That)\s+$/,
  after:
    /^\s+(?:[A-Z][a-z]|\d|(?:it|they|he|she|we|the|its|their|his|her|our|most|many|some|several|few|all|both|a|an|more|fewer|further|other|another|these|those)\s|[a-z]{3,}s\s+(?:from\s|[a-z]{3,}ed\b))/,
};
export const seasonOpensSentence = (before: string, after: string): boolean => OPENING_SEASON.lead.test(before) && OPENING_SEASON.after.test(after);
/** Whether the words before a season measure a stretch over it ("for much of the winter"), which makes it a time, never a name. */
export const seasonSpanned = (before: string): boolean => SPANNED_SEASON.test(before.slice(-24));

// A list of days ("on 13, 17 and 21 October") is dated by its first, with no end; at most six, so the match stays bounded.
const DAY_PAIR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?((?:,\\s*\\d{1,2}(?:st|nd|rd|th)?(?!\\d)){0,6},?)(?:\\s+(?:and|to|or|until)\\s+|\\/)(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})(?:\\s+(\\d{4}))?`,
  'g',
);

/**
 * Finds bare years, seasons, hedged months and "6 and 14 November" ranges in a sentence. `published` says whether the post's
 * publication day is known: without it "this winter" and "last summer" count from nothing, as "yesterday" does there.
 */
export function findYearsAndSeasons(flat: string, published = false): AbsoluteMention[] {
  return [...dayPairs(flat), ...findHedgedMonths(flat), ...seasons(flat, published), ...years(flat)];
}

function years(flat: string): AbsoluteMention[] {
  const found: AbsoluteMention[] = [];
  for (const match of flat.matchAll(YEAR)) {
    const [matched, lead = '', eraBefore, digits = '', eraAfter, joiner = '', lastMatched] = match;
    // "and" joins a range only after "between": "in 2014 and 2015" names two years, the first of which dates the sentence.
    // "to" ends a range only after "from", and only at a full year: "from 2003 to 20 March 2004" is no range of years.
    const joinedByTo = /^\s+(?:to|until)\s+$/.test(joiner);
    const twoYears = (/and/.test(joiner) && !/^between$/i.test(lead)) || (joinedByTo && (!/^from$/i.test(lead) || lastMatched?.length !== 4));
    const whole = twoYears ? matched.slice(0, matched.length - joiner.length - (lastMatched ?? '').length) : matched;
    const last = twoYears ? undefined : lastMatched;
    const era = eraBefore ?? eraAfter;
    const number = Number(digits);
    const bc = era !== undefined && /^B/i.test(era);
    const after = flat.slice(match.index + whole.length);
    // Without an era a year needs four digits: "in 300 tanks" is not the year 300; "in 637 and was later rebuilt" closes on
    // its number as only a year does.
    const opensSentence = lead === 'In' && flat.slice(0, match.index).trim() === '' && EARLY_YEAR_OPENING_SUBJECT.test(after);
    // A chronicle's "under the year 946" names a year of three digits too, whatever follows it.
    const chronicleYear = /^(?:[Ii]n|[Uu]nder)\s+the\s+year$/.test(lead);
    // "The city was founded around 335 by King Khosrov III": a making hedged so names the year too.
    const madeAround = AROUND_LEAD.test(lead) && MADE_BEFORE.test(flat.slice(Math.max(0, match.index - 40), match.index));
    const inYear = /^[Ii]n$/.test(lead) && (EARLY_YEAR_AFTER.test(after) || opensSentence);
    // "The war was ended by the Fifty-Year Peace of 562": a treaty, a council or a battle named by its year.
    const namedOf = lead === 'of' && NAMED_BY_YEAR_BEFORE.test(flat.slice(Math.max(0, match.index - 20), match.index));
    const earlyYear = digits.length === 3 && last === undefined && (chronicleYear || inYear || madeAround || namedOf);
    if (era === undefined && !earlyYear && (digits.length !== 4 || number < 1000 || number > 2100)) continue;
    // Opening the sentence, "By 2013 rebel groups controlled …" names the year whatever the subject; a round number there may
    // still count ("By 2000 soldiers were there"), as prose writes a count of thousands.
    const opensWithBy =
      lead === 'By' && digits.length === 4 && !/00$/.test(digits) && flat.slice(0, match.index).trim() === '' && OPENING_BY_SUBJECT.test(after);
    if (/^(?:by|into)$/i.test(lead) && !BY_YEAR_AFTER.test(after) && !opensWithBy) continue;
    // "Around 1674 a Tuareg prince from Aïr made himself sultan": opening the sentence, a year hedged so before "a" names the year.
    // So does one before a named subject and its past verb ("Around 1700 Mazepa built a palace"), not a plural ("Around 1700 Russians …").
    const opensAround = lead === 'Around' && flat.slice(0, match.index).trim() === '' && (/^\s+an?\s+[\wÀ-ɏ]/.test(after) || AROUND_NAMED_SUBJECT.test(after));
    if (AROUND_LEAD.test(lead) && !AROUND_YEAR_AFTER.test(after) && !opensAround) continue;
    // "After 2018, the division expanded …" opens a sentence with its hedged year; a heading "After 2020" names a period.
    if (lead === 'After' && !OPENING_AFTER_YEAR_FOLLOWER.test(after)) continue;
    // "of 2000 soldiers" is a count; "a law of 2012 from …", "the drought of 1973 and …" a time (whether it names a thing is storyDate's to say).
    // "the autumn of 2022" is the season's to read, and a season dropped as a name leaves no year behind.
    // "In the rainy season of 2019 fighters twice crossed the river": after "season of" a year never counts what follows.
    const before = flat.slice(Math.max(0, match.index - 8), match.index);
    if (lead === 'of' && ((!YEAR_AFTER_OF.test(after) && !/\bseason\s+$/i.test(before)) || /\b(?:spring|summer|autumn|fall|winter)\s+$/i.test(before)))
      continue;
    // "Late in 2014" hedges as "late 2014" does.
    const leadWords = lead.toLowerCase().replace(/\s+/g, ' ');
    const hedge = HEDGES[leadWords.replace(/-$| in$/, '')];
    // The hedge belongs to the date text ("early 2013"); the preposition does not.
    const textStart = hedge === undefined ? match.index + whole.indexOf(eraBefore ?? digits, lead.length) : match.index;
    found.push({
      kind: 'absolute',
      index: textStart,
      text: flat.slice(textStart, match.index + whole.length),
      year: bc ? 1 - number : number,
      ...(hedge === undefined ? {} : { qualifier: hedge }),
      ...yearRangeEnd(number, last, bc),
    });
  }
  return found;
}

/** "1918–1919" and "1918–19" end in 1919; "2014–2012" or a BC range is no range. */
function yearRangeEnd(first: number, last: string | undefined, bc: boolean): { end?: { year: number } } {
  if (last === undefined || bc) return {};
  const year = last.length === 2 ? Math.floor(first / 100) * 100 + Number(last) : Number(last);
  return year > first ? { end: { year } } : {};
}

/** A second season joined to the first, with the year both share ("the spring and summer of 1829"). */
const JOINED_SEASON_YEAR = /^\s+(?:and|or)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})\b/;

/**
 * "In the spring and summer of 1829 about seventy families settled": a season joined to a second one with its year is of that
 * year, a winter before a later season too ("the winter and spring of 1933" is 1933's winter, as "the winter of 1933" alone is:
 * the two golds that have one, the Zolotonosha and the 200th Brigade, read it so).
 */
function sharedSeasonYear(rest: string): number | undefined {
  const joined = JOINED_SEASON_YEAR.exec(rest);
  return joined === null ? undefined : Number(joined[1]);
}

function seasons(flat: string, published: boolean): AbsoluteMention[] {
  const found: AbsoluteMention[] = [];
  for (const match of flat.matchAll(SEASON)) {
    const [whole, hedge, season = '', year] = match;
    const oneDayOfIt =
      hedge === undefined &&
      year === undefined &&
      ONE_DAY_OF_A_SEASON.lead.test(flat.slice(Math.max(0, match.index - 6), match.index)) &&
      ONE_DAY_OF_A_SEASON.after.test(flat.slice(match.index + whole.length, match.index + whole.length + 12));
    const describedWithYear = year !== undefined && DESCRIBED_SEASON_LEAD.test(flat.slice(Math.max(0, match.index - 30), match.index));
    if (hedge === undefined && !oneDayOfIt && !describedWithYear && !SEASON_LEAD.test(flat.slice(0, match.index))) continue;
    if (!published && year === undefined && hedge === undefined && COUNTED_FROM_PUBLICATION.test(flat.slice(Math.max(0, match.index - 6), match.index)))
      continue;
    if (year === undefined && EVERY_SUCH_SEASON.test(flat.slice(Math.max(0, match.index - 10), match.index))) continue;
    if (year === undefined && hedge === undefined && LASTS_FOR_THE_SEASON.test(flat.slice(Math.max(0, match.index - 10), match.index))) continue;
    // With its year ("the summer of 2023 that …") a season is a time whatever follows; "the summer 2023 offensive" is left to the name rules.
    const rest = flat.slice(match.index + whole.length);
    const opensSentence = seasonOpensSentence(flat.slice(0, match.index), rest);
    const spanned = seasonSpanned(flat.slice(0, match.index));
    // "It reopened that autumn under a new rector": a season "that" points at is a time whatever follows, but "that winter of
    // checkpoints and searches" names what the season was.
    const pointedAt = /\bthat\s+$/i.test(flat.slice(Math.max(0, match.index - 6), match.index)) && !/^\s+of\b/i.test(rest);
    if (year === undefined && !oneDayOfIt && !opensSentence && !spanned && !pointedAt && !SEASON_FOLLOWERS.test(rest)) continue;
    // "the fall of Mariupol": fall is a season only with a year or a hedge.
    if (season === 'fall' && year === undefined && hedge === undefined) continue;
    if (
      season === 'spring' &&
      year === undefined &&
      hedge === undefined &&
      (WATER_SPRING_BEFORE.test(flat.slice(Math.max(0, match.index - 60), match.index)) || WATER_SPRING_AFTER.test(rest))
    )
      continue;
    const stated = year === undefined ? sharedSeasonYear(rest) : Number(year);
    found.push({
      kind: 'absolute',
      index: match.index,
      text: whole,
      qualifier: season === 'fall' ? 'autumn' : (season as Qualifier),
      ...(stated === undefined ? {} : { year: stated }),
    });
  }
  return found;
}

function dayPairs(flat: string): AbsoluteMention[] {
  const found: AbsoluteMention[] = [];
  for (const match of flat.matchAll(DAY_PAIR)) {
    const [whole, first = '', list = '', last = '', name = '', year] = match;
    const month = monthNumber(name);
    if (month === undefined) continue;
    const stated = year === undefined ? {} : { year: Number(year) };
    // "on 8 and 9 March" is two days, dated by the first (guide); "between 6 and 14 November" a range.
    const paired =
      /\s(?:and|or)\s/.test(whole.slice(0, whole.length - name.length)) && !/\bbetween\s+$/i.test(flat.slice(Math.max(0, match.index - 9), match.index));
    found.push({
      kind: 'absolute',
      index: match.index,
      text: whole.replace(/[.]$/, ''),
      month,
      day: Number(first),
      ...stated,
      ...(list === '' && !paired ? { end: { month, day: Number(last), ...stated } } : {}),
    });
  }
  return found;
}
