/** The months of the four seasons as the guide reads them: spring March–May, summer June–August, autumn September–November, winter from December. */

const SEASON_FIRST_MONTH: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** The first month of a season ("spring" → 3), or undefined for any other word. */
export function seasonFirstMonth(season: string | undefined): number | undefined {
  return season === undefined ? undefined : SEASON_FIRST_MONTH[season];
}

/** The season's months within its first year: a winter runs into the next year, so only its December is in its own. */
export function seasonMonthsInYear(season: string | undefined): readonly [number, number] | undefined {
  const first = seasonFirstMonth(season);
  return first === undefined ? undefined : [first, Math.min(first + 2, 12)];
}
