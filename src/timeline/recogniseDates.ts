/**
 * Every date a sentence states about the story, before the article's context
 * resolves it. Runs the recognisers (chrono-node for month-named dates, our
 * own patterns for years, seasons and relative phrases), drops dates in quoted
 * speech and forecasts, keeps an absolute date only when `storyDate` says it is
 * one of the story, then joins ranges and marks the dates of opening phrases and
 * relative clauses as background.
 */
import { findChronoDates } from './chronoDates.ts';
import { findFixedHolidays } from './holidays.ts';
import { MONTH_NAME, type AbsoluteMention, type DateMention } from './dateMention.ts';
import { isInside, type Span } from './quotedSpeech.ts';
import { findPublicationDates, type PublicationDay } from './publicationDates.ts';
import { findRelativePhrases } from './relativePhrases.ts';
import { startsWhatItLaunched } from './namedThingsPast.ts';
import { datesReportersWork } from './reportersWork.ts';
import { NEAR, storyDate } from './storyDate.ts';
import { findYearsAndSeasons } from './yearsAndSeasons.ts';
import { findSlashDates } from './slashDates.ts';
import { negatedClauses } from './negatedClause.ts';

/** Words a news post dates things with, counting from its publication day. */
const PUBLICATION_WORD = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|yesterday|today|tonight|weekend)\b/i;
/**
 * Cheap test run before chrono-node, which costs about a millisecond a call:
 * a sentence without a month, season, year or time word cannot hold a date.
 */
const MAY_HOLD_DATE = new RegExp(
  `${MONTH_NAME}|\\b\\d{3,4}\\b|\\d/\\d|\\d(?:st|nd|rd|th|[:.]\\d\\d|\\s*[ap]\\.?m)\\b|\\b(?:spring|summer|autumn|fall|winter|day|days|week|weeks|weekend|month|months|year|years|later|morning|afternoon|evening|night|overnight|midnight|midday|dawn|dusk|noon|nightfall|daybreak|date|point|time|hour|hours|minute|minutes|second|seconds|moments|immediately|from then on|since then|by then|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|BC|BCE|AD)\\b`,
  'i',
);

/**
 * "will decide how much of it survives the winter": a forecast, not a happening. Only a few
 * comma-free words after the modal. "would" forecasts only in a news post ("would begin on time
 * next month"): in an article it usually narrates what came to pass ("the siege would end on 20
 * May"); "would later", "would go on to" narrate in both.
 */
const FORECAST_WORDS = '\\s+(?!(?:later|go|eventually|subsequently|soon|again|remain|become)\\b)(?:not\\s+)?[a-z]+(?:\\s+[a-z]+){0,6}?\\s+$';
// "is expected to discuss the move later this week": what is awaited, in the present, forecasts as "will" does.
const EXPECTED = '(?:is|are)\\s+(?:widely\\s+)?expected\\s+to';
const FORECAST = new RegExp(`\\b(?:will|${EXPECTED})${FORECAST_WORDS}`, 'i');
const NEWS_FORECAST = new RegExp(`\\b(?:will|would|${EXPECTED})${FORECAST_WORDS}`, 'i');
/**
 * "troops would leave in the coming months, with a full withdrawal by the end of the year": in a news post, a "with"
 * phrase hung on a forecast's clause is part of what is forecast (in an article "would" narrates). Read only within the clause, up to the next semicolon or full stop.
 */
/**
 * "NATO defence ministers meet in Brussels on Thursday": in a news post, a gathering told in the simple present with its
 * day is one scheduled ahead, not a happening told (a post tells what happened in the past tense).
 */
const SCHEDULED_MEETING = /\b(?:meet|meets|convene|convenes|reconvene|reconvenes|gather|gathers|vote|votes)\s[^,;.]{0,50}$/i;
/**
 * "the reserves, including the brigades trained in Germany over the winter, have not yet been committed": a date in an aside
 * describing the subject of a verb that tells nothing happened dates no happening (GUIDE.md: not asserted as having happened).
 */
