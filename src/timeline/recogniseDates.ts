/**
 * Every date a sentence states about the story, before the article's context resolves it. Runs the recognisers (chrono-node for
 * month-named dates, our own patterns for years, seasons and relative phrases), drops dates in quoted speech and forecasts, keeps
 * an absolute date only when `storyDate` says it is one of the story, then joins ranges and marks the dates of opening phrases
 * and relative clauses as background.
 */
import { findChronoDates } from './chronoDates.ts';
import { findFixedHolidays } from './holidays.ts';
import { MONTH_NAME, ownPreposition, type AbsoluteMention, type DateMention } from './dateMention.ts';
import { isInside, type Span } from './quotedSpeech.ts';
import { findPublicationDates, type PublicationDay } from './publicationDates.ts';
import { findRelativePhrases } from './relativePhrases.ts';
import { GATHERING, LASTING_FIGHT, ONE_MOVE, SPOKEN_AT } from './relativeVocabulary.ts';
import { datesReportersWork } from './reportersWork.ts';
import { countsPeopleLeft } from './peopleLeft.ts';
import { endsForceRemaining, estimatesForceStrength, saysOnDay } from './strengthEstimates.ts';
import { EXPECTED, looksAhead } from './forecastWords.ts';
import { NEAR, storyDate } from './storyDate.ts';
import { countChangesBefore, countsInhabitants, figuresPopulationAfter } from './populationFigures.ts';
import { comparesWithRelative } from './howThingsStood.ts';
import { markFirstClause } from './firstClause.ts';
import { markGatheringMonth } from './gatheringMonth.ts';
import { joinRanges } from './joinedRanges.ts';
import { markLaterClauses } from './laterClauses.ts';
import { findYearsAndSeasons } from './yearsAndSeasons.ts';
import { findSlashDates } from './slashDates.ts';
import { describesSubjectOfNegated, negatedClauses } from './negatedClause.ts';
import { markBackgroundDates } from './backgroundDates.ts';
import { markCountedDays } from './countedDay.ts';
import { keepDeclaredDay } from './declaredDays.ts';
import { markPerfectSince } from './perfectSince.ts';
import { withoutCountsFromStretch } from './uncountedStretch.ts';
import { withoutHabitualTimes } from './habits.ts';
import { isInForecastOpening } from './forecastOpening.ts';
import { isDueNow, isPlannedFor } from './plansAndDeadlines.ts';
import { MADE_POSSIBLE } from './namedHappeningWords.ts';
import { inSubjectsEarlierPast } from './personsPast.ts';
import { PLUPERFECT_TO_END } from './earlierPastClauses.ts';
import { countsSinceBaseline, countsSinceRelative } from './sinceDates.ts';
import { namesThingByYear, withSentenceYears } from './sentenceYears.ts';
import { sharesEveryYear } from './yearlyRecurrences.ts';
import { judgesWhatHappened } from './judgedDates.ts';

/** A relative phrase that holds its own "since" ("Since then"): the count after it reads from it as after a "since" before it. */
const SINCE_OPENS = /^since\s/i;
/** Words a news post dates things with, counting from its publication day. */
const PUBLICATION_WORD = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|yesterday|today|tonight|weekend|writing)\b/i;
/**
 * Cheap test run before chrono-node, which costs about a millisecond a call:
 * a sentence without a month, season, year or time word cannot hold a date, nor one naming no happening just told
 * ("killed during the attack", "The same conference named"); a bare closing "since" ("The strikes have not stopped since.", "…
 * ever since, with his wife.", "… ever since with his wife in the residence") counts from the day just told, so it passes too.
 */
const MAY_HOLD_DATE = new RegExp(
  `${MONTH_NAME}|\\bduring the (?:${ONE_MOVE}|${LASTING_FIGHT}|debate|hearing|${GATHERING})|\\bthe same (?:[a-z]+ )?${GATHERING}|^\\s*(?:Speaking\\s+)?at the ${SPOKEN_AT}\\s*,|\\b(?:told|addressed|briefed) the ${GATHERING}|\\b\\d{3,4}\\b|\\d/\\d|o['’]clock|\\d(?:st|nd|rd|th|[:.]\\d\\d|\\s*[ap]\\.?m)\\b|\\b(?:spring|summer|autumn|fall|winter|day|days|week|weeks|weekend|month|months|year|years|later|morning|afternoon|evening|night|nights|overnight|midnight|midday|dawn|dusk|dark|noon|nightfall|daybreak|date|point|time|hour|hours|minute|minutes|second|seconds|moments|immediately|from then on|from now on|since then|by then|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|BC|BCE|AD)\\b|\\bthe eve of\\b|\\bsince(?=\\s*(?:[.!;,]|$)|\\s+(?:with|along|together|in|at|inside)\\s)|\\bwhen the (?:[a-z]+ )?(?:missile|rocket|drone|bomb|shell)s? (?:hit|struck|landed|exploded|fell)\\b`,
  'i',
);

