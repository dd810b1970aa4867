import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { EventPageValues } from '../model/eventPage.ts';

/**
 * An event page rendered once by Astro with a placeholder in place of every value, then filled
 * for each event. Astro renders a page in about 1.5 ms; 1,000 articles have some 36,000 event
 * pages that differ only in these values, and filling a shell takes microseconds. The layout,
 * styles and CSP stay Astro's: the shell is a real render of the real page. An element that only
 * some events have (the map picture, the licence's link) cannot be a slot, so there is a shell for
 * each way of having them, each rendered by Astro (see `SHELLS`, `shellFor`).
 */

type Field = keyof EventPageValues;

const FIELDS: readonly Field[] = [
  'slug',
  'eventId',
  'when',
  'title',
  'description',
  'cardPath',
  'cardAlt',
  'articleTitle',
  'sectionNote',
  'datetime',
  'contextBefore',
  'contextAfter',
  'where',
  'mapMark',
  'mapAlt',
  'previousPath',
  'previousLabel',
  'nextPath',
  'nextLabel',
  'sourceLabel',
  'sourceUrl',
  'licenceName',
  'licenceUrl',
  'jsonLd',
];

/** Values the page writes with `set:html`, already safe where they stand (JSON-LD, `<` escaped). */
const RAW_FIELDS: ReadonlySet<Field> = new Set(['jsonLd']);

/** Fields of the page's `og:image`, which a page without an origin does not have. */
const CARD_FIELDS: ReadonlySet<Field> = new Set(['cardPath', 'cardAlt']);

/** URL-safe, escape-proof and unlike anything an article says: survives Astro untouched. */
const placeholder = (field: Field) => `zz-shell-${field.toLowerCase()}-zz`;
const PLACEHOLDER = /zz-shell-([a-z]+)-zz/g;

/** The values the shell is rendered with: each field's placeholder. */
export const SHELL_VALUES: EventPageValues = Object.fromEntries(FIELDS.map((field) => [field, placeholder(field)])) as Record<Field, string>;

const WITHOUT_MAP = { mapMark: '', mapAlt: '' } as const;
const WITHOUT_LICENCE = { licenceName: '', licenceUrl: '' } as const;

/**
 * The values each shell is rendered with. An event whose place is not on a map has no mark, and
 * its page leaves out the picture, which a slot could not do (an `<img>` with no picture would show
 * broken); an article whose source states no licence (a post) has no licence, and its page claims
 * none, which a slot could not do either (the link would point nowhere).
 */
export const SHELLS = {
  map: SHELL_VALUES,
  noMap: { ...SHELL_VALUES, ...WITHOUT_MAP },
  mapNoLicence: { ...SHELL_VALUES, ...WITHOUT_LICENCE },
  noMapNoLicence: { ...SHELL_VALUES, ...WITHOUT_MAP, ...WITHOUT_LICENCE },
} as const satisfies Record<string, EventPageValues>;

export type ShellName = keyof typeof SHELLS;

/** Every shell's name, for the routes that render them and the writer that fills them. */
export const SHELL_NAMES = Object.keys(SHELLS) as ShellName[];

/** Which shell an event's page is filled from: the one rendered with what its values have. */
export function shellFor(values: EventPageValues): ShellName {
  const licence = values.licenceName !== '';
  if (values.mapMark === '') return licence ? 'noMap' : 'noMapNoLicence';
  return licence ? 'map' : 'mapNoLicence';
}

/** The first placeholder-like text in `text`, if any: content must not contain one (see `refusePlaceholders`). */
export function findPlaceholder(text: string): string | undefined {
  return new RegExp(PLACEHOLDER.source).exec(text)?.[0];
}

/** A shell split at its placeholders, each marked with how Astro escaped the value there. */
export interface PageShell {
  literals: string[];
  slots: { field: Field; inAttribute: boolean }[];
}

