/**
 * An encyclopaedia article opens by defining its subject: "The Battle of
 * Markada was a military confrontation … in March 2014". That sentence names
 * the whole story's span, not a happening of it, so it is no event. Later lead
 * sentences are ("Since November 2011, Al-Qusayr has been besieged").
 */
import { MONTH_NAME, type AbsoluteMention, type DateMention, type PartialDate } from './dateMention.ts';
import type { DateRange } from './parseDateRange.ts';
import { formatIsoDate } from './isoDate.ts';
import { tellsStateSince } from './sinceDates.ts';

/**
 * "… was a …", "… is an …", "… were the …", or the verbs that say a battle's whole span ("… was
 * fought between 4 and 8 November", "… took place in March 2014", "… occurred on the evening of 25 September 2023"), or what
 * the name "refers to" ("The Battle of Douentza refers to the seizure of the town … in September 2012, and to its recapture …"):
 * a definition, before any date.
 */
const DEFINES = /\b(?:(?:was|is|were|are)\s+(?:a|an|the|one)|(?:was|were)\s+(?:fought|waged)|took\s+place|occurred|happened|refers?\s+to)\b/i;

/**
 * A beginning's verb right before a day, or with its agent between ("… were a series of offensives launched on 27 November 2024
 * by …", "… was a military offensive launched by Azerbaijan on 19 September 2023 against …", with its abbreviation "launched by
 * the Syrian Democratic Forces (SDF) on 31 May 2016"): the agent does not make it a span.
 */
const BEGUN_ON = /\b(?:launched|began|begun|started|opened|formed|founded|established|created)(?:\s+by\s+[^,.;()]{1,60}(?:\s\([A-Z][^()]{0,15}\))?)?\s+on\s+$/i;

/**
 * A beginning's verb further before a month: "… was a military operation launched by Tahrir al-Sham and allied factions in
 * the northern Hama Governorate in March 2017"; a siege or blockade begins when it is "imposed" or "laid" ("… was a blockade of the
 * two towns, imposed by rebel groups in March 2015"). Read only when that month is the start of a longer span (see `startOnly`).
 */
const BEGUN_IN = /\b(?:launched|began|begun|started|opened|imposed|laid)\b[^.;()]{0,160}\s(?:in|on)\s+$/i;

/** How far before its date a state "since" it is read. */
const SINCE_NEAR = 80;

/** ", known from 2019 as", ", officially called since 2019": an aside that gives the subject another name. */
const NAMING_ASIDE = /^,\s*(?:(?:also|formerly|officially|later)\s+)?(?:known|called|named|renamed|styled)\b[^,]*$/i;

/**
 * "Fought in the spring of 2024, in the weeks after the fall of Avdiivka, it was part of the Russian advance …": a lead sentence
 * opening on when its subject was fought defines it by its span, as "… was fought in the spring of 2024" does; a date after that
 * phrase tells the happening the story ended with ("Fought in the first week of the war, it ended with the capture … on 3 October").
 */
const FOUGHT_OPENING = /^(?:Fought|Waged)\s+(?:in|on|during|between|from|over|through)\s/;

/** Where the sentence stands and what else it dates. */
export interface LeadSentence {
  /** In the lead, before any heading (default true). */
  inLead?: boolean;
  /** The sentence names one date, no range. */
  onlyDate?: boolean;
  /**
   * That date is the month (or the day) the infobox span starts in, and the span ends in a later month (or day): it cannot sum up
   * the whole story.
   */
  startOnly?: 'month' | 'day' | undefined;
}

/**
 * Whether a sentence is the lead's defining sentence: the first of the article, defining before it
 * dates. Under a heading (a blog post's own "### Who was Idriss Déby?" above the lead it copies),
 * only a date in brackets after the subject's name marks one: "A raid took place on 3 February"
 * opening a section tells a happening. A definition whose only date is the day its subject began
 * tells that beginning, not a span, and so does one whose only date is the month a longer span starts in, given as the launch's,
 * or the first day of a longer span.
 */
