/**
 * Where the story stands after a sentence whose later clause names a day by its ordinal, or passes midnight after an evening;
 * split from `resolveDate.ts`, which asks.
 */
import type { DateMention, RelativeMention } from './dateMention.ts';
import { days, type DateContext, type ResolvedDate } from './resolvedDate.ts';
import { AFTER_MIDNIGHT } from './nightDays.ts';
import { resolveRelative } from './resolveRelative.ts';

/**
 * A later day of the month a later clause names by its ordinal alone ("left Kaya on 23 September and had reached Bourzanga by the
 * evening of the 25th"): written out, not counted, it is stated as "on 25 September" would be, and the story stands on it (GUIDE.md:
 * an explicit date in a second clause is still stated), after a first clause dated to the month too ("In mid-October …, and on the
 * 17th a column attacked"); a count ("two days later") there moves no anchor.
 */
function dayOfMonthStated(mentions: readonly DateMention[], event: ResolvedDate, context: DateContext): ResolvedDate | undefined {
  if (event.month === undefined) return undefined;
  const later = mentions.find(
    (mention): mention is RelativeMention => mention.kind === 'relative' && mention.unit === 'dayOfMonth' && mention.index > event.mention.index,
  );
  const date = later === undefined ? undefined : resolveRelative(later, { ...context, previous: event });
  return date?.day !== undefined && days(date) > days(event) ? date : undefined;
}

/**
 * "The spillway was partly blocked on Sunday evening …, and water began running over the crest shortly after midnight. By 6 a.m.
 * the breach was about 12 metres wide": midnight told after an evening or a night is the next day's start, where the story then
 * stands (GUIDE.md: a relative date counts from the last date stated before it); the first clause still dates the sentence.
 */
function midnightPassed(mentions: readonly DateMention[], event: ResolvedDate, context: DateContext): ResolvedDate | undefined {
  const later = mentions.find(
    (mention): mention is RelativeMention => mention.kind === 'relative' && AFTER_MIDNIGHT.test(mention.text) && mention.index > event.mention.index,
  );
  const date = later === undefined ? undefined : resolveRelative(later, { ...context, previous: event });
  return date?.day !== undefined && days(date) > days(event) ? date : undefined;
}

/** The later day a later clause states by its ordinal or by passing midnight (see above), where the story then stands. */
export function laterClauseDay(mentions: readonly DateMention[], event: ResolvedDate, context: DateContext): ResolvedDate | undefined {
  return dayOfMonthStated(mentions, event, context) ?? midnightPassed(mentions, event, context);
}
