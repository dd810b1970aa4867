/**
 * The frame every hostile case shares: a small, valid article around the hostile part, so only
 * that part is on trial, and what a case must lead to.
 */

/** What a hostile file must lead to. */
export type Expectation = { builds: true } | { builds: false; field: string };

/** One hostile case: files to write into a content folder (relative path → bytes or a symlink). */
export interface HostileCase {
  /** File name stem, also the test's name. */
  name: string;
  /** The kind of attack, as issue 13 lists them. */
  kind: 'time bomb' | 'silently wrong' | 'unclear failure' | 'injection' | 'null';
  expect: Expectation;
  /** The article itself, `<name>.md`. */
  article: string | Buffer;
  /** Other files beside it: images and symlinks. */
  extra?: Record<string, string | Buffer | { symlinkTo: string }>;
}

/** A place the project's gazetteer knows, so the article gets a map with markers. */
const MAPPED_PLACE = 'Al-Qusayr, Homs Governorate, Syria';

interface ArticleParts {
  title?: string;
  /** Extra YAML lines of the frontmatter, verbatim. */
  yaml?: string;
  /** Extra infobox fields, verbatim YAML indented by six spaces. */
  infobox?: string;
  body?: string;
  /** The infobox `place`; the default is one the gazetteer knows. */
  place?: string;
}

export function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** A small, valid article around the hostile part, so only that part is on trial. */
export function article({
  title = 'Hostile article',
  yaml = '',
  infobox = '',
  body = 'On 10 February 2012 the army attacked Al-Qusayr.',
  place = MAPPED_PLACE,
}: ArticleParts): string {
  return [
    '---',
    `title: ${yamlString(title)}`,
    yaml,
    'infoboxes:',
    '  - conflict:',
    `      text: ${yamlString(title)}`,
    '    date:',
    '      text: 10 February - 20 April 2012',
    '    place:',
    `      text: ${yamlString(place)}`,
    infobox,
    '---',
    '',
    body,
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .replace(/\n---\n(?=\S)/, '\n---\n\n');
}

export const DATE_SENTENCE = ' On 5 March 2012 the army attacked Al-Qusayr.';
/** A 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
