import type { EventPageValues } from '../model/eventPage.ts';

/**
 * An event page rendered once by Astro with a placeholder in place of every value, then filled
 * for each event. Astro renders a page in about 1.5 ms; 1,000 articles have some 36,000 event
 * pages that differ only in these values, and filling a shell takes microseconds. The layout,
 * styles and CSP stay Astro's: the shell is a real render of the real page.
 */

type Field = keyof EventPageValues;

const FIELDS: readonly Field[] = ['slug', 'eventId', 'when', 'title', 'description', 'cardAlt', 'articleTitle', 'sectionNote', 'datetime'];

/** URL-safe, escape-proof and unlike anything an article says: survives Astro untouched. */
const placeholder = (field: Field) => `zz-shell-${field.toLowerCase()}-zz`;
const PLACEHOLDER = /zz-shell-([a-z]+)-zz/g;

/** The values the shell is rendered with: each field's placeholder. */
export const SHELL_VALUES: EventPageValues = Object.fromEntries(FIELDS.map((field) => [field, placeholder(field)])) as Record<Field, string>;

/** A shell split at its placeholders, each marked with how Astro escaped the value there. */
export interface PageShell {
  literals: string[];
  slots: { field: Field; inAttribute: boolean }[];
}

/** Splits the HTML Astro rendered from {@link SHELL_VALUES}. */
export function parseShell(html: string): PageShell {
  const byName = new Map(FIELDS.map((field) => [field.toLowerCase(), field]));
  const literals: string[] = [];
  const slots: PageShell['slots'] = [];
  let last = 0;
  for (const match of html.matchAll(PLACEHOLDER)) {
    const field = byName.get(match[1] ?? '');
    if (!field) throw new Error(`event page shell: unknown placeholder ${match[0]}`);
    literals.push(html.slice(last, match.index));
    // Inside a tag when the last `<` before it is later than the last `>`.
    slots.push({ field, inAttribute: html.lastIndexOf('<', match.index) > html.lastIndexOf('>', match.index) });
    last = match.index + match[0].length;
  }
  literals.push(html.slice(last));
  // The card's alt text is only written with an absolute card URL (SITE_URL known); every other
  // field is always on the page.
  const missing = FIELDS.filter((field) => field !== 'cardAlt' && !slots.some((slot) => slot.field === field));
  if (missing.length > 0) throw new Error(`event page shell: no placeholder for ${missing.join(', ')}; is the page rendered from SHELL_VALUES?`);
  return { literals, slots };
}

/** The page of one event: the shell with its values escaped exactly as Astro escapes them. */
export function fillShell(shell: PageShell, values: EventPageValues): string {
  let html = shell.literals[0] ?? '';
  shell.slots.forEach((slot, index) => {
    const value = values[slot.field];
    html += (slot.inAttribute ? escapeAttribute(value) : escapeText(value)) + (shell.literals[index + 1] ?? '');
  });
  return html;
}

// Astro's own rules (astro/dist/runtime/server/escape.js and render/util.js), so a filled page is
// byte for byte the page Astro would render; a build test compares the two.
const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (character) => TEXT_ENTITIES[character] ?? character);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
