/**
 * Phrases that date a sentence from the previous event: "Three days later",
 * "the next day", "the same day", "a week later", "in the following weeks".
 * The list is closed on purpose: chrono-node also reads "in the day" or
 * "morning" as dates, which in a narrative they are not.
 */
import type { RelativeMention } from './dateMention.ts';

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
};
const COUNT = `(${Object.keys(NUMBERS).join('|')}|\\d{1,2})`;

interface Rule {
  pattern: RegExp;
  unit: RelativeMention['unit'];
  /** Fixed offset, or a function of the matched count. */
  amount: number | ((count: number) => number);
}

const RULES: Rule[] = [
  { pattern: /\b(?:later|earlier) (?:that|in the|on the|the same) day\b/gi, unit: 'day', amount: 0 },
  { pattern: /\b(?:later |earlier )?that (?:same )?(?:day|morning|afternoon|evening|night)\b/gi, unit: 'day', amount: 0 },
  { pattern: /\b(?:on )?the same (?:day|morning|afternoon|evening|night)\b/gi, unit: 'day', amount: 0 },
  { pattern: /\b(?:the )?(?:next|following) (?:day|morning)\b/gi, unit: 'day', amount: 1 },
  // "the day before" dates from the previous event only when nothing follows it:
  // "the day before the invasion" counts from the invasion.
  { pattern: /\b(?:the )?(?:previous|preceding) day\b|\bthe day before\b(?!\s+(?:the|a|an|his|her|its|their)\b)/gi, unit: 'day', amount: -1 },
  { pattern: new RegExp(`\\b${COUNT} days? later\\b`, 'gi'), unit: 'day', amount: (count) => count },
  { pattern: new RegExp(`\\b${COUNT} weeks? later\\b`, 'gi'), unit: 'day', amount: (count) => 7 * count },
  { pattern: new RegExp(`\\b${COUNT} months? later\\b`, 'gi'), unit: 'month', amount: (count) => count },
  { pattern: new RegExp(`\\b${COUNT} years? later\\b`, 'gi'), unit: 'year', amount: (count) => count },
  { pattern: /\b(?:the )?(?:next|following) month\b/gi, unit: 'month', amount: 1 },
  { pattern: /\b(?:the )?(?:next|following) year\b/gi, unit: 'year', amount: 1 },
  {
    pattern:
      /\b(?:in the |over the |during the )?(?:following|next|subsequent|coming) (?:days|weeks|months)\b|\b(?:(?:a few|several|some) )?(?:days|weeks|months) later\b|\bthe (?:next|following) week\b/gi,
    unit: 'vague',
    amount: 0,
  },
];

/** Finds the relative date phrases of a sentence; overlapping finds keep the earliest rule's. */
export function findRelativePhrases(flat: string): RelativeMention[] {
  const found: RelativeMention[] = [];
  for (const rule of RULES) {
    for (const match of flat.matchAll(rule.pattern)) {
      const text = match[0];
      const start = match.index;
      if (found.some((other) => start < other.index + other.text.length && other.index < start + text.length)) continue;
      const count = NUMBERS[(match[1] ?? '').toLowerCase()] ?? Number(match[1]);
      const amount = typeof rule.amount === 'number' ? rule.amount : rule.amount(count);
      if (Number.isNaN(amount)) continue;
      found.push({ kind: 'relative', index: start, text, amount, unit: rule.unit });
    }
  }
  return found;
}
