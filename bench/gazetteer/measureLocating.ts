import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distanceKm } from '../../src/geo/distanceKm.ts';
import type { GeneralGazetteer } from '../../src/geo/geonames/generalGazetteer.ts';
import type { Gazetteer } from '../../src/geo/loadGazetteer.ts';
import { locateArticle, type ArticleLocation } from '../../src/geo/locateArticle.ts';
import { articleLocationInput, namesAPlace } from '../../src/model/articleLocationInput.ts';
import { parseArticleFile } from '../../src/parse/parseArticleFile.ts';

/** One article's outcome: whether it got a map, and how far the gazetteer lands from its infobox coordinates. */
export interface LocatingRow {
  readonly file: string;
  readonly namesPlace: boolean;
  /** Located at a place (a country-wide map, the fallback, does not count). */
  readonly mapped: boolean;
  /** Kilometres from the (hemisphere-checked) infobox point to the place located without it; null: none found. */
  readonly offKm?: number | null;
  readonly warnings: readonly string[];
}

/** The two figures of issue 15, over a list of article files. */
export interface LocatingFigures {
  readonly rows: readonly LocatingRow[];
  readonly namingPlace: number;
  readonly mapped: number;
  readonly withCoordinates: number;
  readonly within10Km: number;
  readonly maxOffKm: number;
}

/**
 * Locates every article twice: as written, to see whether it gets a map, and with its infobox
 * coordinates removed, to see how far the gazetteer alone lands from them (an article the
 * gazetteer cannot place counts as a miss beyond 10 km, not as a distance).
 */
export function measureLocating(files: readonly string[], gazetteer: Gazetteer, general: GeneralGazetteer): LocatingFigures {
  const rows = files.map((file): LocatingRow => {
    const { frontmatter, body } = parseArticleFile(readFileSync(file, 'utf8'), path.basename(file));
    const input = articleLocationInput(frontmatter, path.basename(file), body);
    const located = locateArticle(input, gazetteer, general);
    const row = { file: path.basename(file), namesPlace: namesAPlace(frontmatter), mapped: atPlace(located.location), warnings: located.warnings };
    if (located.location?.source !== 'infobox') return row;
    const { coordinates: _dropped, ...withoutCoordinates } = input;
    const alone = locateArticle(withoutCoordinates, gazetteer, general).location;
    return { ...row, offKm: alone === null || !atPlace(alone) ? null : Math.round(distanceKm(alone, located.location) * 10) / 10 };
  });
  const measured = rows.filter((row) => row.offKm !== undefined);
  return {
    rows,
    namingPlace: rows.filter((row) => row.namesPlace).length,
    mapped: rows.filter((row) => row.namesPlace && row.mapped).length,
    withCoordinates: measured.length,
    within10Km: measured.filter((row) => row.offKm !== null && row.offKm !== undefined && row.offKm <= 10).length,
    maxOffKm: Math.max(0, ...measured.map((row) => row.offKm ?? 0)),
  };
}

function atPlace(location: ArticleLocation | null): location is ArticleLocation {
  return location !== null && location.source !== 'country';
}
