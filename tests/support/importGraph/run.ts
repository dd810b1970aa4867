import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stageViolations } from './checkStages.ts';
import { readImportGraph } from './importGraph.ts';
import { STAGE_LAYERS } from './stages.ts';

// `npm run check:imports [dir]`: the stages of src/ (or of dir) import only downward, in the
// order of tests/support/importGraph/stages.ts, and no files import each other in a ring.
const src = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL('../../../src/', import.meta.url));
const graph = await readImportGraph(src);
const problems = stageViolations(graph, STAGE_LAYERS);
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(
    `${problems.length} import(s) against the stage order in ${path.relative(process.cwd(), src) || '.'}/ (see tests/support/importGraph/stages.ts)`,
  );
  process.exit(1);
}
console.log(`import graph of ${graph.size} files: no cycle, no import against the stage order`);
