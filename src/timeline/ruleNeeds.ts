/**
 * Which relative phrase rules a sentence may match, from the text each rule `needs`: a rule needing
 * nothing the sentence holds cannot match it, so it is skipped unread. Trying every pattern on every
 * sentence was the largest single cost of extraction, and most rules match few sentences.
 */
import { escapeRegExp } from '../parse/escapeRegExp.ts';
import type { Rule } from './relativeVocabulary.ts';

/**
 * A test of which `rules` a sentence may match. Searching for each needed text apart cost about as much as trying the
 * patterns, so one scan of the lower-cased sentence reports, at each position, the longest needed text starting there;
 * any shorter one starting there is its beginning, so it is held too.
 */
export function rulesToTry(rules: readonly Rule[]): (flat: string) => (rule: Rule) => boolean {
  // Longest first: the alternation takes the first alternative that matches at a position.
  const needed = [...new Set(rules.flatMap((rule) => rule.needs))].sort((a, b) => b.length - a.length);
  const anyNeeded = new RegExp(`(?=(${needed.map(escapeRegExp).join('|')}))`, 'g');
  const beginnings = new Map(needed.map((text) => [text, needed.filter((other) => text.startsWith(other))]));
  return (flat) => {
    const held = new Set<string>();
    for (const match of flat.toLowerCase().matchAll(anyNeeded)) for (const text of beginnings.get(match[1] ?? '') ?? []) held.add(text);
    return (rule) => rule.needs.some((text) => held.has(text));
  };
}
