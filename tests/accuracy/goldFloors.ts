/**
 * The lowest F1 the extractor may score on each gold article (goldSet.test.ts asserts them). Each is
 * what the extractor reached when the article joined the gold set, or raised since; a comment keeps
 * an unseen article's first-run F1. Raise them as it improves, never lower them to pass.
 */
import { FIRST_ROUNDS_FLOORS } from './goldFloorsFirstRounds.ts';
import { MIDDLE_ROUNDS_FLOORS } from './goldFloorsMiddleRounds.ts';
import { LATER_ROUNDS_FLOORS } from './goldFloorsLaterRounds.ts';
import { RECENT_ROUNDS_FLOORS } from './goldFloorsRecentRounds.ts';

/** The three tables, kept in the order the articles joined; an article floored in two of them is a mistake, so it throws. */
function merged(...tables: Record<string, number>[]): Record<string, number> {
  const floors: Record<string, number> = {};
  for (const table of tables)
    for (const [stem, floor] of Object.entries(table)) {
      if (stem in floors) throw new Error(`goldFloors: ${stem} has a floor in two tables`);
      floors[stem] = floor;
    }
  return floors;
}

export const F1_FLOORS: Record<string, number> = merged(FIRST_ROUNDS_FLOORS, MIDDLE_ROUNDS_FLOORS, LATER_ROUNDS_FLOORS, RECENT_ROUNDS_FLOORS);
