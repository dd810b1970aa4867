/**
 * Prints the page-weight figures of a built site and fails when a budget is broken.
 * Run after a build: `node bench/page-weight/run.ts [dist] [page] [base]`
 * (defaults: `dist`, the seed article, `/`). The test `tests/e2e/quality/pageWeight.quality.test.ts`
 * runs the same measure on the site the test run builds.
 */
import { BUDGET, formatPageWeight, gzipTotal, measurePageWeight } from './measurePageWeight.ts';

const [siteDir = 'dist', page = 'battle-of-al-qusayr-2012/index.html', base = '/'] = process.argv.slice(2);
const weight = measurePageWeight(siteDir, page, base);
console.log(formatPageWeight(weight));
if (gzipTotal(weight.beforeMap) > BUDGET.beforeMap || gzipTotal(weight.mapLazy) > BUDGET.mapLazy) process.exitCode = 1;
