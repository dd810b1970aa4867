/**
 * "When the Malian army withdrew from the north after the coup of 22 March 2012, Gao fell on 31 March": an opening "When" or
 * "Once" clause of time is a clause, not an opening phrase (GUIDE.md), so its dates yield to a date of the first main clause, as a
 * relative clause's do, and date the sentence when that clause has none ("When Hafez fell ill in November 1983, Rifaat attempted to
 * succeed him, and in the spring of 1984 …" is November 1983). The main clause's own words are read: up to a comma, or a clause or
 * comparison of its own ("most observers assumed it was another raid, like the ones … in 2023" has no date of its own). The
 * patterns of an opening "After" clause live here too; `backgroundDates.ts` reads them.
 */
import { MONTH_NAME } from './dateMention.ts';
import type { Span } from './quotedSpeech.ts';

const OPENING_WHEN = /^(?:When|Once)\s[^,;]{3,160}(?=,\s)/;
const FIRST_MAIN_CLAUSE_DATED = new RegExp(
  `^,\\s+(?:(?!\\b(?:that|which|who|when|where|while|like|as|after|before|until|since)\\b)[^,;:.])*?\\b(?:in|on|by)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:\\d|(?:${MONTH_NAME})\\b)`,
);

/** The opening clause of time whose dates yield to its first main clause's, if there is one. */
export function openingTimeClauses(flat: string): Span[] {
  const clause = OPENING_WHEN.exec(flat);
  return clause !== null && FIRST_MAIN_CLAUSE_DATED.test(flat.slice(clause[0].length)) ? [{ start: 0, end: clause[0].length }] : [];
}

/**
 * "After gunmen killed the chief of Yirgou and five others on 31 December 2018, militiamen killed dozens of civilians in the area
 * over the next two days", "After the fall of Assad on 8 December 2024, the leadership announced its dissolution in a statement
 * issued the next day": an opening "After" clause or phrase with its date, whose first main clause dates itself by a relative
 * phrase, is that phrase's anchor, as an opening phrase naming a happening is (GUIDE.md: an opening phrase is no clause); one in a
 * second main clause leaves the sentence the opening's date ("After Russian forces took the town in February 2024, the front moved
 * west, and by the end of the year …"). The opening's date may be a night ("After the army withdrew on the night of 30 November,
 * fighters entered the village the next morning"); so may an opening "When" clause's ("When the Islamists captured Konna on 10 January 2013, France launched Operation Serval the next day").
 */
export const OPENING_AFTER_CLAUSE = /^(?:After|Following|Once|When)\s[^,;]{3,140}\s(?:on|in)\s+(?:the\s+)?(?:(?:night|morning|evening|afternoon)\s+of\s+)?$/;
/**
 * "After King Solomon I of Imereti abolished the duchy in 1769, the valley was ruled directly …, and … it was annexed … in 1810": an
 * opening "After" with a subject and its verb is a clause of time, which dates the first main clause as "When Hafez fell ill in
 * November 1983, …" does (guide), not only sets the scene; a participle right after an article is no verb ("After the failed coup").
 */
const AFTER_SUBJECT_VERB =
  /^After\s+(?:[\wÀ-ɏ'’-]+\s+){1,6}?(?<!\b(?:the|a|an|its|their|his|her)\s)(?:[a-z]{3,}ed|was|were|fell|began|took|won|lost|left|came|went|broke|withdrew|seized|rose)\s/;
/** Whether the words before a date (`before`) are an opening "After" clause with its own subject and verb, up to that date. */
export const inAfterClause = (before: string): boolean => OPENING_AFTER_CLAUSE.test(before) && AFTER_SUBJECT_VERB.test(before);
