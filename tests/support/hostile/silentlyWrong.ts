import { article, DATE_SENTENCE, type HostileCase } from './article.ts';

/** Silently wrong pages: values read correctly, or refused by field, never turned into something else. */
export const SILENTLY_WRONG: readonly HostileCase[] = [
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
];
