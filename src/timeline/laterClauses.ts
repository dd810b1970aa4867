/**
 * Marks what a date after another one in the sentence is to the story: a later main clause's date, stated though it dates
 * nothing, or the day a trailing reporting clause was said on, which tells when the news came, not where the story stands.
 */
import type { DateMention } from './dateMention.ts';
import { CLAUSE_BREAK, REPORTING, saysWhenEarlierPastReported } from './firstClause.ts';

/**
 * "At least 54 soldiers were killed on Thursday when fighters overran two positions …, the government said yesterday.": a
 * reporting clause closing the sentence after a dated happening gives the day the news was told; "the attackers struck at
 * dawn" after it is still Thursday (guide: a report of it keeps its own date; the story's day stays the anchor).
 */
const REPORT_TAIL = new RegExp(String.raw`,\s*(?:the\s+|a\s+|an\s+)?(?:[\wÀ-ɏ'’-]+\s+){0,5}?(?:says|${REPORTING})\s+$`, 'i');
const SENTENCE_END = /^\s*[.!]?\s*$/;
/**
 * "Aliyev was re-elected in February, and since his army retook the region in September 2023 he has shown little interest": a
 * later "since" clause dates the happening a state is counted from, out of the story's order, so it lends no year to a month told
 * before it (the post's own year does), as a main clause's later date would ("in early July, and the town fell on 23 July 1993").
 */
const SINCE_HAPPENING = /\bsince\s+(?:[\wÀ-ɏ'’-]+\s+){1,10}?(?:in|on)\s+$/i;

/**
 * "When Hafez fell ill in November 1983, Rifaat attempted to succeed him, and in the spring of 1984 his units were deployed": an
 * explicit date of a main clause after a clause break, which does not date the sentence but is stated (guide), so the story
 * may stand on it for what follows.
 */
export function markLaterClauses(mentions: DateMention[], flat: string): DateMention[] {
  let previousEnd: number | undefined;
  return mentions.map((mention) => {
    if (mention.kind !== 'absolute') return mention;
    const later = previousEnd !== undefined && mention.background === undefined && CLAUSE_BREAK.test(flat.slice(previousEnd, mention.index));
    const end = mention.index + mention.text.length;
    const tail =
      previousEnd !== undefined &&
      ((REPORT_TAIL.test(flat.slice(previousEnd, mention.index)) && SENTENCE_END.test(flat.slice(end))) ||
        // "…, and local officials said yesterday that about 1,300 hectares had been damaged": a later clause reporting what had
        // happened tells when the news came, as a closing "the government said yesterday" does.
        saysWhenEarlierPastReported(flat.slice(previousEnd, mention.index), flat.slice(end)));
    previousEnd = end;
    if (tail) return { ...mention, reportTail: true as const };
    const marked = later ? { ...mention, laterClause: true as const } : mention;
    return SINCE_HAPPENING.test(flat.slice(0, mention.index)) ? { ...marked, sinceBaseline: true as const } : marked;
  });
}
