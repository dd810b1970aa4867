/**
 * Hostile and malformed articles, one per kind of issue 13: time bombs, silently wrong pages,
 * unclear failures, injection. Generated rather than kept as files, because several are
 * hundreds of kilobytes. Each case says what must happen: the file builds (and its page must
 * then be clean in a browser), or the build stops with one line naming the file and the field.
 *
 * Run by hand to look at them: `node tests/support/hostileArticles.ts /tmp/hostile`.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

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

function yamlString(text: string): string {
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

const DATE_SENTENCE = ' On 5 March 2012 the army attacked Al-Qusayr.';
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The slug {@link article} titles give, for pictures named after it. */
const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export const HOSTILE_CASES: readonly HostileCase[] = [
  // --- time bombs: each must build in seconds -------------------------------------------
  {
    name: 'long-line-before-date',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({ title: 'Long line', body: 'word '.repeat(10_000) + DATE_SENTENCE }),
  },
  {
    name: 'long-word-before-date',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({ title: 'Long word', body: 'x'.repeat(300_000) + DATE_SENTENCE }),
  },
  {
    name: 'huge-year',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({ title: 'Huge year', body: `In ${'1'.repeat(100_000)} the army attacked.${DATE_SENTENCE}` }),
  },
  {
    name: 'repeated-on',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({ title: 'Repeated on', body: 'on '.repeat(100_000) + '5 March 2012 the army attacked.' }),
  },
  {
    name: 'many-month-names',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({ title: 'Many months', body: `In ${'March '.repeat(60_000)}2012 the army attacked.` }),
  },
  {
    name: 'repeated-abbreviation',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({ title: 'Repeated Gen', body: 'Gen. '.repeat(100_000) + 'Smith attacked on 5 March 2012.' }),
  },
  {
    name: 'huge-bold-list',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({
      title: 'Huge bold list',
      infobox: `    result:\n      text: ${'a '.repeat(2_000)}\n      formatting:\n        bold:\n${'          - a\n'.repeat(50_000)}`,
    }),
  },
  {
    name: 'many-links',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({
      title: 'Many links',
      infobox: `    result:\n      text: ${'a '.repeat(20_000)}\n      links:\n${'        - text: a\n          page: A\n'.repeat(20_000)}`,
    }),
  },
  {
    name: 'infobox-date-many-years',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({ title: 'Many years', yaml: '', infobox: '', body: DATE_SENTENCE }).replace(
      '10 February - 20 April 2012',
      Array.from({ length: 200_000 }, (_, i) => 1000 + (i % 1000)).join(' '),
    ),
  },
  {
    name: 'deep-list',
    kind: 'time bomb',
    expect: { builds: false, field: 'body' },
    article: article({ title: 'Deep list', body: `${'- '.repeat(10_000)}item on 5 March 2012` }),
  },
  {
    name: 'deep-blockquote',
    kind: 'time bomb',
    expect: { builds: false, field: 'body' },
    article: article({ title: 'Deep quote', body: '>'.repeat(10_000) + ' On 5 March 2012.' }),
  },
  {
    name: 'deep-indented-list',
    kind: 'time bomb',
    expect: { builds: false, field: 'body' },
    article: article({
      title: 'Deep indented list',
      body: Array.from({ length: 400 }, (_, depth) => `${'  '.repeat(depth)}- item on 5 March 2012`).join('\n'),
    }),
  },
  {
    name: 'deep-html',
    kind: 'time bomb',
    expect: { builds: false, field: 'body' },
    article: article({ title: 'Deep HTML', body: `${DATE_SENTENCE}\n\n${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}` }),
  },
  {
    name: 'deep-brackets',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({ title: 'Deep brackets', body: `${'['.repeat(50_000)}On 5 March 2012${']'.repeat(50_000)} ${'*_'.repeat(20_000)}x` }),
  },
  {
    name: 'many-headings',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({
      title: 'Many headings',
      body: Array.from({ length: 3_000 }, (_, i) => `## Part ${i}\n\nOn ${(i % 28) + 1} March 2012 the army attacked.`).join('\n\n'),
    }),
  },
  {
    name: 'huge-field',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({ title: 'Huge field', infobox: `    result:\n      text: ${yamlString('Victory '.repeat(150_000))}` }),
  },
  {
    name: 'yaml-alias-bomb',
    kind: 'time bomb',
    expect: { builds: false, field: 'frontmatter' },
    article: `---\ntitle: Alias bomb\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\n\nText.\n`,
  },

  // --- silently wrong pages: read correctly, or refused by field ---------------------------
  {
    name: 'bc-years',
    kind: 'silently wrong',
    expect: { builds: true },
    article: article({ title: 'Siege in 52 BC', body: 'In 52 BC the army besieged the town. On 5 March 2012 the town was mapped.' }),
  },
  {
    name: 'five-digit-year',
    kind: 'silently wrong',
    expect: { builds: true },
    article: article({ title: 'Far future', body: 'In the year 12000 the army attacked. In 99999 the town fell.' + DATE_SENTENCE }),
  },
  {
    name: 'list-as-text',
    kind: 'silently wrong',
    expect: { builds: false, field: 'shortDescription' },
    article: article({ title: 'List as text', yaml: 'shortDescription:\n  - one\n  - two' }),
  },
  {
    name: 'object-as-text',
    kind: 'silently wrong',
    expect: { builds: false, field: 'description' },
    article: article({ title: 'Object as text', yaml: 'description:\n  a: 1' }),
  },
  {
    name: 'list-as-field-text',
    kind: 'silently wrong',
    expect: { builds: false, field: 'infoboxes[0].result.text' },
    article: article({ title: 'List as field text', infobox: '    result:\n      text: [a, b]' }),
  },
  {
    name: 'yaml-tag',
    kind: 'silently wrong',
    expect: { builds: false, field: 'description' },
    article: article({ title: 'YAML tag', yaml: 'description: !!binary aGVsbG8=' }),
  },
  {
    name: 'yaml-custom-tag',
    kind: 'silently wrong',
    expect: { builds: false, field: 'author' },
    article: article({ title: 'YAML custom tag', yaml: 'author: !js/function "function(){}"' }),
  },
  {
    name: 'non-utf8',
    kind: 'silently wrong',
    expect: { builds: false, field: 'file' },
    article: Buffer.concat([Buffer.from(article({ title: 'Latin-1' }).replace('Al-Qusayr.', 'Al-Qusayr ')), Buffer.from([0xe9, 0xff, 0x0a])]),
  },
  {
    name: 'proto-key',
    kind: 'silently wrong',
    expect: { builds: false, field: 'infoboxes[0].__proto__' },
    article: article({ title: 'Proto key', infobox: '    __proto__:\n      text: polluted' }),
  },
  {
    name: 'constructor-key',
    kind: 'silently wrong',
    expect: { builds: false, field: 'infoboxes[0].constructor' },
    article: article({ title: 'Constructor key', infobox: '    constructor:\n      text: polluted' }),
  },
  { name: 'zero-width-title', kind: 'silently wrong', expect: { builds: false, field: 'title' }, article: article({ title: '\u200b\u200c\u200d\ufeff' }) },
  { name: 'bidi-title', kind: 'silently wrong', expect: { builds: true }, article: article({ title: 'Battle of \u202egnorw\u202c Town' }) },

  { name: 'huge-title', kind: 'time bomb', expect: { builds: false, field: 'title' }, article: article({ title: 'Battle '.repeat(20_000) }) },
  {
    name: 'long-words-everywhere',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({ title: `Long ${'w'.repeat(250)}`, yaml: `description: ${'d'.repeat(100_000)}`, body: `On 5 March 2012 ${'y'.repeat(1_500)} attacked.` }),
  },
  // --- unclear failures: one line naming file and field --------------------------------------
  { name: 'control-character-title', kind: 'unclear failure', expect: { builds: false, field: 'title' }, article: article({ title: 'Bell\u0007 battle' }) },
  { name: 'nul-in-title', kind: 'unclear failure', expect: { builds: false, field: 'title' }, article: article({ title: 'Nul\u0000 battle' }) },
  {
    name: 'nul-in-body',
    kind: 'unclear failure',
    expect: { builds: false, field: 'body' },
    article: article({ title: 'Nul body', body: 'On 5 March 2012\u0000 the army attacked.' }),
  },
  { name: 'number-title', kind: 'unclear failure', expect: { builds: true }, article: article({}).replace('title: "Hostile article"', 'title: 1984') },
  {
    name: 'non-image-picture',
    kind: 'unclear failure',
    expect: { builds: false, field: 'images/non-image-picture.jpg' },
    article: article({ title: 'Non image picture' }),
    extra: { 'images/non-image-picture.jpg': 'this is not a JPEG\n' },
  },
  {
    name: 'picture-symlink-outside',
    kind: 'unclear failure',
    expect: { builds: false, field: 'images/picture-symlink-outside.png' },
    article: article({ title: 'Picture symlink outside' }),
    extra: { 'images/picture-symlink-outside.png': { symlinkTo: '/etc/passwd' } },
  },
  {
    name: 'picture-folder-symlink',
    kind: 'unclear failure',
    expect: { builds: false, field: 'images/picture-folder-symlink.png' },
    article: article({ title: 'Picture folder symlink' }),
    // The whole images folder is a link to a folder outside the content folder.
    extra: { '../outside-images/picture-folder-symlink.png': PNG, images: { symlinkTo: '../outside-images' } },
  },

  // --- injection: builds, and the page is clean in a browser ---------------------------------
  {
    name: 'html-title',
    kind: 'injection',
    expect: { builds: true },
    // Placed by its coordinates alone, the article's own marker is named by its title.
    article: article({
      title: 'Raid <img src=x onerror="window.__pwned=1"> on Nowhere',
      place: 'Nowhere Valley, Syria',
      infobox: '    coordinates:\n      text: 34.5°N, 36.58°E',
    }),
  },
  {
    name: 'script-title',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Battle </script><script>window.__pwned=1</script>',
      yaml: `description: ${yamlString('</script><script>window.__pwned=1</script>')}`,
    }),
  },
  {
    name: 'html-place-name',
    kind: 'injection',
    expect: { builds: true },
    article: article({ title: 'Place name', infobox: `    result:\n      text: ${yamlString('<b onmouseover="window.__pwned=1">won</b>')}` }),
  },
  {
    name: 'reserved-heading-ids',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Reserved headings',
      body: `${DATE_SENTENCE}\n\n## Main\n\nText.\n\n## Map\n\nText.\n\n## Timeline\n\nText.\n\n## Contents\n\nText.\n\n## Infobox\n\nText.`,
    }),
  },
  {
    name: 'clobbering-heading',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Clobbering',
      body: `${DATE_SENTENCE}\n\n## __pwned\n\nText.\n\n<a id="__pwned" name="__pwned">x</a> <form name="__pwned"></form> <img name="__pwned" src="data:,">`,
    }),
  },
  {
    name: 'linked-thumbnail',
    kind: 'injection',
    expect: { builds: true },
    article: article({ title: 'Linked thumbnail', body: `${DATE_SENTENCE}\n\n[![a thumbnail](https://evil.example/thumb.png)](https://example.org/page)` }),
  },
  {
    name: 'link-around-date',
    kind: 'injection',
    expect: { builds: true },
    article: article({ title: 'Link around date', body: '[On 5 March 2012 the army attacked Al-Qusayr](https://example.org/report).' }),
  },
  {
    name: 'raw-nested-links',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Raw nested links',
      body: `${DATE_SENTENCE}\n\n<a href="https://example.org/a">outer <span><a href="https://example.org/b">inner</a></span></a>`,
    }),
  },
  {
    name: 'protocol-relative-picture',
    kind: 'injection',
    expect: { builds: true },
    article: article({ title: 'Protocol relative', body: `${DATE_SENTENCE}\n\n![a picture](//evil.example/a.png) <img src="//evil.example/b.png" alt="b">` }),
  },
  {
    name: 'picture-source-srcset',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Picture source',
      body: `${DATE_SENTENCE}\n\n<picture><source srcset="https://evil.example/a.webp 1x, //evil.example/b.webp 2x"><img src="https://upload.wikimedia.org/x.png" alt="x"></picture>`,
    }),
  },
  {
    name: 'img-srcset',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Image srcset',
      body: `${DATE_SENTENCE}\n\n<img src="https://upload.wikimedia.org/x.png" srcset="https://evil.example/x2.png 2x" alt="x">`,
    }),
  },
  {
    name: 'uppercase-scheme-picture',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Uppercase scheme',
      body: `${DATE_SENTENCE}\n\n![a](HTTPS://EVIL.example/a.png) ![b](https:evil.example/b.png) ![c](  https://evil.example/c.png)`,
    }),
  },
  {
    name: 'remote-lead-picture',
    kind: 'injection',
    expect: { builds: true },
    article: article({ title: 'Remote lead picture', yaml: 'img: https://evil.example/lead.png', infobox: '    image:\n      text: Lead.png' }),
  },
  {
    name: 'unsafe-link-pages',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Unsafe link pages',
      infobox: `    result:\n      text: one two three four\n      links:\n        - text: one\n          page: "javascript:window.__pwned=1"\n        - text: two\n          page: "//evil.example/x"\n        - text: three\n          page: "../../../evil"\n        - text: four\n          page: "\\"><img src=x onerror=window.__pwned=1>"\n          anchor: "\\" onmouseover=\\"window.__pwned=1"`,
    }),
  },
  {
    name: 'raw-html-body',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'Raw HTML body',
      body: `${DATE_SENTENCE}\n\n<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><svg><script>window.__pwned=1</script></svg><iframe src="javascript:window.__pwned=1"></iframe>[x](javascript:window.__pwned=1)`,
    }),
  },
  {
    name: 'html-in-heading',
    kind: 'injection',
    expect: { builds: true },
    article: article({
      title: 'HTML heading',
      body: `${DATE_SENTENCE}\n\n## <img src=x onerror="window.__pwned=1"> Fighting\n\nOn 6 March 2012 more fighting.`,
    }),
  },

  // --- nulls mean absent ---------------------------------------------------------------------
  {
    name: 'nested-null',
    kind: 'null',
    expect: { builds: true },
    article: article({ title: 'Nested null', infobox: '    result:\n      text: null\n    strength1:\n      text: ~\n      links: null' }),
  },
  {
    name: 'nulls-everywhere',
    kind: 'null',
    expect: { builds: true },
    article: article({
      title: 'Nulls everywhere',
      yaml: 'shortDescription: null\ndescription: ~\nimg:\nauthor: null',
      infobox: '    result: null\n    casualties1:\n      text: null\n      formatting: null',
    }),
  },
];

/**
 * Writes `cases` into `dir` (created), one `<name>.md` plus its extra files. Cases whose extra
 * files clash (two `images/` folders) need folders of their own.
 */
export async function writeHostileArticles(dir: string, cases: readonly HostileCase[] = HOSTILE_CASES): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const hostile of cases) {
    await writeFile(path.join(dir, `${hostile.name}.md`), hostile.article);
    for (const [relative, content] of Object.entries(hostile.extra ?? {})) {
      const target = path.join(dir, relative);
      await mkdir(path.dirname(target), { recursive: true });
      if (typeof content === 'object' && !Buffer.isBuffer(content)) await symlink(content.symlinkTo, target);
      else await writeFile(target, content);
    }
  }
}

export { slugOf, PNG };

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node tests/support/hostileArticles.ts <folder>');
  for (const hostile of HOSTILE_CASES) await writeHostileArticles(path.join(dir, hostile.name), [hostile]);
  console.log(`wrote ${HOSTILE_CASES.length} hostile articles, one a folder, to ${dir}`);
}
