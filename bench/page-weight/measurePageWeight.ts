/**
 * What a reader downloads for one built page, read from the built files alone: the HTML, the CSS
 * and JavaScript fetched before the map nears the viewport (linked stylesheets, module scripts
 * and their static imports), and the map's lazy part (chunks the eager scripts `import()`, the
 * stylesheets they add at run time, and the outline the map element fetches). Sizes are gzip
 * level 9 from node:zlib, the compression any static host applies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file the page needs, with its raw and gzip sizes in bytes. */
export interface WeighedFile {
  /** Path inside the built site, e.g. `_astro/leaflet.abc.css`. */
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

/** The weight of one page, split where the reader's need splits it. */
export interface PageWeight {
  readonly page: string;
  /** HTML, CSS and JS fetched on load, before the map is scrolled near. */
  readonly beforeMap: readonly WeighedFile[];
  /** JavaScript among `beforeMap`: inline module scripts (inside the HTML) and script files. */
  readonly eagerScripts: readonly WeighedFile[];
  /** Leaflet's chunk and stylesheet and the offline outline, fetched only near the map. */
  readonly mapLazy: readonly WeighedFile[];
}

/** Budgets of issue 6, in bytes of gzip (1 kB = 1000 bytes, the stricter reading of "KB"). */
export const BUDGET = { beforeMap: 60_000, mapLazy: 60_000 } as const;

/** Total gzip bytes of a list of files. */
export function gzipTotal(files: readonly WeighedFile[]): number {
  return files.reduce((sum, file) => sum + file.gzip, 0);
}

function weigh(file: string, content: Buffer | string): WeighedFile {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function attributeValues(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '').filter((value) => value !== '');
}

/** `/base/_astro/x.js` or `./x.js` relative to `from` → path inside the site. */
function resolveInSite(url: string, from: string, base: string): string {
  if (url.startsWith(base)) return url.slice(base.length);
  if (url.startsWith('/')) return url.slice(1);
  return path.posix.join(path.posix.dirname(from), url);
}

// Only the bundler's own chunk specifiers (`./x.js`, `/_astro/x.js`), so no word in a string is taken for an import.
const QUOTED = String.raw`["'\x60]((?:\.{1,2}/|/)[^"'\x60\s]+\.js)["'\x60]`;
const STATIC_IMPORT = new RegExp(String.raw`(?:\bfrom|\bimport)\s*${QUOTED}`, 'g');
const DYNAMIC_IMPORT = new RegExp(String.raw`\bimport\(\s*${QUOTED}\s*\)`, 'g');
const CSS_URL = new RegExp(String.raw`["'\x60]((?:/|\./)[^"'\x60\s]+\.css)["'\x60]`, 'g');

/**
 * Weighs `page` (an `index.html` path inside `siteDir`) under `base` (the site's base path).
 * Follows static imports transitively; a dynamic `import()` or a stylesheet URL inside eager
 * JavaScript belongs to the lazy part, with its own static imports that are not already loaded.
 */
export function measurePageWeight(siteDir: string, page = 'battle-of-al-qusayr-2012/index.html', base = '/'): PageWeight {
  const read = (file: string): string => readFileSync(path.join(siteDir, file), 'utf8');
  const html = read(page);
  const stylesheets = attributeValues(html, /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g);
  const scripts = attributeValues(html, /<script\b[^>]*\bsrc="([^"]+)"/g);
  // Inline scripts that run: no `type`, or `module`; JSON-LD and other data blocks are not JavaScript.
  const inline = attributeValues(html, /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="(?!module"|text\/javascript")[^"]*")[^>]*>([\s\S]*?)<\/script>/g);

  const eagerJs = new Set<string>();
  const visit = (file: string, into: Set<string>, skip: ReadonlySet<string>): void => {
    if (into.has(file) || skip.has(file)) return;
    into.add(file);
    for (const imported of attributeValues(read(file), STATIC_IMPORT)) visit(resolveInSite(imported, file, base), into, skip);
  };
  for (const src of scripts) visit(resolveInSite(src, page, base), eagerJs, new Set());

  const lazyJs = new Set<string>();
  const lazyCss = new Set<string>();
  for (const file of eagerJs) {
    const code = read(file);
    for (const imported of attributeValues(code, DYNAMIC_IMPORT)) visit(resolveInSite(imported, file, base), lazyJs, eagerJs);
    for (const css of attributeValues(code, CSS_URL)) lazyCss.add(resolveInSite(css, file, base));
  }
  const outlines = attributeValues(html, /<battle-map\b[^>]*\bdata-outline-url="([^"]+)"/g).map((url) => resolveInSite(url, page, base));

  const css = stylesheets.map((href) => resolveInSite(href, page, base));
  const eagerScripts = [
    ...inline.map((code, index) => weigh(`${page} <script> #${index + 1} (inline)`, code)),
    ...[...eagerJs].map((file) => weigh(file, read(file))),
  ];
  return {
    page,
    beforeMap: [weigh(page, html), ...css.map((file) => weigh(file, read(file))), ...[...eagerJs].map((file) => weigh(file, read(file)))],
    eagerScripts,
    mapLazy: [...lazyJs, ...lazyCss, ...outlines].map((file) => weigh(file, readFileSync(path.join(siteDir, file)))),
  };
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** The figures as a table for a terminal, with each budget and whether it holds. */
export function formatPageWeight(weight: PageWeight): string {
  const rows = (files: readonly WeighedFile[]): string[] =>
    files.map((file) => `  ${file.file.padEnd(72)} ${kB(file.raw).padStart(9)} raw ${kB(file.gzip).padStart(9)} gzip`);
  const verdict = (total: number, budget: number): string => `${kB(total)} gzip of ${kB(budget)} budget: ${total <= budget ? 'OK' : 'OVER BUDGET'}`;
  return [
    `Page weight of ${weight.page}`,
    'Before the map nears the viewport (HTML + CSS + JS):',
    ...rows(weight.beforeMap),
    `  total ${verdict(gzipTotal(weight.beforeMap), BUDGET.beforeMap)}`,
    'JavaScript among it (enhancements only: copy link, focus, image fallback, map element):',
    ...rows(weight.eagerScripts),
    `  total ${kB(gzipTotal(weight.eagerScripts))} gzip`,
    'The map, loaded lazily (Leaflet JS + CSS + outline):',
    ...rows(weight.mapLazy),
    `  total ${verdict(gzipTotal(weight.mapLazy), BUDGET.mapLazy)}`,
  ].join('\n');
}
