/**
 * Each relative phrase rule states text one of which every match holds (`Rule.needs`), and a sentence holding none skips the
 * rule unread. A wrong list would silently drop a date, so every rule's pattern is run over every sentence of the gold
 * articles (and the shared corpus when present) and every string of the timeline tests, and each match must fall in a
 * sentence holding one of the rule's texts; and the one-scan test of `rulesToTry` must agree with searching for each text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProseBlocks } from '../../src/timeline/proseBlocks.ts';
import { RULES } from '../../src/timeline/relativePhrases.ts';
import type { Rule } from '../../src/timeline/relativeVocabulary.ts';
import { rulesToTry } from '../../src/timeline/ruleNeeds.ts';
import { splitSentences } from '../../src/timeline/sentences.ts';
import { GOLD_DIR } from '../support/goldTimeline.ts';
import { corpusArticles, readArticle, sharedExists } from '../unit/timeline/sharedArticles.ts';

// The timeline's unit tests, whose quoted sentences are the phrases each rule was written for.
const TESTS_DIR = new URL('../unit/timeline/', import.meta.url);

/** Sentences as `recogniseDates` hands them on: line breaks flattened. */
function sentencesOf(body: string): string[] {
  return extractProseBlocks(body, { thirdPersonQuotes: true }).flatMap((block) => splitSentences(block.text).map(({ text }) => text.replace(/[\r\n]/g, ' ')));
}

/** The quoted strings of the timeline tests: the phrases each rule was written for, the rare ones included. */
function testStrings(): string[] {
  return readdirSync(TESTS_DIR)
    .filter((name) => name.endsWith('.test.ts'))
    .flatMap((name) => [...readFileSync(new URL(name, TESTS_DIR), 'utf8').matchAll(/'((?:[^'\\\n]|\\.)+)'|"((?:[^"\\\n]|\\.)+)"/g)])
    .map((match) => match[1] ?? match[2] ?? '');
}

/** Whether a sentence holds one of the texts a rule needs, searched for one by one. */
const holds = (rule: Rule, sentence: string): boolean => rule.needs.some((text) => sentence.toLowerCase().includes(text));

/** Phrases of rules that neither the gold articles nor the tests' sentences hold. */
const EXAMPLES = ['In the 10 days since, the town was shelled.', 'The road reopened late the following year.', 'Prices rose in the first half of the year.'];

const gold = readdirSync(`${GOLD_DIR}articles/`).filter((name) => name.endsWith('.md'));
const sentences = [
  ...gold.flatMap((name) => sentencesOf(readArticle(`${GOLD_DIR}articles/${name}`).body)),
  ...(sharedExists('corpus') ? corpusArticles().flatMap((article) => sentencesOf(article.body)) : []),
  ...testStrings(),
  ...EXAMPLES,
];

describe('the text each relative phrase rule needs', () => {
  it('is lower-case and never empty', () => {
    for (const rule of RULES) {
      expect(rule.needs.length, String(rule.pattern)).toBeGreaterThan(0);
      for (const text of rule.needs) expect(text, String(rule.pattern)).toBe(text.toLowerCase());
      for (const text of rule.needs) expect(text.length, String(rule.pattern)).toBeGreaterThan(0);
    }
  });

  it('is held by every sentence a rule matches', () => {
    const misses: string[] = [];
    const unmatched: string[] = [];
    for (const rule of RULES) {
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', ''));
      const matching = sentences.filter((sentence) => pattern.test(sentence));
      if (matching.length === 0) unmatched.push(String(rule.pattern));
      for (const sentence of matching) if (!holds(rule, sentence)) misses.push(`${String(rule.pattern)} matches «${sentence}»`);
    }
    expect(misses).toEqual([]);
    // A rule no sentence matches would be checked by nothing.
    expect(unmatched).toEqual([]);
  });

  it('is found by one scan as by searching for each text', () => {
    const mayMatch = rulesToTry(RULES);
    const disagreements = sentences.flatMap((sentence) => {
      const tried = new Set(mayMatch(sentence));
      return RULES.filter((rule) => tried.has(rule) !== holds(rule, sentence)).map((rule) => `${String(rule.pattern)} on «${sentence}»`);
    });
    expect(disagreements).toEqual([]);
  });
});