/**
 * "will stay in power for another five years under a new transition charter adopted on Saturday": a past participle right after
 * the noun it describes tells what befell that thing, done before the forecast is made; "will be adopted on Saturday" lies ahead.
 */
const DESCRIBED_BY_PAST_PARTICIPLE =
  /\b(?!(?:be|been|being)\s)[a-z]{2,}\s+(?:adopted|signed|approved|passed|agreed|announced|issued|published|held|made)\s+(?:(?:on|in|last)\s+)?$/i;
/**
 * "NATO defence ministers meet in Brussels on Thursday": in a news post, a gathering told in the simple present with its
 * day is one scheduled ahead, not a happening told (a post tells what happened in the past tense). "welcomed the vote but said
 * on Wednesday" names a vote and dates what was said of it, and so does "called the vote last December", the noun. Nor is a gathering
 * someone went to ("drove from Ouahigouya to meet union representatives in Yako on Tuesday"): the purpose of a past journey.
 */
const SCHEDULED_MEETING =
  /\b(?<!\b(?:the|a|an|this|that|its|their|his|her|snap|early)\s)(?<!\b(?:drove|went|came|flew|travell?ed|headed|walked|returned|rode|sailed)\b[^,;.]{0,60}\bto\s)(?:meet|meets|convene|convenes|reconvene|reconvenes|gather|gathers|vote|votes)\s(?![^,;.]{0,50}\b(?:but|and)\s+(?:said|told|announced|stated|added|warned)\b)[^,;.]{0,50}$/i;
/**
 * "the observers' mandate, which runs out at the end of June", "The deal expires on 30 June": in a news post, the end of a term
 * told in the present is a deadline ahead of the writing (guide: forecasts and deadlines), no happening, as is what "runs until Tuesday"
 * or "is open until Sunday"; "expired" tells one.
 */
const NEWS_DEADLINE = /\b(?:(?:expires|runs\s+out|lapses)\s+(?:at|on|in|by)|(?:runs|lasts|continues|is\s+open)\s+(?:until|till))\s+$/i;
/** "The deadline set in March runs out in less than three months": the date names the term whose end lies ahead, no happening. */
const TERM_SET_BEFORE = /^\s*The\s+(?:deadline|mandate|term|truce|ceasefire|deal|agreement|ultimatum)\s+(?:set|agreed|fixed|given|signed)\s+(?:in|on)\s+$/i;
const TERM_ENDS_AFTER = /^\s+(?:runs\s+out|expires|lapses|ends)\b/i;
/** "extends the transition by 60 months from 2 July, when the current timetable expires": a term's end ahead, named by its day. */
const TERM_ENDS_WHEN = /^\s*,\s*when\s+[^,;.]{1,50}?\b(?:expires|runs\s+out|lapses)\b/i;
/** "Her term ends in December": a term's end told in a post's present lies ahead of it, a forecast, however near. */
const TERM_ENDS_IN = /\b(?:term|mandate|tenure|presidency)\s+(?:ends|expires|runs\s+out|lapses)\s+(?:in|on)\s+(?:the\s+)?$/i;
/**
 * "whose Civil Contract party faces the voters in June", "Georgia goes to the polls in October": an election told in a post's
 * present lies ahead of it, as a term's end does, however near.
 */
const VOTE_AHEAD_IN =
  /\b(?:faces|face)\s+(?:the\s+)?(?:voters|electorate|polls)\s+(?:again\s+)?(?:in|on)\s+(?:the\s+)?$|\b(?:goes|go)\s+to\s+the\s+polls\s+(?:again\s+)?(?:in|on)\s+(?:the\s+)?$/i;
/**
 * "tanks of the former Soviet 4th Army, which had been handed over to Azerbaijan earlier that year": a named thing's earlier past
 * (guide), its subject its own or not ("the rivalry, which the Paris attacks had brought to the fore a week earlier"); one on the
 * story's own day ("the ceremony, which had taken place that afternoon") still tells the story.
 */
const THINGS_EARLIER_PAST = new RegExp(String.raw`,\s*which\s+(?:[^,;]{1,60}?\s)?${PLUPERFECT_TO_END}`, 'i');
/**
 * "It shows people filling buckets from a tank that the volunteers left behind in the school yard the night before": in a report
 * told in the present, an object's clause in the simple past, with a subject of its own, tells the thing's earlier past, as the
 * pluperfect does in the past; the sentence keeps the day its main clause has.
 */
