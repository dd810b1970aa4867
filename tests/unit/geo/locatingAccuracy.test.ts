import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureLocating } from '../../../bench/gazetteer/measureLocating.ts';
import { distanceKm } from '../../../src/geo/distanceKm.ts';
import { loadGeneralGazetteer } from '../../../src/geo/geonames/generalGazetteer.ts';
import { loadGazetteer } from '../../../src/geo/loadGazetteer.ts';
import { locateArticle } from '../../../src/geo/locateArticle.ts';
import { parseCoordinates } from '../../../src/geo/parseCoordinates.ts';
import { articleLocationInput } from '../../../src/model/articleLocationInput.ts';
import { parseArticleFile } from '../../../src/parse/parseArticleFile.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'tests/fixtures/gazetteer/articles');
const corpus = path.resolve(root, '../shared/corpus');
const hasCorpus = existsSync(corpus);
if (!hasCorpus) console.warn(`locatingAccuracy: ${corpus} is missing; measuring the hand-written fixtures and the seed only`);
const articles = [path.join(root, 'content'), fixtures, ...(hasCorpus ? [corpus] : [])].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(folder, name)),
);
const gazetteer = loadGazetteer(readFileSync(path.join(root, 'content/places.yaml'), 'utf8'), 'content/places.yaml');
const general = loadGeneralGazetteer();

describe('locating articles with the general gazetteer (issue 15)', () => {
  const figures = measureLocating(articles, gazetteer, general);

  it('gives a map to at least 90% of the articles whose infobox names a place', () => {
    expect(figures.namingPlace).toBeGreaterThanOrEqual(20);
    expect(figures.mapped / figures.namingPlace).toBeGreaterThanOrEqual(0.9);
  });

  it('without infobox coordinates, lands within 10 km of them for at least 80%, and never past 100 km', () => {
    expect(figures.withCoordinates).toBeGreaterThanOrEqual(15);
    expect(figures.within10Km / figures.withCoordinates).toBeGreaterThanOrEqual(0.8);
    expect(figures.maxOffKm).toBeLessThanOrEqual(100);
  });

  // The dataset writes eastern longitudes as W; a western point written E would be the same slip.
  it.each(readdirSync(fixtures).filter((name) => name.endsWith('.md')))('puts %s where its coordinates say, whatever hemisphere letter is written', (name) => {
    const { frontmatter, body } = parseArticleFile(readFileSync(path.join(fixtures, name), 'utf8'), name);
    const input = articleLocationInput(frontmatter, name, body);
    if (input.coordinates === undefined) return;
    const truth = parseCoordinates(input.coordinates);
    const swapped = input.coordinates.replace(/[EW]/, (letter) => (letter === 'E' ? 'W' : 'E'));
    // Near the meridian (Gao, 0°03′W) a slipped letter moves the point a few km, still inside
    // the country: nothing can tell, and nothing needs to.
    const slip = distanceKm(truth, parseCoordinates(swapped));
    for (const coordinates of [input.coordinates, swapped]) {
      const { location, warnings } = locateArticle({ ...input, coordinates }, gazetteer, general);
      expect(location).not.toBeNull();
      expect(distanceKm(location ?? { lat: 0, lon: 0 }, truth)).toBeLessThan(slip < 15 ? 15 : 1);
      if (coordinates !== input.coordinates && slip >= 15) expect(warnings.join('\n')).toMatch(/hemisphere flipped/);
    }
  });

  it('flips the corpus’s west-written Syrian and Crimean points, and warns', () => {
    const atlantic = {
      fileName: 'x.md',
      title: 'Crimean Bridge explosion',
      coordinates: '45.3089°N, 36.5103°W',
      description: 'An explosion on the bridge to Crimea.',
    };
    const { location, warnings } = locateArticle(atlantic, gazetteer, general);
    expect(location).toMatchObject({ lat: 45.3089, lon: 36.5103 });
    expect(warnings.join('\n')).toMatch(/hemisphere flipped/);
  });
});