const DESCRIBES_SUBJECT_OF_NEGATED = /^[^,;.]{0,60},\s*(?:has|have|had)\s+(?:not|never)\b/i;
const FORECAST_WITH = new RegExp(`\\b(?:will|would|${EXPECTED})\\s[^;.]{0,80}?,\\s*with\\s[^,;.]{0,50}$`, 'i');

/**
 * Finds the dates of one sentence, in text order. `quoted` are the quoted
 * spans of the paragraph and `offset` is where the sentence starts in it;
 * `published`, a news post's day, dates "on Saturday" and "yesterday".
 */
export function recogniseDates(sentence: string, quoted: readonly Span[] = [], offset = 0, published?: PublicationDay): DateMention[] {
  const flat = sentence.replace(/[\r\n]/g, ' ');
  if (!MAY_HOLD_DATE.test(flat) && !(published && PUBLICATION_WORD.test(flat))) return [];
  // Earlier lists win overlaps: a hedged or ranged reading beats chrono's plain one, "September last year" chrono's "September".
  const candidates: DateMention[] = [
    ...(published ? findPublicationDates(flat, published) : []),
    ...findFixedHolidays(flat),
    ...findYearsAndSeasons(flat, published !== undefined),
    ...findChronoDates(flat),
    ...findSlashDates(flat),
    ...findRelativePhrases(flat),
  ];
  const negated = negatedClauses(flat);
  const kept: DateMention[] = [];
  // Text already read as a date: a later, shorter reading inside it is not another (a forecast's too).
  const taken: DateMention[] = [];
  for (const candidate of candidates) {
    const end = candidate.index + candidate.text.length;
    if (taken.some((other) => candidate.index < other.index + other.text.length && other.index < end)) continue;
    if (isInside(quoted, offset + candidate.index, offset + end) || isInside(negated, candidate.index, end)) continue;
    if (datesReportersWork(flat, candidate.index)) {
      taken.push(candidate);
      continue;
    }
    const lead = flat.slice(Math.max(0, candidate.index - NEAR), candidate.index);
    if (
      (published ? NEWS_FORECAST : FORECAST).test(lead) ||
      (published !== undefined && SCHEDULED_MEETING.test(lead)) ||
      (published !== undefined && FORECAST_WITH.test(flat.slice(Math.max(0, candidate.index - 2 * NEAR), candidate.index)))
    ) {
      taken.push(candidate);
      continue;
    }
    if (candidate.kind === 'absolute' && DESCRIBES_SUBJECT_OF_NEGATED.test(flat.slice(end, end + NEAR))) {
      taken.push(candidate);
      continue;
    }
    const mention = candidate.kind === 'absolute' ? storyDate(candidate, flat) : candidate;
    if (mention === undefined) continue;
    kept.push(mention);
    taken.push(mention);
  }
  return markFirstClause(
    markGatheringMonth(
      markBackgroundDates(
        joinRanges(
          kept.sort((a, b) => a.index - b.index),
          flat,
        ),
        flat,
      ),
      flat,
    ),
    flat,
  );
}

/** "In early March, …": the month opens the sentence. */
const OPENING_MONTH = /^\s*(?:In|During)\s+$/;
/** "… the towns of Rajo, on 3 March": a day set between commas after the noun it dates. */
const DAY_ASIDE_BEFORE = /\w,\s*on\s+$/;
/** How far a day of the same month may follow the month that gathers it: within the clause's own words. */
const GATHERED_NEAR = 160;

/**
 * "In early March, Turkish forces captured the towns of Rajo, on 3 March, and Jindires, on 8 March": a month that frames its
 * clause's happenings, which then state their own days, only gathers them; the first day dates the sentence (guide). The month
 * becomes the background of that day, as an opening phrase's date is; a day past a clause break is another clause's.
 */
