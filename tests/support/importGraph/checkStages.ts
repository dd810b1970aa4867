import type { ImportGraph } from './importGraph.ts';

/**
 * What is wrong with a graph of `src/` (paths relative to it, `/`-separated) under the layer
 * order: one line per import into a later layer or a sibling stage, per import of a file outside
 * every stage, and per cycle of files. Empty when the graph flows one way.
 */
export function stageViolations(graph: ImportGraph, layers: readonly (readonly string[])[]): string[] {
  const layerOf = new Map(layers.flatMap((stages, index) => stages.map((stage) => [stage, index] as const)));
  const problems: string[] = [];
  for (const [file, imports] of graph) {
    const from = stageOf(file);
    const fromLayer = layerOf.get(from);
    if (fromLayer === undefined) {
      problems.push(`${file}: not in any stage (add "${from}" to tests/support/importGraph/stages.ts)`);
      continue;
    }
    for (const target of imports) {
      const to = stageOf(target);
      const toLayer = layerOf.get(to);
      if (to === from) continue;
      if (toLayer === undefined) problems.push(`${file} imports ${target}, which is in no stage`);
      else if (toLayer > fromLayer) problems.push(`${file} imports ${target}: ${from} may not import the later stage ${to}`);
      else if (toLayer === fromLayer) problems.push(`${file} imports ${target}: ${from} and ${to} are siblings and may not import each other`);
    }
  }
  for (const cycle of importCycles(graph)) problems.push(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  return problems;
}

/** The stage of a path relative to `src/`: its first folder, or the file's own name at the root. */
export function stageOf(file: string): string {
  return file.split(/[\\/]/)[0] ?? file;
}

/** Every set of files that import each other in a ring (Tarjan's strongly connected components of two or more files, or a file importing itself). */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.reverse());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}
