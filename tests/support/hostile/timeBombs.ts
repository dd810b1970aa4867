import { article, DATE_SENTENCE, yamlString, type HostileCase } from './article.ts';

/** Time bombs: inputs that once made a stage take minutes; each must build in seconds or be refused by field. */
export const TIME_BOMBS: readonly HostileCase[] = [
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

  { name: 'huge-title', kind: 'time bomb', expect: { builds: false, field: 'title' }, article: article({ title: 'Battle '.repeat(20_000) }) },
  {
    name: 'long-words-everywhere',
    kind: 'time bomb',
    expect: { builds: true },
    article: article({ title: `Long ${'w'.repeat(250)}`, yaml: `description: ${'d'.repeat(100_000)}`, body: `On 5 March 2012 ${'y'.repeat(1_500)} attacked.` }),
  },
];
