/**
 * How accurate the timeline is: each gold-annotated article (tests/timeline-gold/:
 * the repository's own articles and those of `../shared/corpus`, plus the seed's
 * gold) scored by `scoreTimeline`, one row per article, then the totals over all
 * of them. Articles of `../shared` are left out, with a notice, when it is absent.
 * Run: `npm run bench:accuracy` (add `-- --details` to list every disagreement).
 */
import { existsSync } from 'node:fs';
import { extractTimeline } from '../src/timeline/extractTimeline.ts';
import { goldArticlePath, goldArticles, readGoldTimeline, type GoldArticle } from '../tests/support/goldTimeline.ts';
import { scoreTimeline, type Disagreement, type TimelineScore } from '../tests/support/scoreTimeline.ts';
// The tests' reader of ../shared, so the bench and `goldSet.test.ts` read articles the same way.
import { readArticle, SHARED_DIR as SHARED } from '../tests/unit/timeline/sharedArticles.ts';

const details = process.argv.includes('--details');

const seedGold = `${SHARED}gold/seed-timeline.json`;
const rows: { name: string; path: string; gold: GoldArticle }[] = [];
for (const gold of goldArticles()) {
  const path = goldArticlePath(gold.stem, `${SHARED}corpus/`);
  if (path === undefined) console.error(`timeline accuracy: ${gold.stem}.md is neither in tests/timeline-gold/articles/ nor in ${SHARED}corpus; left out.`);
  else rows.push({ name: gold.stem + (gold.scope === undefined ? '' : ` (${gold.scope.length} sections)`), path, gold });
}
if (existsSync(seedGold))
  rows.unshift({ name: 'seed (al-Qusayr 2012)', path: `${SHARED}seed/000_0ec5ce9be92ef564.txt`, gold: { stem: 'seed', events: readGoldTimeline(seedGold) } });

const pct = (value: number): string => value.toFixed(3);
console.log(`${'article'.padEnd(62)} ${'gold'.padStart(5)} ${'found'.padStart(5)} ${'right'.padStart(5)}  prec.  recall  F1     end≠`);
const totals = { gold: 0, found: 0, correct: 0, endMismatches: 0 };
const scores: TimelineScore[] = [];
for (const row of rows) {
  const { body, context } = readArticle(row.path);
  const score = scoreTimeline(extractTimeline(body, context), row.gold.events, row.gold.scope);
  scores.push(score);
  totals.gold += score.gold;
  totals.found += score.found;
  totals.correct += score.correct;
  totals.endMismatches += score.endMismatches;
  console.log(
    `${row.name.padEnd(62)} ${String(score.gold).padStart(5)} ${String(score.found).padStart(5)} ${String(score.correct).padStart(5)}  ${pct(score.precision)}  ${pct(score.recall)}  ${pct(score.f1)}  ${score.endMismatches}`,
  );
  if (details) for (const disagreement of score.disagreements) console.log(`    ${describe(disagreement)}`);
}
const precision = totals.correct / totals.found;
const recall = totals.correct / totals.gold;
const f1 = (2 * totals.correct) / (totals.found + totals.gold);
const lowest = Math.min(...scores.map((score) => score.f1));
console.log(
  `${'all articles, seed included (micro-averaged)'.padEnd(62)} ${String(totals.gold).padStart(5)} ${String(totals.found).padStart(5)} ${String(totals.correct).padStart(5)}  ${pct(precision)}  ${pct(recall)}  ${pct(f1)}  ${totals.endMismatches}`,
);
console.log(`lowest article F1 ${pct(lowest)}; mean article F1 ${pct(scores.reduce((sum, score) => sum + score.f1, 0) / scores.length)}`);

function describe(disagreement: Disagreement): string {
  const date = (value: { date: string; precision: string; qualifier?: string | undefined }): string =>
    `${value.date}${value.qualifier === undefined ? '' : ` ${value.qualifier}`}`;
  if (disagreement.kind === 'missed') return `missed  gold ${date(disagreement.gold)}  [${disagreement.gold.section}] ${disagreement.gold.quote}`;
  if (disagreement.kind === 'extra') return `extra   got ${date(disagreement.event)}  [${disagreement.event.section}] ${disagreement.event.text.slice(0, 90)}`;
  return `wrong   gold ${date(disagreement.gold)} got ${date(disagreement.event)}  [${disagreement.gold.section}] ${disagreement.event.text.slice(0, 90)}`;
}