const OBJECTS_PAST_IN_PRESENT =
  /^(?:[\wÀ-ɏ'’-]+\s+){0,4}?(?:shows?|is|are|has|have|stands?|lies?)\s[^,;]{0,80}?\bthat\s+(?:the\s+|its\s+|their\s+)?[\wÀ-ɏ'’-]+\s+(?:[a-z]{3,}ed|left|took|brought|put|set|built|dug|sent|made)\b[^,;]*$/;
/**
 * "the second time the plant has been hit since the start of the year", "the ninth attack on the city since the start of the year",
 * "the deepest Russian advance in the Pokrovsk direction since the start of the year": a thing ranked or counted since a relative
 * date, its baseline, as such a date written out is (`sinceDates.ts`).
 */
const RANKED_SINCE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|worst|largest|biggest|deadliest|heaviest|highest|lowest|strongest|longest|deepest|fastest|fiercest)\s[^,;.]{0,80}\bsince\s+$/i;
/**
 * "The first large attack on the town this year came on 9 March": a post's "this year" closing an ordinal's noun phrase, no
 * preposition before it, is where the count is measured, as a superlative's time is (`howThingsStood.ts`), no happening of it.
 */
const ORDINAL_SCOPE =
  /\bthe\s+(?:first|second|third|fourth|fifth|sixth|last|latest)\s+[^,;.]{0,60}?\b(?!(?:in|on|at|by|from|since|during|of|until|to|before|after|for|the|a|an)\s)[a-z]+\s+$/i;
const THIS_PERIOD = /^this\s+(?:year|month|week|spring|summer|autumn|winter)$/i;
/** A change of a figure measured up to a "since" ("has risen fivefold since", "has doubled since"). */
const CHANGED_SINCE = /\b(?:risen|rose|fallen|fell|grown|grew|increased|decreased|dropped|doubled|tripled|halved)\b[^,;.]{0,40}\bsince\s+$/i;
/**
 * "supply would return to the upper districts by Friday evening and to the rest of the town over the weekend": the next item of a
 * list a forecast's date opens, joined by "and" and a preposition with no verb or comma of its own, looks ahead with it.
 */
const FORECAST_LIST_GOES_ON =
  /^(?:\s+(?:morning|afternoon|evening|night))?\s+and\s+(?:to|in|on|at|by|for|from|into)\s[^,;.]{0,60}?(?:\s(?:in|on|at|by|over|during|until)\s+(?:the\s+)?|\s)$/i;
