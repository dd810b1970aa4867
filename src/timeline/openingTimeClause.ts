/**
 * "When the Malian army withdrew from the north after the coup of 22 March 2012, Gao fell on 31 March": an opening "When" or
 * "Once" clause of time is a clause, not an opening phrase (GUIDE.md), so its dates yield to a date of the first main clause, as a
 * relative clause's do, and date the sentence when that clause has none ("When Hafez fell ill in November 1983, Rifaat attempted to
 * succeed him, and in the spring of 1984 …" is November 1983). The main clause's own words are read: up to a comma, or a clause or
 * comparison of its own ("most observers assumed it was another raid, like the ones … in 2023" has no date of its own).
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