export function isLeadSummary(
  sentence: string,
  firstOfArticle: boolean,
  firstDateIndex: number,
  { inLead = true, onlyDate = false, startOnly }: LeadSentence = {},
): boolean {
  if (inLead && onlyDate && FOUGHT_OPENING.test(sentence) && firstDateIndex < sentence.indexOf(',')) return true;
  if (!firstOfArticle) return false;
  const definition = DEFINES.exec(sentence);
  if (definition === null) return false;
  // A date in brackets before the definition is part of the subject's name: "The Palmyra offensive (March 2016) was a …".
  const open = sentence.lastIndexOf('(', firstDateIndex);
  const close = sentence.indexOf(')', firstDateIndex);
  const named = open !== -1 && close !== -1 && close < definition.index && sentence.lastIndexOf(')', firstDateIndex) < open;
  // So is one in an aside naming the subject before it: "The Tiger Forces, known from 2019 as the 25th Division, was a …".
  const asideOpen = sentence.lastIndexOf(',', firstDateIndex);
  const asideClose = sentence.indexOf(',', firstDateIndex);
  const aside = asideOpen !== -1 && asideClose !== -1 && asideClose < definition.index && NAMING_ASIDE.test(sentence.slice(asideOpen, firstDateIndex));
  if (named || (inLead && aside)) return true;
  if (!inLead || definition.index >= firstDateIndex) return false;
  // "… is a small town on the western edge of Donetsk, on the front line since 2014": a state begun at its date, no span.
  if (onlyDate && tellsStateSince(sentence.slice(Math.max(0, firstDateIndex - SINCE_NEAR), firstDateIndex))) return false;
  if (!onlyDate) return true;
  if (BEGUN_ON.test(sentence.slice(Math.max(0, firstDateIndex - 100), firstDateIndex))) return false;
  // "The 2005 Nalchik raid was an attack … on 13 October 2005", of a raid of 13–14 October: the day it began, not its span.
  if (startOnly === 'day') return false;
  return !(startOnly === 'month' && BEGUN_IN.test(sentence.slice(Math.max(0, firstDateIndex - 200), firstDateIndex)));
}

/**
 * The mentions a first sentence dates by, without a date in brackets that is part of its subject's name ("The Battle of Zabadani
 * (2015) was a military operation launched … in July 2015"): the name's year is a label, so the launch's month decides, as it
 * would without it; so is a date opening the name itself ("The July 2020 Armenian–Azerbaijani clashes were … clashes …, which began on 12
 * July 2020": the beginning's day is told). With no other date, or under a heading, where only such a bracket tells a definition from a happening (a blog
 * post's "Idriss Déby (18 June 1952 – 20 April 2021) was a Chadian officer who ruled from 1990"), the bracket still marks it.
 */
export function withoutNameDate<T extends DateMention>(sentence: string, first: boolean, inLead: boolean, mentions: readonly T[]): readonly T[] {
  const [name, ...rest] = mentions;
  if (!first || !inLead || name === undefined || rest.length === 0) return mentions;
  const definition = DEFINES.exec(sentence);
  if (definition === null) return mentions;
  const open = sentence.lastIndexOf('(', name.index);
  const close = sentence.indexOf(')', name.index);
  const bracketed = open !== -1 && close !== -1 && close < definition.index && sentence.lastIndexOf(')', name.index) < open;
  return bracketed || opensSubjectName(sentence, name, definition.index) ? rest : mentions;
}

/** The subject's name opening with its date, up to its definition with no comma between: "The July 2020 Armenian–Azerbaijani clashes were …". */
const NAME_AFTER_DATE = /^\s[^,;()]{1,80}$/;

function opensSubjectName(sentence: string, mention: DateMention, definitionIndex: number): boolean {
  const end = mention.index + mention.text.length;
  return /^the\s+$/i.test(sentence.slice(0, mention.index)) && end < definitionIndex && NAME_AFTER_DATE.test(sentence.slice(end, definitionIndex));
}

/** The seasons a lead's periods are told by ("since the summer of 2024", "and in Bakhmut during the winter"). */
const SEASON = '(?:spring|summer|autumn|winter)';

/** "from 1923 to 1991": a closed period, a status held between two dates (guide), not one a lead opens. */
const CLOSED_LATER = '(?!\\s*(?:to|until|till)\\s|\\s*[–—-]\\s*\\d)';

/**
 * "from 2014", "since 2022", "from late 2024", "by March 2025", "since the summer of 2024", "since the annexation of the oblast in
 * September 2022": where a period a subject's lead names opens or where it has got to, by its year; not the start of a closed
 * one ("from 1923 to 1991").
 */
