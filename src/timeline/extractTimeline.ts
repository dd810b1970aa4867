/**
 * The timeline stage of the pipeline: an article's markdown body in, the dated
 * events a careful editor would put on its timeline out, in document order.
 */
import { countsPeopleLeft } from './peopleLeft.ts';
import { assignEventIds } from './eventId.ts';
import { countsFromNamedHappening, isDatedCaption } from './captionDate.ts';
import { datesNextClip, opensDatedClip } from './clipDateLine.ts';
import { holdsStateForStretch } from './heldForStretch.ts';
import { onlyAnchors } from './anchorOnlyLines.ts';
import { countsMomentOnly, endsMaterial, opensClip, showsTimeOfDayOnly } from './clipMoment.ts';
import { tellsHabit } from './habits.ts';
import { countsTo, headingDateMention, holdsDay, headingMonthMention, placedDuringHappening, tellsLaterThanHeading } from './headingDate.ts';
import { opensWithDate } from './itemDate.ts';
import { capContextField, LongSentences, MAX_SENTENCE_LENGTH } from './inputLimits.ts';
import { formatIsoDate } from './isoDate.ts';
import { toEvent } from './timelineEvent.ts';
import { judgesAsTheManySawIt, judgesInHindsight } from './judgedLater.ts';
import { isAnalysis, namesTheStoryFromToday, rankingEnd, ranksWhatWasTold, remarksOnTiming, weighsHowThingsLook } from './judgement.ts';
import { tellsReportersWork } from './reportersWork.ts';
import { datesOnlyPlacesPast, describesWhereItLies } from './whereItLies.ts';
import { tellsNoHappening } from './negatedClause.ts';
import { isLeadPeriods, isLeadSummary, namesSpanEnds, statesStatedSpan, statesWholeSpan, startOfLongerSpan, withoutNameDate } from './leadSummary.ts';
import { countsStoryCourse, holdsThroughoutStory, runsToStoryEnd, servesUpToNow, standsAtStoryEnd } from './leadStoryCourse.ts';
import { scopesReportSpan } from './reportSpan.ts';
import { extractProseBlocks } from './proseBlocks.ts';
import { findQuotedSpans } from './quotedSpeech.ts';
import { recogniseDates } from './recogniseDates.ts';
import { datesCountOnly } from './dateMention.ts';
import { resolveSentenceDates } from './resolveDate.ts';
import { sameDate, type AnchorDate, type ResolvedDate } from './resolvedDate.ts';
import { splitSentences } from './sentences.ts';
import { warStartsWithFullNames } from './warStarts.ts';
import type { Root } from 'mdast';
import type { TimelineContext, TimelineEvent } from './types.ts';
import { sectionYearWindow } from './yearWindow.ts';
import { recallsFromPresent, tellsPresentState } from './newsPresent.ts';
import { recallsEarlierDay } from './witnessRecall.ts';
import { readStoryTime } from './storyTime.ts';

/**
 * Extracts the timeline of an article.
 *
 * - Events come from prose paragraphs and list items, at most one per
 *   sentence (see `resolveSentenceDates` for which date dates it).
 * - Lead events (before the first heading) get `section` and `sectionId` "";
 *   the lead's defining sentence is no event (see `isLeadSummary`), nor a lead sentence summing up periods (`isLeadPeriods`).
 * - Under a heading that is a date ("### 9 August"), sentences naming no date
 *   of their own take the heading's, without a `dateText`.
 * - A date without a year takes the year of the headings above it, else of the
 *   infobox date, else of the title, else of a news post's publication, stepping
 *   from the previous event (a step back of more than about five months means a new year).
 * - A news post's "on Saturday", "yesterday", "last month" count from its publication day.
 * - Events keep document order, not date order: the article's order is the
 *   reading order the page links back to.
 * - Text past the caps of `inputLimits.ts` is left out, and `warn` hears about it
 *   (one line per article, starting with the field), so any input takes linear time.
 */
