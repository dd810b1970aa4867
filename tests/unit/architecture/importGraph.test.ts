import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, stageViolations } from '../../support/importGraph/checkStages.ts';
import { astroScripts, readImportGraph, type ImportGraph } from '../../support/importGraph/importGraph.ts';
import { STAGE_LAYERS } from '../../support/importGraph/stages.ts';

const LAYERS = [['parse'], ['timeline', 'geo'], ['model'], ['pages']];
const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('stageViolations', () => {
  it('accepts imports into the own folder and earlier layers', () => {
    expect(
      stageViolations(graph({ 'model/a.ts': ['model/b.ts', 'timeline/c.ts', 'parse/d.ts'], 'model/b.ts': [], 'timeline/c.ts': [], 'parse/d.ts': [] }), LAYERS),
    ).toEqual([]);
  });

  it('names the file, the import and the rule for an upward import', () => {
    expect(stageViolations(graph({ 'model/a.ts': ['pages/b.ts'], 'pages/b.ts': [] }), LAYERS)).toEqual([
      'model/a.ts imports pages/b.ts: model may not import the later stage pages',
    ]);
  });

  it('refuses imports between siblings of one layer', () => {
    expect(stageViolations(graph({ 'geo/a.ts': ['timeline/b.ts'], 'timeline/b.ts': [] }), LAYERS)).toEqual([
      'geo/a.ts imports timeline/b.ts: geo and timeline are siblings and may not import each other',
    ]);
  });

  it('refuses a folder that is in no stage, and imports of it', () => {
    expect(stageViolations(graph({ 'model/a.ts': ['misc/b.ts'], 'misc/b.ts': [] }), LAYERS)).toEqual([
      'model/a.ts imports misc/b.ts, which is in no stage',
      'misc/b.ts: not in any stage (add "misc" to tests/support/importGraph/stages.ts)',
    ]);
  });

  it('reports a cycle inside one stage', () => {
    expect(stageViolations(graph({ 'model/a.ts': ['model/b.ts'], 'model/b.ts': ['model/a.ts'] }), LAYERS)).toEqual([
      'import cycle: model/a.ts → model/b.ts → model/a.ts',
    ]);
  });
});

describe('importCycles', () => {
  it('finds each ring once and ignores chains and files outside the graph', () => {
    const cycles = importCycles(graph({ a: ['b', 'outside'], b: ['c'], c: ['a'], d: ['a'], e: ['e'] }));
    expect(cycles).toEqual([['a', 'b', 'c'], ['e']]);
  });
});

describe('astroScripts', () => {
  it('keeps the frontmatter and script bodies, not the markup', () => {
    const text = "---\nimport A from './A.astro';\n---\n<p>import x from './not-code.ts'</p>\n<script>import '../client/b.ts';</script>\n";
    expect(astroScripts(text)).toBe("import A from './A.astro';\nimport '../client/b.ts';");
  });
});

describe('src/', () => {
  it('imports only downward, with no cycle', async () => {
    const sourceGraph = await readImportGraph(fileURLToPath(new URL('../../../src/', import.meta.url)));
    expect(sourceGraph.size).toBeGreaterThan(50);
    expect(stageViolations(sourceGraph, STAGE_LAYERS)).toEqual([]);
  });
});
