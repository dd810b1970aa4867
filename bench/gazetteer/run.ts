/**
 * Figures for the gazetteer (issue 15): what loading it costs a build, and how well it places
 * articles. `node bench/gazetteer/run.ts [folder…]`: by default the seed, `../shared/corpus`
 * (when present) and the hand-written articles of `tests/fixtures/gazetteer/articles`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadGeneralGazetteer } from '../../src/geo/geonames/generalGazetteer.ts';
import { loadGazetteer } from '../../src/geo/loadGazetteer.ts';
import { measureLocating } from './measureLocating.ts';

const root = path.resolve(import.meta.dirname, '../..');
const folders =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [path.join(root, 'content'), path.resolve(root, '../shared/corpus'), path.join(root, 'tests/fixtures/gazetteer/articles')].filter((folder) =>
        existsSync(folder),
      );

const started = performance.now();
const general = loadGeneralGazetteer();
const loaded = performance.now();
for (const country of ['SY', 'UA', 'AZ', 'ML']) general.lookup(country);
const indexed = performance.now();
const gazetteer = loadGazetteer(readFileSync(path.join(root, 'content/places.yaml'), 'utf8'), 'content/places.yaml');
const files = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(folder, name)),
);
const figures = measureLocating(files, gazetteer, general);
const measured = performance.now();

for (const row of figures.rows) {
  const off = row.offKm === undefined ? '' : row.offKm === null ? 'not found without coordinates' : `${row.offKm} km off without coordinates`;
  console.log(`${row.namesPlace ? (row.mapped ? 'map   ' : 'NO MAP') : 'n/a   '} ${row.file.padEnd(44)} ${off}`);
}
const percent = (part: number, whole: number): string => `${whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10}%`;
console.log(`\n${files.length} articles from ${folders.join(', ')}`);
console.log(`articles whose infobox names a place that get a map: ${figures.mapped}/${figures.namingPlace} (${percent(figures.mapped, figures.namingPlace)})`);
console.log(
  `located within 10 km of the infobox coordinates without them: ${figures.within10Km}/${figures.withCoordinates} (${percent(figures.within10Km, figures.withCoordinates)}); farthest ${figures.maxOffKm} km`,
);
console.log(
  `gazetteer load (GeoNames + country codes): ${(loaded - started).toFixed(0)} ms; indexing SY, UA, AZ, ML: ${(indexed - loaded).toFixed(0)} ms; locating ${files.length} articles twice: ${(measured - indexed).toFixed(0)} ms`,
);
console.log(`heap after: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