const PERIOD_OPENING = new RegExp(
  `\\b(?:from|since|by|since\\s+the\\s+${SEASON}\\s+of|since\\s+the\\s+[a-z-]+(?:\\s+of\\s+(?:the\\s+)?[\\wÀ-ɏ'-]+(?:\\s+[\\wÀ-ɏ'-]+)?)?\\s+in)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:${MONTH_NAME}\\s+)?\\d{4}\\b${CLOSED_LATER}`,
  'gi',
);

/**
 * "Since 2015 it has been the centre of the jihadist insurgency in Mali.": a lead telling what its subject has been since a date
 * describes the subject in its present period, as a definition does, and so does one counted from a happening named with its year
 * ("Since the fall of Bakhmut in May 2023 it has been the largest working hospital this close to the front"); "Since November 2011,
 * Al-Qusayr has been besieged" tells what
 * befell it, and so does a "since" clause with a verb ("Since Russian forces took it in late February, it has been …"). A bare
 * month names the change itself ("Since September 2015 the base has been the main hub of the Russian intervention": the
 * deployment then), a happening as "Since November 2011" is; only a year, hedged or not, is a period.
 */
const WHAT_IT_HAS_BEEN_SINCE =
  /^Since\s+(?:the\s+(?:[\wÀ-ɏ'’-]+\s+){1,4}?in\s+(?:[A-Z][a-z]+\s+)?|(?:early|mid|late)[\s-]+)?\d{4},?\s+(?:it|they|the\s+[\wÀ-ɏ-]+|[A-Z][\wÀ-ɏ'’-]+)\s+(?:has|have)\s+been\s+(?:the|a|an)\s+(?![a-z]+ed\b)/;

/**
 * "The village was attacked by Russian forces from April 2022, and the fighting spread into the pine forests during the summer",
 * "The town came under attack during the Turkish offensive of October 2019 and again in the winter of 2020–2021": a campaign named
 * with its date is a period, as an opening year is, and so is a season joined after it by "and", the story's next stretch.
 */
const CAMPAIGN_OF_ITS_DATE = new RegExp(
  `\\bduring\\s+the\\s+(?:[\\wÀ-ɏ'’-]+\\s+){0,3}?(?:offensive|war|campaign|operation|siege)\\s+of\\s+(?:${MONTH_NAME}\\s+)?\\d{4}\\b`,
  'gi',
);
const SEASON_JOINED = new RegExp(String.raw`\band\s+(?:again\s+)?(?:[^,;.]{0,60}?\s)?(?:during|in|through|over)\s+the\s+${SEASON}\b`, 'gi');

/**
 * "During the Second Nagorno-Karabakh War in 2020 it led the advance on Talish, and in September 2023 its units took part in the
 * offensive that ended the republic": a lead naming the wars its subject fought in by their years sums up its periods, as two
 * open years do; the sections tell the days. Only an opening "During the … war in <year>" and a later clause's year.
 */
const WARS_IT_FOUGHT = new RegExp(
  `^During\\s+the\\s+(?:[\\wÀ-ɏ'’-]+\\s+){1,5}?(?:[Ww]ar|[Oo]ffensive|[Cc]ampaign)\\s+in\\s+\\d{4},?\\s[^.;]*,\\s+and\\s+(?:in|by|from|since)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:(?:${MONTH_NAME})\\s+)?\\d{4}\\b`,
);

/**
 * "The corps sent battalions to Nagorno-Karabakh during the wars of 2016 and 2020, and in July 2020 it fought the heaviest clashes
 * on the border": the wars named together by their years, then a later clause's date, sum up the periods as well.
 */
const WARS_BY_THEIR_YEARS = new RegExp(
  `\\b(?:during|in)\\s+the\\s+(?:[\\wÀ-ɏ'’-]+\\s+){0,3}?(?:wars|conflicts|offensives|campaigns)\\s+of\\s+\\d{4}(?:,\\s+\\d{4})*\\s+and\\s+\\d{4}\\b[^.;]*,\\s+and\\s+(?:in|by|from|since)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:(?:${MONTH_NAME})\\s+)?\\d{4}\\b`,
);

/**
 * Whether a lead sentence sums up the subject's periods rather than tells a happening: two or more
 * open years ("The brigade fought in Donbas from 2014, and since 2022 it has fought …", "joined by
 * allies from late 2024, …, and by March 2025 …"), or what the subject has been since one. One such year in a lead is
 * a happening ("Since November 2011, Al-Qusayr has been besieged"). A news post's opening tells its news, not a lead's periods,
 * so the caller asks only of an article's lead.
 */
export function isLeadPeriods(sentence: string, inLead: boolean): boolean {
  if (!inLead) return false;
  if (WHAT_IT_HAS_BEEN_SINCE.test(sentence) || WARS_IT_FOUGHT.test(sentence) || WARS_BY_THEIR_YEARS.test(sentence)) return true;
  let count = 0;
  for (const pattern of [PERIOD_OPENING, CAMPAIGN_OF_ITS_DATE, SEASON_JOINED]) for (const _match of sentence.matchAll(pattern)) if (++count >= 2) return true;
  return count === 1 && CLOSED_AFTER_OPEN.test(sentence);
}

/**
 * "The village was held by rebel factions from 2012, and from 2020 until the end of 2024 it stood on the front line": a closed
 * period joined after an open one is the lead's next period, as a second open one is; two closed ones ("From 1923 to 1991 …,
 * and from 1991 to 2023 …") are statuses held between dates, the first the sentence's range (guide).
 */
const CLOSED_AFTER_OPEN = /,\s+and\s+from\s+(?:(?:early|mid|late)[\s-]+)?\d{4}\s+(?:to|until|till)\s+(?:the\s+end\s+of\s+)?\d{4}\b/;

/**
 * Whether the article's first sentence states, as a range, exactly the story's span from the infobox ("On 12–14 September
 * 2022, large-scale fighting broke out …" under an infobox date "12–14 September 2022"): it sums up the whole story (guide),
 * however it is worded, and tells none of its days.
 */
export function statesWholeSpan(firstOfArticle: boolean, inLead: boolean, told: DateRange | undefined, story: DateRange | undefined): boolean {
  return firstOfArticle && inLead && told?.end !== undefined && told.start === story?.start && told.end === story.end;
}

/**
 * Whether a lead sentence states, as a range, the story's span as the infobox states it, cut to the sentence's own precision
 * ("The siege lasted from July 2012 until February 2016, when …" under "July 2012 – 3 February 2016"): it sums up the whole
 * story (guide), wherever in the lead it stands. The sentence may not be more precise than the infobox.
 */
export function statesStatedSpan(inLead: boolean, told: DateRange | undefined, story: DateRange | undefined): boolean {
  if (!inLead || told?.end === undefined || story?.end === undefined) return false;
  const matches = (a: string, b: string) => a.length <= b.length && b.startsWith(a);
  return matches(told.start, story.start) && matches(told.end, story.end);
}

/**
 * Whether the article's first sentence names, as two days, the first and the last day of the infobox span ("The siege of
 * Mariupol began on 24 February 2022 and lasted until 20 May 2022, …" under "24 February – 20 May 2022"): it sums up the whole
 * story (guide), as a range stating that span does.
 */
export function namesSpanEnds(firstOfArticle: boolean, inLead: boolean, mentions: readonly DateMention[], story: DateRange | undefined): boolean {
  if (!firstOfArticle || !inLead || story?.end === undefined || story.end.length < 10 || story.start.length < 10) return false;
  const { start, end } = story;
  const isDay = (date: PartialDate, iso: string) =>
    date.day !== undefined && iso.endsWith(`-${pad(date.month)}-${pad(date.day)}`) && (date.year === undefined || iso.startsWith(`${date.year}-`));
  const days = mentions.filter((mention): mention is AbsoluteMention => mention.kind === 'absolute' && mention.end === undefined);
  return days.length === 2 && days[0] !== undefined && days[1] !== undefined && isDay(days[0], start) && isDay(days[1], end);
}

function pad(value: number | undefined): string {
  return String(value ?? 0).padStart(2, '0');
}

/** Whether a month or a day is the one the infobox span starts in, the span ending in a later one; which of the two it is. */
export function startOfLongerSpan(mention: AbsoluteMention, span: DateRange | undefined): 'month' | 'day' | undefined {
  if (span?.end === undefined || mention.year === undefined || mention.month === undefined) return undefined;
  const { year, month, day } = mention;
  // "on 8 and 9 March 2022" names both days of the span, however its first day is read.
  if (day !== undefined && /\band\b/.test(mention.text)) return undefined;
  const own = day === undefined ? formatIsoDate({ year, month }, 'month') : formatIsoDate({ year, month, day }, 'day');
  return span.start.startsWith(own) && !span.end.startsWith(own) ? (day === undefined ? 'month' : 'day') : undefined;
}
