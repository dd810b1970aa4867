import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

/** Every source file (relative to the root it was read from) with the files it imports. */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|mts|astro|mjs|js)$/;

/**
 * The relative imports of every `.ts`/`.astro` file under `dir`, as TypeScript's pre-processor
 * reads them (static, dynamic and type-only imports, re-exports). An `.astro` file's imports are
 * those of its frontmatter and its `<script>` blocks. Packages (`astro:content`, `leaflet`) are
 * not part of the graph.
 */
export async function readImportGraph(dir: string): Promise<ImportGraph> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const code = file.endsWith('.astro') ? astroScripts(text) : text;
    const specifiers = ts.preProcessFile(code, true, true).importedFiles.map((imported) => imported.fileName);
    const targets = specifiers
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => path.relative(dir, path.resolve(path.dirname(file), specifier)));
    graph.set(path.relative(dir, file), [...new Set(targets)].sort());
  }
  return graph;
}

/** The script parts of an `.astro` file: its `---` frontmatter and every `<script>` element's body. */
export function astroScripts(text: string): string {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}
