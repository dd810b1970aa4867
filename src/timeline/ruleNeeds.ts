/**
 * Which relative phrase rules a sentence may match, from the text each rule `needs`: a rule needing
 * nothing the sentence holds cannot match it, so it is skipped unread. Trying every pattern on every
 * sentence was the largest single cost of extraction, and most rules match few sentences.
 */
import { escapeRegExp } from '../parse/escapeRegExp.ts';
import type { Rule } from './relativeVocabulary.ts';

/**
 * The rules, in their order, that a sentence may match. Searching for each needed text apart cost about as much as trying
 * the patterns, so one scan of the lower-cased sentence reports, at each position, the longest needed text starting there;
 * any shorter one starting there is its beginning, so it is held too.
 */
export function rulesToTry<R extends Rule>(rules: readonly R[]): (flat: string) => R[] {
  // Longest first: the alternation takes the first alternative that matches at a position.
  const needed = [...new Set(rules.flatMap((rule) => rule.needs))].sort((a, b) => b.length - a.length);
  const anyNeeded = new RegExp(needed.map(escapeRegExp).join('|'), 'g');
  // Numbers, not the texts, mark what a sentence holds: looking texts up in a set per rule cost as much as the scan.
  const beginnings = new Map(needed.map((text) => [text, needed.flatMap((other, index) => (text.startsWith(other) ? [index] : []))]));
  const numbered = rules.map((rule) => ({ rule, needs: rule.needs.map((text) => needed.indexOf(text)) }));
  return (flat) => {
    const held = new Uint8Array(needed.length);
    const lower = flat.toLowerCase();
    anyNeeded.lastIndex = 0;
    for (let match = anyNeeded.exec(lower); match !== null; match = anyNeeded.exec(lower)) {
      for (const index of beginnings.get(match[0]) ?? []) held[index] = 1;
      // On from the next character, not past the match: a needed text may start inside it ("that night" holds "night"). A
      // lookahead scan, (?=(…)), reads the same but ran 2.7 times slower.
      anyNeeded.lastIndex = match.index + 1;
    }
    return numbered.filter(({ needs }) => needs.some((index) => held[index] === 1)).map(({ rule }) => rule);
  };
}