/**
 * "troops would leave in the coming months, with a full withdrawal by the end of the year": in a news post, a "with"
 * phrase hung on a forecast's clause is part of what is forecast (in an article "would" narrates). Read only within the clause, up to the next semicolon or full stop.
 */
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
  const counts: AbsoluteMention[] = [];
  // Text already read as a date: a later, shorter reading inside it is not another (a forecast's too).
  const taken: DateMention[] = [];
  // Planned dates set aside, which still give the sentence its year.
  const plans: AbsoluteMention[] = [];
  // Where the last date a forecast looks ahead to ends: a list item joined to it looks ahead with it.
  let forecastEnd = -1;
  for (const candidate of candidates) {
    const end = candidate.index + candidate.text.length;
    if (taken.some((other) => candidate.index < other.index + other.text.length && other.index < end)) continue;
    if (isInside(quoted, offset + candidate.index, offset + end) || isInside(negated, candidate.index, end)) continue;
    if (datesReportersWork(flat, candidate.index)) {
      taken.push(candidate);
      continue;
    }
    const lead = flat.slice(Math.max(0, candidate.index - NEAR), candidate.index);
    const tail = flat.slice(end, end + NEAR);
    const dueNow = published !== undefined && isDueNow(lead, tail);
    if (
      (forecastEnd >= 0 && FORECAST_LIST_GOES_ON.test(flat.slice(forecastEnd, candidate.index))) ||
      (!DESCRIBED_BY_PAST_PARTICIPLE.test(lead) && looksAhead(lead, published !== undefined)) ||
      isInForecastOpening(flat, candidate.index, end) ||
      (published !== undefined &&
        (SCHEDULED_MEETING.test(lead) ||
          dueNow ||
          NEWS_DEADLINE.test(lead + (ownPreposition(candidate.text) ?? '')) ||
          TERM_ENDS_WHEN.test(tail) ||
          TERM_ENDS_IN.test(lead) ||
          VOTE_AHEAD_IN.test(lead) ||
          (TERM_SET_BEFORE.test(lead) && TERM_ENDS_AFTER.test(tail)))) ||
      (published !== undefined && FORECAST_WITH.test(flat.slice(Math.max(0, candidate.index - 2 * NEAR), candidate.index)))
    ) {
      // "was due to start this spring, but the tender was cancelled in April": the plan still gives the sentence its year.
      if (dueNow && candidate.kind === 'absolute' && candidate.year !== undefined) plans.push(candidate);
      taken.push(candidate);
      forecastEnd = end;
      continue;
    }
    // "The committees are due to finish their work by the end of the year": a relative phrase a plan looks ahead to is a deadline
    // (guide), as "was due to begin on 12 April" is; it may hold its own preposition ("is due to leave Masnaa on Thursday").
    const preposition = ownPreposition(candidate.text);
    if ((candidate.kind === 'relative' || preposition !== undefined) && isPlannedFor(lead + (preposition ?? ''))) {
      taken.push(candidate);
      continue;
    }
    // "opened the way for the advance … later in the year": the date is the later happening's, the object's (guide).
    if (MADE_POSSIBLE.test(flat.slice(Math.max(0, candidate.index - 2 * NEAR), candidate.index))) {
      taken.push(candidate);
      continue;
    }
    if (candidate.kind === 'absolute' && describesSubjectOfNegated(lead, tail)) {
      taken.push(candidate);
      continue;
    }
    // A side's strength ("By then, estimates put the number of Russian soldiers at 4,000"), a place's count of people or any count going
    // from one figure to another ("fell from 54 in 2014 to 29 last year"), a share of every year ("dry for most of the year"), what a
    // "what happened" was judged to show, and a time compared with ("compared with a week earlier"): no happening, whatever dates it.
    if (
      candidate.kind === 'relative' &&
      (estimatesForceStrength(flat.slice(end, end + 2 * NEAR), saysOnDay(lead, true)) ||
        endsForceRemaining(lead) ||
        countsInhabitants(lead) ||
        countChangesBefore(lead) ||
        figuresPopulationAfter(tail) ||
        countsPeopleLeft(lead) ||
        sharesEveryYear(candidate.text, lead) ||
        comparesWithRelative(lead) ||
        judgesWhatHappened(lead, tail))
    ) {
      taken.push(candidate);
      continue;
    }
    // "The price has risen fivefold since the start of the month": a change measured since a relative phrase is a count's baseline, as one
    // since a date written out is (guide); "Troops have been flown in since the start of the year" is a build-up begun then.
    if (
      candidate.kind === 'relative' &&
      ((CHANGED_SINCE.test(lead) && countsSinceBaseline(flat.slice(0, candidate.index), lead, tail)) ||
        RANKED_SINCE.test(lead) ||
        countsSinceRelative(flat.slice(0, candidate.index) + (SINCE_OPENS.test(candidate.text) ? 'since ' : ''), tail))
    ) {
      taken.push(candidate);
      continue;
    }
    // "European leaders, who had met in Paris on Thursday to discuss …, condemned the strike": the subject's earlier past, as a date written out there is.
    if (
      candidate.kind === 'relative' &&
      (inSubjectsEarlierPast(flat.slice(0, candidate.index), tail) ||
        (!(candidate.unit === 'day' && candidate.amount === 0) &&
          (THINGS_EARLIER_PAST.test(lead) || OBJECTS_PAST_IN_PRESENT.test(flat.slice(0, candidate.index)))))
    ) {
      taken.push(candidate);
      continue;
    }
    if (candidate.kind === 'absolute' && THIS_PERIOD.test(candidate.text) && ORDINAL_SCOPE.test(lead)) {
      taken.push(candidate);
      continue;
    }
    const mention = candidate.kind === 'absolute' ? storyDate(candidate, flat) : candidate;
    if (mention === undefined) {
      if (candidate.kind === 'absolute' && candidate.year !== undefined && (isPlannedFor(lead) || namesThingByYear(lead))) plans.push(candidate);
      // "700 civilians were still living in the city in mid-October": a hedged date left out is left out whole; chrono's plain
      // "October" inside it would escape the rule that read the words before the hedge.
      if (candidate.kind === 'absolute' && candidate.qualifier !== undefined) taken.push(candidate);
      continue;
    }
    taken.push(mention);
    if (mention.kind === 'absolute' && mention.countOnly === true) counts.push(mention);
    else kept.push(mention);
  }
  // A count's date is read apart from the others, so that it marks none of them (a later clause, a gathering month): it only anchors.
  const told = markCountedDays(
    markFirstClause(
      markLaterClauses(
        withSentenceYears(
          markGatheringMonth(
            markBackgroundDates(
              joinRanges(
                markPerfectSince(
                  keepDeclaredDay(
                    withoutCountsFromStretch(
                      withoutHabitualTimes(
                        kept.sort((a, b) => a.index - b.index),
                        flat,
                      ),
                      flat,
                    ),
                    flat,
                  ),
                  flat,
                ),
                flat,
              ),
              flat,
            ),
            flat,
          ),
          flat,
          published,
          plans,
        ),
        flat,
      ),
      flat,
    ),
    flat,
  );
  return [...told, ...counts];
}
