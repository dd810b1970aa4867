import { article, type HostileCase } from './article.ts';

/** Nulls mean absent. */
export const NULLS: readonly HostileCase[] = [
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
