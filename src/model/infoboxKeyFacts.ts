import type { InfoboxModel, InfoboxRow, InfoboxSideGroup } from './types.ts';

/** Row labels a reader looks for first (as `fieldLabel` prints them), in no particular order. */
const KEY_LABELS = new Set(['Date', 'Location', 'Result', 'Status', 'Country']);
/** The side group that answers "who fought whom". */
const KEY_GROUP = 'Belligerents';
/** A box without any key label shows this many of its rows first. */
const FIRST_ROWS = 4;

/** The infobox cut in two: what a phone shows at once, and what waits one tap away. */
export interface InfoboxFacts {
  keyRows: InfoboxRow[];
  keyGroups: InfoboxSideGroup[];
  moreRows: InfoboxRow[];
  moreGroups: InfoboxSideGroup[];
}

/**
 * Splits an infobox into its key facts (date, place, result, belligerents, as the reader of a
 * battle asks them) and the rest (commanders, strength, losses…), each keeping the box's order.
 * A box with none of those labels keeps its first rows as the key facts.
 */
export function infoboxKeyFacts(infobox: Pick<InfoboxModel, 'rows' | 'groups'>): InfoboxFacts {
  const hasKeyLabel = infobox.rows.some((row) => KEY_LABELS.has(row.label));
  const isKey = (row: InfoboxRow, index: number) => (hasKeyLabel ? KEY_LABELS.has(row.label) : index < FIRST_ROWS);
  return {
    keyRows: infobox.rows.filter(isKey),
    moreRows: infobox.rows.filter((row, index) => !isKey(row, index)),
    keyGroups: infobox.groups.filter((group) => group.heading === KEY_GROUP),
    moreGroups: infobox.groups.filter((group) => group.heading !== KEY_GROUP),
  };
}