function markGatheringMonth(mentions: DateMention[], flat: string): DateMention[] {
  const [month, day] = mentions;
  if (month?.kind !== 'absolute' || day?.kind !== 'absolute' || month.background !== undefined || day.background !== undefined) return mentions;
  if (month.day !== undefined || month.month === undefined || month.end !== undefined || day.day === undefined || day.month !== month.month) return mentions;
  if (day.year !== undefined && month.year !== undefined && day.year !== month.year) return mentions;
  const between = flat.slice(month.index + month.text.length, day.index);
  if (between.length > GATHERED_NEAR || CLAUSE_BREAK.test(between)) return mentions;
  // The month opens the sentence and each day stands between commas after the thing it dates ("Rajo, on 3 March,"): a day of
  // another clause ("… in May 1994 and came into force on 12 May") is no part the month gathers.
  if (!OPENING_MONTH.test(flat.slice(0, month.index)) || !DAY_ASIDE_BEFORE.test(between) || !/^\s*,/.test(flat.slice(day.index + day.text.length)))
    return mentions;
  return [{ ...month, background: 'opening' }, ...mentions.slice(1)];
}

/**
 * "During" a span of time ("During the last week of August", "During March", "During the night of 8/9 October") dates the
 * main clause itself; "During" a happening ("During the final offensive in November and December, …") sets its scene.
 */
const DURING_A_TIME = `(?:the\\s+)?(?:(?:first|last|second|third|final|next|following|same|early|late|whole|entire)\\s+)*(?:week|weekend|weeks|night|nights|day|days|month|months|year|years|morning|afternoon|evening|spring|summer|autumn|fall|winter|period|${MONTH_NAME}|\\d)`;
/**
 * An opening phrase that sets the scene before the main clause: "Following his statement made on 19 September, …", or a
 * participle telling the subject's past ("Formed in May 2014 as a battalion, it was incorporated … on 12 November 2014").
 */
const INTRODUCTORY = new RegExp(
  `^(?:Following|After|Despite|Amid|Besides|During\\s+(?!${DURING_A_TIME})|(?:[A-Z][a-z]{2,}ed|Built|Begun)\\s+(?:in|on|from|between|during)\\s)[^,;]*,`,
);
/**
 * A relative clause about someone or something the sentence names, up to the next comma or
 * semicolon: non-restrictive ("Saakashvili, who had come to power in November 2003, was elected
 * …"), or restrictive with its verb right after the pronoun ("fighters that surrendered in 2018";
 * "the junta that took power in 2021": a regular past or a common irregular one; "reported that
 * the town fell" is no relative clause). [^,;]* stops at the first comma, so each clause is read once, but not at one
 * inside a parenthesis the clause opens: "soldiers who seized power in coups (Mali in August 2020 and again in May 2021,
 * Burkina Faso twice in 2022)" is one clause, all its dates the soldiers' past. A restrictive
 * clause also ends where the subject's own verb comes back ("A memorial to the defenders who were killed in the battle
 * was unveiled in 2023": "was unveiled" is the main clause's), unless a pronoun opens it ("the battle that was fought"), and
 * so it does at a verb of beginning or lasting in the simple past ("The mutiny that led to the 2012 coup began in the camp on
 * 21 March 2012"), unless a clause of time holds it ("the villagers who fled when the fighting began on 3 May").
 * A clause with no pronoun, its subject right after the object it describes ("have lost much of the ground they gained in
 * December"), is one too; only after a verb or "of", since "After the battle they retreated" is a main clause.
 */
