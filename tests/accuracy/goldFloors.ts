/**
 * The lowest F1 the extractor may score on each gold article (goldSet.test.ts asserts them). Each is
 * what the extractor reached when the article joined the gold set, or raised since; a comment keeps
 * an unseen article's first-run F1. Raise them as it improves, never lower them to pass.
 */
import { FIRST_ROUNDS_FLOORS } from './goldFloorsFirstRounds.ts';
import { MIDDLE_ROUNDS_FLOORS } from './goldFloorsMiddleRounds.ts';
import { LATER_ROUNDS_FLOORS } from './goldFloorsLaterRounds.ts';
import { ROUNDS_54_TO_71_FLOORS } from './goldFloorsRounds54to71.ts';
import { ROUNDS_72_TO_89_FLOORS } from './goldFloorsRounds72to89.ts';
import { ROUNDS_90_TO_104_FLOORS } from './goldFloorsRounds90to104.ts';
import { ROUNDS_105_TO_120_FLOORS } from './goldFloorsRounds105to120.ts';
import { ROUNDS_121_TO_137_FLOORS } from './goldFloorsRounds121to137.ts';
import { ROUNDS_138_ON_FLOORS } from './goldFloorsRounds138on.ts';
import { ROUNDS_162_ON_FLOORS } from './goldFloorsRounds162on.ts';
import { ROUNDS_187_ON_FLOORS } from './goldFloorsRounds187on.ts';
import { ROUNDS_207_TO_216_FLOORS } from './goldFloorsRounds207to216.ts';
import { ROUNDS_217_TO_240_FLOORS } from './goldFloorsRounds217to240.ts';
import { ROUNDS_241_TO_265_FLOORS } from './goldFloorsRounds241to265.ts';
import { ROUNDS_266_ON_FLOORS } from './goldFloorsRounds266on.ts';
import { ROUNDS_281_TO_292_FLOORS } from './goldFloorsRounds281to292.ts';
import { ROUNDS_293_TO_299_FLOORS } from './goldFloorsRounds293to299.ts';
import { ROUNDS_300_TO_311_FLOORS } from './goldFloorsRounds300to311.ts';
import { ROUNDS_312_TO_323_FLOORS } from './goldFloorsRounds312to323.ts';
import { ROUNDS_324_TO_335_FLOORS } from './goldFloorsRounds324to335.ts';
import { ROUNDS_336_ON_FLOORS } from './goldFloorsRounds336on.ts';
import { ROUNDS_348_ON_FLOORS } from './goldFloorsRounds348on.ts';

/** The tables, kept in the order the articles joined (each under 300 lines); an article floored in two of them is a mistake, so it throws. */
function merged(...tables: Record<string, number>[]): Record<string, number> {
  const floors: Record<string, number> = {};
  for (const table of tables)
    for (const [stem, floor] of Object.entries(table)) {
      if (stem in floors) throw new Error(`goldFloors: ${stem} has a floor in two tables`);
      floors[stem] = floor;
    }
  return floors;
}

export const F1_FLOORS: Record<string, number> = merged(
  FIRST_ROUNDS_FLOORS,
  MIDDLE_ROUNDS_FLOORS,
  LATER_ROUNDS_FLOORS,
  ROUNDS_54_TO_71_FLOORS,
  ROUNDS_72_TO_89_FLOORS,
  ROUNDS_90_TO_104_FLOORS,
  ROUNDS_105_TO_120_FLOORS,
  ROUNDS_121_TO_137_FLOORS,
  ROUNDS_138_ON_FLOORS,
  ROUNDS_162_ON_FLOORS,
  ROUNDS_187_ON_FLOORS,
  ROUNDS_207_TO_216_FLOORS,
  ROUNDS_217_TO_240_FLOORS,
  ROUNDS_241_TO_265_FLOORS,
  ROUNDS_266_ON_FLOORS,
  ROUNDS_281_TO_292_FLOORS,
  ROUNDS_293_TO_299_FLOORS,
  ROUNDS_300_TO_311_FLOORS,
  ROUNDS_312_TO_323_FLOORS,
  ROUNDS_324_TO_335_FLOORS,
  ROUNDS_336_ON_FLOORS,
  ROUNDS_348_ON_FLOORS,
);
