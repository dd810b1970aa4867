import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { load } from 'cheerio';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, REPO, type BuildResult } from '../support/buildSite.ts';

const ARTICLE = 'battle-of-al-qusayr-2012';

describe('the seed’s maps', () => {
  let siteDir: string;
  beforeAll(() => {
    siteDir = inject('siteDir');
  });

  it('ships a static map picture of the asked size, shown inside <battle-map> for readers without JavaScript', async () => {
    const png = await sharp(path.join(siteDir, ARTICLE, 'map.png')).metadata();
    expect([png.width, png.height]).toEqual([800, 600]);
    const $ = load(await readFile(path.join(siteDir, ARTICLE, 'index.html'), 'utf8'));
    const img = $('battle-map > picture[data-static-map] > img');
    expect(img.attr('src')).toBe(`/${ARTICLE}/map.png`);
    expect([img.attr('width'), img.attr('height')]).toEqual(['800', '600']);
    expect(img.attr('alt')).toContain('Al-Qusayr');
    expect($('.map-places li').first().text()).toMatch(/^Al-Qusayr \(34\.5\d+°N, 36\.5\d+°E\)/);
    expect($('.map-places a[href^="#2012-"]').length).toBeGreaterThan(5);
  });

  it('ships the same map drawn half as large for phones (at 2× for sharp screens), chosen by the viewport, not the density', async () => {
    const png = await sharp(path.join(siteDir, ARTICLE, 'map-narrow.png')).metadata();
    expect([png.width, png.height]).toEqual([800, 600]);
    const $ = load(await readFile(path.join(siteDir, ARTICLE, 'index.html'), 'utf8'));
    const source = $('battle-map > picture[data-static-map] > source');
    expect(source.attr('srcset')).toBe(`/${ARTICLE}/map-narrow.png`);
    expect(source.attr('media')).toMatch(/max-width/);
  });

  it('draws the infobox location map map_size pixels wide (at 2× for sharp screens), captioned “Location within Syria”', async () => {
    const png = await sharp(path.join(siteDir, ARTICLE, 'location-map.png')).metadata();
    expect([png.width, png.height]).toEqual([580, 580]);
    const $ = load(await readFile(path.join(siteDir, ARTICLE, 'index.html'), 'utf8'));
    expect($('.infobox-location-map figcaption').text()).toBe('Location within Syria');
    expect($('.infobox-location-map img').attr('width')).toBe('290');
  });

  it('ships the offline outline as a small GeoJSON of the region’s countries', async () => {
    const text = await readFile(path.join(siteDir, ARTICLE, 'outline.json'), 'utf8');
    expect(text.length).toBeLessThan(40_000);
    const outline = JSON.parse(text) as { type: string; features: { properties: { name: string } }[] };
    expect(outline.type).toBe('FeatureCollection');
    expect(outline.features.map((feature) => feature.properties.name)).toEqual(expect.arrayContaining(['Syria', 'Lebanon']));
  });

  it('records the places each event names', async () => {
    const events = JSON.parse(await readFile(path.join(siteDir, ARTICLE, 'timeline.json'), 'utf8')) as { id: string; places?: string[] }[];
    expect(events.find((event) => event.id.startsWith('2012-07-30'))?.places).toEqual(['al-qusayr']);
    expect(events.find((event) => event.id.startsWith('2012-03-01'))?.places).toEqual(expect.arrayContaining(['baba-amr']));
  });
});

describe('dirty coordinates and unknown places', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite({ contentDir: path.join(REPO, 'tests/fixtures/sites/maps') });
    expect(build.code, build.stderr).toBe(0);
  });

  it('puts a Syrian town written with a west longitude back in Syria, with a warning naming the file', async () => {
    const output = build.stdout + build.stderr;
    expect(output).toMatch(/west-longitude\.md.*(W|west).*(E|east)/i);
    const $ = load(await readFile(path.join(build.outDir, 'battle-of-al-qaryatayn-2015/index.html'), 'utf8'));
    const center = JSON.parse($('battle-map').attr('data-center') ?? '[]') as number[];
    expect(center[0]).toBeCloseTo(34.2333, 3);
    expect(center[1]).toBeCloseTo(37.2333, 3);
  });

  it('draws no dot for a unit that names only its country: the country is its place, the dots are the places its story names', async () => {
    const $ = load(await readFile(path.join(build.outDir, '999th-test-brigade-ukraine/index.html'), 'utf8'));
    const places = JSON.parse($('battle-map').attr('data-places') ?? '[]') as { name: string; primary: boolean }[];
    expect(places.map((place) => place.name)).toEqual(expect.arrayContaining(['Bakhmut', 'Kramatorsk']));
    expect(places.filter((place) => place.primary || place.name === 'Ukraine')).toEqual([]);
    expect(
      $('.map-places li b')
        .toArray()
        .map((name) => $(name).text()),
    ).not.toContain('Ukraine');
    expect($('.map-figure figcaption').text()).toContain('names no place of its own, so the map shows Ukraine');
    expect($('.infobox-location-map figcaption').text()).toBe('Ukraine');
    expect($('.infobox-location-map img').attr('alt')).toBe('A map of Ukraine among its neighbours.');
  });

  it('builds an article it cannot place without a map, with a warning naming the file', async () => {
    expect(build.stdout + build.stderr).toMatch(/nowhere\.md: .*no map/);
    const $ = load(await readFile(path.join(build.outDir, 'battle-of-nowhere-in-particular/index.html'), 'utf8'));
    expect($('battle-map')).toHaveLength(0);
    expect($('h1').text()).toBe('Battle of Nowhere in Particular');
  });
});