type Node = DefaultTreeAdapterTypes.Node;
interface Slot {
  start: number;
  end: number;
  field: Field;
  inAttribute: boolean;
}

/**
 * Splits the HTML Astro rendered from `rendered` (one of {@link SHELLS}). The placeholders are found by parsing the page (parse5, with source offsets):
 * in an attribute value Astro escapes a value one way, in text another. A placeholder anywhere else (a script, a style, a comment) has rules the writer
 * does not know, so the shell is refused.
 */
export function parseShell(html: string, rendered: EventPageValues = SHELL_VALUES): PageShell {
  const byName = new Map(FIELDS.map((field) => [field.toLowerCase(), field]));
  const slots: Slot[] = [];
  const collect = (start: number, end: number, inAttribute: boolean, rawOnly = false) => {
    for (const match of html.slice(start, end).matchAll(PLACEHOLDER)) {
      const field = byName.get(match[1] ?? '');
      if (!field) throw new Error(`event page shell: unknown placeholder ${match[0]}`);
      // In a script only a value made for it (JSON-LD, escaped by its maker) may stand.
      if (rawOnly !== RAW_FIELDS.has(field)) continue;
      slots.push({ start: start + match.index, end: start + match.index + match[0].length, field, inAttribute });
    }
  };
  const visit = (node: Node) => {
    const location = node.sourceCodeLocation;
    if (node.nodeName === '#text' && location) {
      const parent = node.parentNode;
      const jsonLd = parent?.nodeName === 'script' && 'attrs' in parent && parent.attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json');
      if (jsonLd) collect(location.startOffset, location.endOffset, false, true);
      else if (!RAW_TEXT.has(parent?.nodeName ?? '')) collect(location.startOffset, location.endOffset, false);
    }
    if ('attrs' in node) {
      for (const attribute of node.attrs) {
        const span = node.sourceCodeLocation?.attrs?.[attribute.name];
        if (span) collect(span.startOffset, span.endOffset, true);
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if ('content' in node) visit(node.content);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  const everywhere = [...html.matchAll(PLACEHOLDER)].length;
  if (everywhere !== slots.length)
    throw new Error(`event page shell: ${everywhere - slots.length} placeholder(s) in a script, style or comment, which the writer cannot fill`);
  // The card and its alt text are only written with an absolute card URL (SITE_URL known); every
  // other field the shell was rendered with a placeholder for is always on the page.
  const missing = FIELDS.filter((field) => !CARD_FIELDS.has(field) && rendered[field] === placeholder(field) && !slots.some((slot) => slot.field === field));
  if (missing.length > 0) throw new Error(`event page shell: no placeholder for ${missing.join(', ')}; is the page rendered from SHELL_VALUES?`);
  slots.sort((a, b) => a.start - b.start);
  const literals = slots.map((slot, index) => html.slice(index === 0 ? 0 : (slots[index - 1]?.end ?? 0), slot.start));
  literals.push(html.slice(slots.at(-1)?.end ?? 0));
  return { literals, slots: slots.map(({ field, inAttribute }) => ({ field, inAttribute })) };
}

/** Elements whose text is not HTML text (Astro does not escape it as text). */
const RAW_TEXT = new Set(['script', 'style', 'noscript']);

/** The page of one event: the shell with its values escaped exactly as Astro escapes them. */
export function fillShell(shell: PageShell, values: EventPageValues): string {
  let html = shell.literals[0] ?? '';
  shell.slots.forEach((slot, index) => {
    const value = values[slot.field];
    const filled = RAW_FIELDS.has(slot.field) ? value : slot.inAttribute ? escapeAttribute(value) : escapeText(value);
    html += filled + (shell.literals[index + 1] ?? '');
  });
  return html;
}

// Astro's own rules (astro/dist/runtime/server/escape.js and render/util.js), so a filled page is
// byte for byte the page Astro would render; the build's canary (canary.ts) compares the two.
const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (character) => TEXT_ENTITIES[character] ?? character);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