const RELATIVE_CLAUSE =
  /,\s*(?:who|whom|whose|which)\b(?:[^,;(]|\([^()]*\))*|\bthe(?<=\b(?:of|[a-z]{2,}ed|lost|took|won|held|kept)\sthe)\s+[a-z-]+\s+(?:they|it|he|she|we)\s+(?:had\s+)?(?:[a-z]+ed|took|won|lost|held|fought|left|built)\b[^,;]*|\b(?:that|who|which)\s+(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?(?:[a-z]+ed|took|came|fled|fought|left|won|lost|began|led|held|fell|rose|broke|drove|struck|swept|spread)\b(?:(?!(?<!\b(?:that|who|which))\s(?:was|were)\s|(?<!\b(?:that|who|which))(?<!\b(?:when|as|after|before|until|since|once|while|where)(?:\s+[\w'’-]+){0,3})\s(?:began|started|ended|broke\s+out|erupted|lasted|continued|spread)\s)(?:[^,;(]|\([^()]*\)))*/g;

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
const OUTCOME_CLAUSE = /^,\s*which\s+(?:[a-z]{2,}ed|hit|struck|took|left|cut|drove|brought|led|sent|forced|kept|made)\b/;
/** A main clause in the simple past before it ("ECOWAS suspended them … and imposed sanctions"), read over its last words only. */
const PAST_MAIN_CLAUSE =
  /(?:^|[,;])(?:[^,;]*?\s)?(?<!\b(?:had|has|have|was|were|is|are|been|be|who|which|that)\s)(?:[a-z]{3,}ed|took|hit|struck|cut|sent|made|won|led)\s[^,;]*$/;

/**
 * "…, and after the capture of Izium on 1 April it began to advance": a second main clause's own opening phrase, up to its
 * date, with the clause's subject (a pronoun) or a comma right after; it sets that clause's scene as a sentence's opening
 * phrase does (guide: an opening phrase is no clause).
 */
const CLAUSE_OPENING_BEFORE = /(?:,\s*(?:and|but)|;)\s+(?:after|following)\s+the\s[^,;]{1,80}$/i;
const CLAUSE_OPENING_AFTER = /^\s*(?:,|(?:it|they|he|she|we)\s)/;

/**
 * A participle phrase with its date describing the sentence's subject, right before the subject's own verb: "The Ivorian
 * soldiers arrested in July were charged … in August" (group 1, from the participle). Like a restrictive clause's, its date
 * yields to the main clause's. Not past "and", which joins a second verb of a subject that acted ("The rebels attacked on
 * 3 May and were repelled"), nor up to an infinitive's "have" ("The group claimed on 11 January to have taken the town").
 */
const SUBJECT_PARTICIPLE =
  /^(?:The|A|An|Its|Their|His|Her)\s+(?:[\w'’-]+\s+){0,4}?([a-z]{3,}ed\s+(?:in|on|at|during|since)\s(?:(?!\band\b)[^,;])*?)(?<!\bto)(?=\s(?:was|were|had|have|has)\s)/;

/**
 * A date in an opening phrase or a relative clause is the background of the main clause: a date
 * of the main clause dates the sentence before it (see `AbsoluteMention.background`). Alone, it
 * dates the sentence ("A reporter, who left before 25 February, saw heavy fighting").
 */
function markBackgroundDates(mentions: DateMention[], flat: string): DateMention[] {
  const opening = INTRODUCTORY.exec(flat)?.[0].length;
  const clauses: (Span & { outcome: boolean })[] = [...flat.matchAll(RELATIVE_CLAUSE)]
    .filter((match) => !(TOOK_EFFECT.test(match[0]) && ENDED_WITH_BEFORE.test(flat.slice(Math.max(0, match.index - NEAR), match.index))))
    // "served as a starting point for the campaign, which began in September 2017": that start is the main clause's own happening.
    .filter((match) => !startsWhatItLaunched(flat.slice(Math.max(0, match.index - NEAR), match.index + NEAR)))
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      outcome: OUTCOME_CLAUSE.test(match[0]) && PAST_MAIN_CLAUSE.test(flat.slice(Math.max(0, match.index - NEAR), match.index)),
    }));
  const participle = SUBJECT_PARTICIPLE.exec(flat);
  if (participle !== null) clauses.push({ start: participle[0].length - (participle[1] ?? '').length, end: participle[0].length, outcome: false });
  const marked = (mention: DateMention): Partial<AbsoluteMention> | undefined => {
    if (opening !== undefined && mention.index + mention.text.length <= opening) return { background: 'opening' };
    const end = mention.index + mention.text.length;
    if (CLAUSE_OPENING_BEFORE.test(flat.slice(Math.max(0, mention.index - NEAR), mention.index)) && CLAUSE_OPENING_AFTER.test(flat.slice(end, end + 8)))
      return { background: 'opening' };
    const clause = clauses.find((span) => isInside([span], mention.index, mention.index + mention.text.length));
    if (clause === undefined) return undefined;
    return clause.outcome ? { background: 'clause', outcome: true } : { background: 'clause' };
  };
  return mentions.map((mention) => {
    const background = mention.kind === 'absolute' ? marked(mention) : undefined;
    return background === undefined ? mention : { ...mention, ...background };
  });
}

/**
 * Where one main clause ends and the next begins: ", and", ", but", ", while", a semicolon, a second verb of the same subject
 * told in the passive ("The team tried again over the next two days and was detained on 4 April": two happenings); or where a
 * "with" phrase hangs a detail on it ("intensified in the second half of the year, with raids … in November").
 */
const CLAUSE_BREAK = /,\s*(?:and|but|while|with)\s|;|\sand\s+(?:was|were)\s+[a-z]+ed\b/;
/**
 * A clause of time the explicit date sits in, hung on the relative phrase's clause: "resumed later that year, when the army
 * began an offensive in October", "Later that year, after Russia began its intervention on 30 September 2015, aircraft
 * struck …". Its date is the background of the main clause's (guide: it yields to the main clause's).
 */
const TIME_CLAUSE_BEFORE = /,\s*(?:when|after)\s[^,;]*$/i;

/**
 * A relative phrase in a sentence's first clause, with the explicit dates only after a clause
 * break, dates the sentence: two happenings of equal weight, the first named ("Kidal fell eight days
 * later, and the MNLA declared independence on 6 April"); so does one before a relative clause's date,
 * which yields to the main clause's (guide). Within one clause the explicit date wins ("A week later on 29 April").
 */
function markFirstClause(mentions: DateMention[], flat: string): DateMention[] {
  // Any explicit date, a participle's too: "confirmed the loss the following day, and the war ended with an agreement signed on 10 November".
  const first = mentions.findIndex((mention) => mention.kind === 'absolute');
  const relative = mentions[0];
  if (first <= 0 || relative?.kind !== 'relative' || relative.yields === true) return mentions;
  const explicit = mentions[first];
  if (explicit === undefined) return mentions;
  const between = flat.slice(relative.index + relative.text.length, explicit.index);
  // A relative clause's date describes what the main clause names ("took the remaining towns, …, which had been held since 2014").
  const described = explicit.kind === 'absolute' && explicit.background === 'clause';
  if (!described && !CLAUSE_BREAK.test(between) && !TIME_CLAUSE_BEFORE.test(between.slice(-NEAR))) return mentions;
  return [{ ...relative, firstClause: true }, ...mentions.slice(1)];
}

/** Words that join two dates into one range: "from 5 March to 8 April", "between August 29 and August 30". */
const RANGE_JOIN = /^\s*(?:to|until|till|through|–|—|-)\s*$/;

/** A range is one event at its start: the second date becomes the first one's `end`. */
function joinRanges(mentions: DateMention[], flat: string): DateMention[] {
  const joined: DateMention[] = [];
  for (const mention of mentions) {
    const last = joined.at(-1);
    if (last?.kind === 'absolute' && mention.kind === 'absolute' && last.end === undefined) {
      const between = flat.slice(last.index + last.text.length, mention.index);
      const opensRange = /\bbetween\s*$/i.test(flat.slice(0, last.index));
      if (RANGE_JOIN.test(between) || (opensRange && /^\s*and\s*$/.test(between))) {
        const end = {
          ...(mention.year === undefined ? {} : { year: mention.year }),
          ...(mention.month === undefined ? {} : { month: mention.month }),
          ...(mention.day === undefined ? {} : { day: mention.day }),
        };
        const year = last.year ?? (mention.year === undefined ? undefined : mention.year - ((last.month ?? 1) > (mention.month ?? 12) ? 1 : 0));
        joined[joined.length - 1] = {
          ...last,
          ...(year === undefined ? {} : { year }),
          text: flat.slice(last.index, mention.index + mention.text.length),
          end,
        };
        continue;
      }
    }
    joined.push(mention);
  }
  return joined;
}