export function extractTimeline(markdownBody: string | Root, context: TimelineContext = {}, warn: (message: string) => void = () => {}): TimelineEvent[] {
  const infoboxDate = capContextField(context.infoboxDate, 'infoboxes[0].date', warn);
  const title = capContextField(context.title, 'title', warn);
  const partOf = capContextField(context.partOf, 'infoboxes[0].partof', warn);
  const { published, storySpan, statedSpan, story, storyKnown, storyLastDay, storyDay, ...time } = readStoryTime(infoboxDate, title, context);
  const longSentences = new LongSentences();
  // Without an infobox date, the story starts on the first day the text names.
  let storyFirstDay = time.storyFirstDay;
  // The first date of the current section: the first day of a story the heading names ("September rebel offensive").
  let sectionStart: AnchorDate | undefined;
  const events: Omit<TimelineEvent, 'id'>[] = [];
  let previous: ResolvedDate | undefined;
  let previousSectionId: string | undefined;
  let previousBlock: unknown;
  let firstOfArticle = true;
  let headingSectionId: string | undefined;
  let headingDate: ResolvedDate | undefined;
  let headingMonth: ResolvedDate | undefined;
  // The story's day before a heading that is a day: "### 14 May" then "The next morning, …" after a 13 May section counts to the heading, not from it.
  let beforeHeading: ResolvedDate | undefined;
  // The story's day before a dated caption line: "Minutes after the strike" below "Satellite image, March 8: …" counts from the strike.
  let beforeCaption: ResolvedDate | undefined;
  // The day a line gave the clip that follows ("The next clip is from two days later."): it dates what the clip shows, in the
  // next paragraph too when the line closes its own, the video standing between them.
  let clipDay: ResolvedDate | undefined;
  let lookBack: ResolvedDate | undefined;

  const blocks = extractProseBlocks(markdownBody, { thirdPersonQuotes: published !== undefined });
  const wars = warStartsWithFullNames(
    partOf,
    blocks.map((block) => block.text),
  );
  // A report with no headings at all is lead from end to end: its closing lines tell the story's last days, they do not sum it up.
  const allLead = blocks.every((block) => block.sectionPath.length === 0);

  for (const block of blocks) {
    // A month and year outside the story hold to the end of their paragraph ("On 13 May 2015 … On 30 May … On 18 August"), no further;
    // in a news post, whose story is not known beforehand, to the end of their section.
    if (previous?.yearStated === true && (storyKnown || block.sectionId !== previousSectionId)) previous = withoutStatedYear(previous);
    const quoted = findQuotedSpans(block.text);
    const section = sectionYearWindow(block.sectionPath);
    if (block.sectionId !== previousSectionId) {
      sectionStart = undefined;
      beforeCaption = undefined;
      clipDay = undefined;
    }
    if (block.sectionId !== headingSectionId) {
      headingSectionId = block.sectionId;
      const mention = block.section.length > MAX_SENTENCE_LENGTH ? undefined : headingDateMention(block.section);
      headingDate = mention === undefined ? undefined : resolveSentenceDates([mention], { section, story, previous, storyStart: storyFirstDay }).event;
      beforeHeading = headingDate === undefined ? undefined : previous;
      if (headingDate !== undefined) {
        // "## November 2020" after "on 10 November": the story stays on its day, which the heading's month holds ("Within an hour of the announcement").
        if (!holdsDay(headingDate, previous)) previous = headingDate;
        previousSectionId = block.sectionId;
      }
      const month = headingDate === undefined ? headingMonthMention(block.section) : undefined;
      headingMonth = month === undefined ? undefined : resolveSentenceDates([month], { section, story, previous, storyStart: storyFirstDay }).event;
    }
    // A list item opening with its day ("9 October: …") dates the rest of the item as a day heading dates its section.
    let itemDate: ResolvedDate | undefined;
    // An undated clip told in this paragraph ("In this transmission, …"): what follows within minutes of it has no known day.
    let inClip = false;
    let afterClipLine = false;
    for (const sentence of splitSentences(block.text)) {
      if (longSentences.skip(sentence.text)) continue;
      // Right after a line dating a clip and telling its happening, a moment of it is what the clip shows (see `opensDatedClip`).
      const showsDatedClip = afterClipLine;
      afterClipLine = false;
      const inLead = block.sectionPath.length === 0;
      // A lead that is no news post's news; of those, one above the first heading of an article that has one can sum the story up.
      const inUndatedLead = inLead && published === undefined;
      const inArticleLead = inUndatedLead && !allLead;
      // The article's first sentence, in the lead or under a blog post's own heading (see isLeadSummary).
      const first = firstOfArticle;
      firstOfArticle = false;
      // A ranking, a naming from today, a hindsight judgement or how the many judged it is analysis: its date tells no happening and moves no anchor, so its dates need not be read.
      if (
        ranksWhatWasTold(sentence.text) ||
        namesTheStoryFromToday(sentence.text) ||
        judgesInHindsight(sentence.text) ||
        judgesAsTheManySawIt(sentence.text) ||
        weighsHowThingsLook(sentence.text) ||
        remarksOnTiming(sentence.text)
      )
        continue;
      // The reporters' own work: its date is the material's, no happening of the story.
      if (tellsReportersWork(sentence.text)) continue;
      // An aside's date tells a named thing's own past; only the defining first sentence's is the article's subject's (see `aside`).
      // "within the first two days" counts the story's first days only right after its first day was told (see `justBegun`).
      const storyJustBegun = previous !== undefined && storyFirstDay !== undefined && sameDate(previous, storyFirstDay);
      const rankedUpTo = rankingEnd(sentence.text);
      const recognised = recogniseDates(sentence.text, quoted, sentence.start, published).filter((mention) => mention.index > rankedUpTo);
      const mentions = recognised.filter((mention) =>
        mention.kind === 'absolute'
          ? (mention.aside !== true || (first && inLead)) && mention.countOnly !== true
          : mention.justBegun !== true || storyJustBegun,
      );
      // A moment of the material or of a habit, or a time of day in what a picture shows, dates nothing and moves no anchor.
      const clipOrHabit = inClip || showsDatedClip || endsMaterial(sentence.text) || tellsHabit(sentence.text);
      if ((clipOrHabit && countsMomentOnly(mentions)) || showsTimeOfDayOnly(sentence.text, mentions)) continue;
      if (
        datesOnlyPlacesPast(
          sentence.text,
          mentions.map((mention) => mention.index),
        )
      )
        continue;
      const firstMention = mentions[0];
      const told = withoutNameDate(sentence.text, first, inLead, mentions);
      const firstTold = told[0];
      const onlyDate = told.length === 1 && firstTold?.kind === 'absolute' && firstTold.end === undefined;
      const summary =
        isLeadSummary(sentence.text, first, firstTold?.index ?? 0, {
          inLead,
          onlyDate,
          startOnly: onlyDate ? startOfLongerSpan(firstTold, statedSpan) : undefined,
        }) ||
        isLeadPeriods(sentence.text, inUndatedLead) ||
        holdsThroughoutStory(sentence.text, inLead, mentions) ||
        countsStoryCourse(inArticleLead, mentions, sentence.text) ||
        servesUpToNow(sentence.text, inArticleLead, mentions) ||
        standsAtStoryEnd(sentence.text, inLead) ||
        scopesReportSpan(sentence.text, inLead);
      const sameSection = previousSectionId === block.sectionId;
      const caption = sentence.start === 0 && sentence.text.length === block.text.trim().length && isDatedCaption(sentence.text, firstMention);
      const fromHappening = beforeCaption !== undefined && mentions.length === 1 && countsFromNamedHappening(firstMention);
      const dateContext = {
        section,
        story,
        previous: fromHappening ? beforeCaption : previous,
        lookBack,
        sameSection,
        sameParagraph: previousBlock === block,
        storyStart: storyFirstDay,
        storyDay: sameSection ? undefined : storyDay,
        oneDayStory: storyDay,
        // The lead's "By the end of the battle, …" sums up the story (guide), it tells no day of it.
        storyEnd: inLead ? undefined : storyLastDay,
        storyTitle: title,
        warStarts: wars,
        dated: events,
        sectionStart: sectionStart === undefined ? undefined : { heading: block.section, date: sectionStart },
        sectionMonth: headingMonth,
        published: published === undefined ? undefined : { ...published, precision: 'day' as const },
      };
      const fromHeading = resolveSentenceDates(mentions, dateContext);
      const toHeading =
        beforeHeading === undefined ? undefined : resolveSentenceDates(mentions, { ...dateContext, previous: beforeHeading, sameSection: false });
      const { event, last: lastTold } = toHeading !== undefined && countsTo(toHeading.event, headingDate) ? toHeading : fromHeading;
      // A count's date dates no event but is stated: what follows counts from it.
      const counts = event === undefined ? recognised.filter(datesCountOnly) : [];
      const clipLine = event !== undefined && datesNextClip(sentence.text, mentions);
      // A clip's day counted back from its release ("It was filmed the previous evening") is no flashback: what follows is on it.
      const last = lastTold ?? (clipLine ? event : undefined) ?? (counts.length > 0 ? resolveSentenceDates(counts, dateContext).last : undefined);
      lookBack = last === undefined ? event : undefined;
      if (fromHeading.event !== undefined) beforeHeading = undefined;
      if (sectionStart === undefined && event !== undefined) sectionStart = event;
      if (storyFirstDay === undefined && event?.precision === 'day') storyFirstDay = event;
      if (block.listItem === true && sentence.start === 0 && event !== undefined && opensWithDate(sentence.text, firstMention)) itemDate = event;
      // Under a heading or in a list item that is a date, a sentence naming no date of its own happened on it; a range ("### 6–10 August") names no one date for it.
      const undatedDay = itemDate ?? headingDate;
      const span = event?.end === undefined ? undefined : { start: formatIsoDate(event, 'day'), end: formatIsoDate(event.end, 'day') };
      const toEnd =
        event !== undefined &&
        event.precision !== 'year' &&
        runsToStoryEnd(
          sentence.text,
          inLead,
          onlyDate,
          firstTold?.index ?? 0,
          formatIsoDate(event, 'month'),
          (storySpan ?? statedSpan)?.end,
          allLead && previous?.day !== undefined ? formatIsoDate(previous, 'day') : undefined,
        );
      const wholeSpan =
        statesWholeSpan(first, inLead, span, storySpan) || statesStatedSpan(inLead, span, statedSpan) || namesSpanEnds(first, inLead, mentions, storySpan);
      afterClipLine = event !== undefined && !clipLine && opensDatedClip(sentence.text);
      const shownDay = clipDay;
      const stateForStretch = mentions.length === 0 && holdsStateForStretch(sentence.text);
      // A state held for days before what the clip shows passes the clip's day on to it.
      clipDay = clipLine ? event : stateForStretch ? shownDay : undefined;
      const postLine = event !== undefined && onlyAnchors(sentence.text, mentions);
      // An undated sentence telling a happening, which a clip's day or a date heading may date (read only when one could).
      const undatedHappening = () =>
        mentions.length === 0 &&
        !stateForStretch &&
        !isAnalysis(sentence.text) &&
        !tellsNoHappening(sentence.text) &&
        !describesWhereItLies(sentence.text) &&
        !countsPeopleLeft(sentence.text);
      // Right after a line dating a clip, a date only a relative clause gives ("…, where a woman has been alone since her husband
      // died in the autumn") is the past of what the clip shows, which is of the clip's day.
      const clipShowsMain =
        shownDay !== undefined && mentions.length > 0 && mentions.every((mention) => mention.kind === 'absolute' && mention.background === 'clause');
      // That past is no anchor: what follows goes on from the clip's day.
      const shownByClip = event !== undefined && clipShowsMain && !clipLine;
      if (shownByClip) events.push(toEvent(shownDay, sentence.text, block.section, block.sectionId, false));
      else if (event !== undefined && !summary && !toEnd && !wholeSpan && !clipLine && !postLine)
        events.push(toEvent(event, sentence.text, block.section, block.sectionId));
      else if (shownDay !== undefined && undatedHappening() && !tellsLaterThanHeading(sentence.text))
        events.push(toEvent(shownDay, sentence.text, block.section, block.sectionId, false));
      else if (
        undatedDay !== undefined &&
        undatedDay.end === undefined &&
        undatedHappening() &&
        // "Amnesty later documented the strike": a time after the heading's day, month or season that the reader cannot fix;
        // below a year ("### 2020", "Over the following months, …") the author filed it in that year.
        !((undatedDay.precision !== 'year' || undatedDay.qualifier !== undefined) && tellsLaterThanHeading(sentence.text)) &&
        !placedDuringHappening(sentence.text)
      )
        events.push(toEvent(undatedDay, sentence.text, block.section, block.sectionId, false));
      inClip = last === undefined && (inClip || opensClip(sentence.text));
      if (published !== undefined && previous !== undefined && mentions.length === 0 && tellsPresentState(sentence.text, previous.year, published))
        previous = { ...previous, leftForNow: true };
      const anchor = shownByClip ? shownDay : last;
      if (anchor !== undefined && !recallsEarlierDay(sentence.text, anchor, previous)) {
        beforeCaption = caption ? previous : undefined;
        previous = published !== undefined && recallsFromPresent(sentence.text, anchor.year, published) ? { ...anchor, leftForNow: true } : anchor;
        previousSectionId = block.sectionId;
        previousBlock = block;
      }
    }
  }
  longSentences.report(warn);
  const ids = assignEventIds(events);
  return events.map((event, index) => ({ id: ids[index] ?? '', ...event }));
}

function withoutStatedYear(date: ResolvedDate): ResolvedDate {
  const { yearStated: _carried, ...rest } = date;
  return rest;
}
