import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/geo/loadGazetteer.ts';
import { locateArticle } from '../../../src/geo/locateArticle.ts';

const gazetteer = loadGazetteer(readFileSync(new URL('../../../content/places.yaml', import.meta.url), 'utf8'), 'content/places.yaml');

describe('locateArticle', () => {
  it('uses the gazetteer entry of the place field when the infobox has no coordinates', () => {
    const result = locateArticle(
      {
        fileName: 'content/battle-of-al-qusayr-2012.md',
        title: 'Battle of al-Qusayr (2012)',
        place: 'Al-Qusayr, Homs Governorate, Syria',
        mapType: 'Syria',
      },
      gazetteer,
    );
    expect(result).toEqual({
      location: { lat: 34.5094, lon: 36.58, source: 'gazetteer', placeId: 'al-qusayr', name: 'Al-Qusayr', country: 'Syria' },
      warnings: [],
    });
  });

  it('uses infobox coordinates, corrected into the country the place field names', () => {
    const result = locateArticle(
      {
        fileName: 'content/battle_of_al-qaryatayn__2015__.md',
        title: 'Battle of al-Qaryatayn (2015)',
        coordinates: '34.2333°N, 37.2333°W',
        place: 'Al-Qaryatayn, Homs Governorate, Syria',
      },
      gazetteer,
    );
    expect(result.location).toEqual({
      lat: 34.2333,
      lon: 37.2333,
      source: 'infobox',
      placeId: 'al-qaryatayn',
      name: 'Al-Qaryatayn',
      country: 'Syria',
    });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^content\/battle_of_al-qaryatayn__2015__\.md: coordinates .* outside Syria/);
  });

  it('falls back to the title, and to the gazetteer country for the hemisphere check', () => {
    const result = locateArticle({ fileName: 'content/atme.md', title: 'Atme', coordinates: '36.31111°N, 36.68639°W' }, gazetteer);
    expect(result.location).toMatchObject({ lat: 36.31111, lon: 36.68639, source: 'infobox', placeId: 'atme' });
  });

  it('warns about unreadable coordinates and uses the gazetteer instead', () => {
    const result = locateArticle({ fileName: 'content/x.md', title: 'Battle of Markada', coordinates: 'somewhere', place: 'Markada, Syria' }, gazetteer);
    expect(result.location).toMatchObject({ source: 'gazetteer', placeId: 'markada' });
    expect(result.warnings).toEqual([
      "content/x.md: coordinates: cannot read 'somewhere' as latitude/longitude (unexpected 'somewhere'); trying the gazetteer",
    ]);
  });

  it('returns null and a warning naming the file for an unknown place', () => {
    const result = locateArticle({ fileName: 'content/unknown.md', title: 'Battle of Nowhere', place: 'Nowhere, Atlantis' }, gazetteer);
    expect(result.location).toBeNull();
    expect(result.warnings).toEqual([
      'content/unknown.md: no coordinates and no gazetteer place for "Nowhere, Atlantis"; the page gets no map (add it to content/places.yaml)',
    ]);
  });
});
