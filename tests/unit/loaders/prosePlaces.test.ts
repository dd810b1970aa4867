import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/loaders/buildArticle.ts';
import { loadPlaces } from '../../../src/loaders/loadPlaces.ts';
import { emphasisedPhrases } from '../../../src/parse/emphasisedPhrases.ts';
import { parseMarkdownTree } from '../../../src/parse/parseMarkdownTree.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');

describe('places named in the prose', () => {
  it('never takes a name the article sets in italics (a ship, a newspaper) for a place', async () => {
    const places = await loadPlaces(path.join(REPO, 'content'), REPO);
    const raw = [
      '---',
      'title: 2022 Russian invasion of Ukraine',
      '---',
      '',
      'On 14 April 2022, the cruiser _Moskva_ sank in the Black Sea south of Odesa.',
      '',
      'On 16 April 2022, missiles struck Moscow and Kharkiv.',
      '',
    ].join('\n');
    const { data } = await buildArticle(raw, 'content/invasion.md', places);
    const names = (event: number) => (data.timeline[event]?.places ?? []).map((id) => data.map?.places.find((place) => place.id === id)?.name);
    expect(names(0)).toEqual(['Odesa']);
    expect(names(1)).toEqual(expect.arrayContaining(['Moscow', 'Kharkiv']));
  });
});

describe('emphasisedPhrases', () => {
  it('lists the italic phrases, lowercased, whatever their markup inside', () => {
    expect([...emphasisedPhrases(parseMarkdownTree('The _Moskva_ and *Kyiv **Post*** and __bold__.\n'))]).toEqual(['moskva', 'kyiv post']);
  });
});
