/**
 * The suite of goldSet.test.ts and goldSetOdd.test.ts, each over half the gold articles so that
 * vitest's two workers share them. The extractor scored on the hand-annotated gold set (tests/timeline-gold/, see
 * its GUIDE.md): per-article F1 printed, and a floor per article asserted
 * (goldFloors.ts; raise them as the extractor improves, never lower them to pass).
 */
import { describe, expect, it } from 'vitest';
import { extractProseBlocks } from '../../src/timeline/proseBlocks.ts';
import { extractTimeline } from '../../src/timeline/extractTimeline.ts';
import { splitSentences } from '../../src/timeline/sentences.ts';
import { goldArticlePath, goldArticles } from '../support/goldTimeline.ts';
import { scoreTimeline } from '../support/scoreTimeline.ts';
import { F1_FLOORS } from './goldFloors.ts';
import { readArticle, SHARED_DIR, sharedExists } from '../unit/timeline/sharedArticles.ts';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The gold set's tests over the articles whose index leaves `part` divided by `parts`; part 0 also checks the floors. */
export function goldSetSuite(part: number, parts: number): void {
  describe(`the timeline on the hand-annotated gold set (part ${part + 1} of ${parts})`, () => {
    // Logs a notice when ../shared is absent; the repository's own articles are scored all the same.
    sharedExists('corpus');
    const golds = goldArticles();
    const articles = golds
      .filter((_gold, index) => index % parts === part)
      .flatMap((gold) => {
        const path = goldArticlePath(gold.stem, `${SHARED_DIR}corpus/`);
        return path === undefined ? [] : [{ gold, article: readArticle(path) }];
      });

    if (part === 0)
      it('has a floor for every gold article', () => {
        expect(Object.keys(F1_FLOORS).sort()).toEqual(golds.map((gold) => gold.stem));
      });

    it.each(articles.map(({ gold, article }) => [gold.stem, gold, article] as const))(
      '%s: every gold quote begins a sentence of its section, in scope',
      (_stem, gold, article) => {
        const sentences = extractProseBlocks(article.body, { thirdPersonQuotes: true }).flatMap((block) =>
          splitSentences(block.text).map((sentence) => ({ text: squash(sentence.text), section: block.section })),
        );
        for (const event of gold.events) {
          const found = sentences.some((sentence) => sentence.section === event.section && sentence.text.startsWith(squash(event.quote)));
          expect(found, `"${event.quote}" in [${event.section}]`).toBe(true);
          if (gold.scope !== undefined) expect(gold.scope).toContain(event.section);
        }
      },
    );

    it.each(articles.map(({ gold, article }) => [gold.stem, gold, article] as const))('%s: F1 at or above its floor', (stem, gold, article) => {
      const score = scoreTimeline(extractTimeline(article.body, article.context), gold.events, gold.scope);
      console.log(
        `[timeline gold] ${stem}: F1 ${score.f1.toFixed(3)} (precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}; ${score.correct} right of ${score.found} found, ${score.gold} gold)`,
      );
      expect(score.f1).toBeGreaterThanOrEqual(F1_FLOORS[stem] ?? 1);
    });
  });
}
