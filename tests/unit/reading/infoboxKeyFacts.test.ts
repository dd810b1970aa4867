/** The infobox on a phone: key facts first, the rest one tap away. */
import { describe, expect, it } from 'vitest';
import { infoboxKeyFacts } from '../../../src/model/infoboxKeyFacts.ts';
import type { InfoboxRow, InfoboxSideGroup } from '../../../src/model/types.ts';

const row = (label: string): InfoboxRow => ({ label, value: [] });
const group = (heading: string): InfoboxSideGroup => ({ heading, sides: [[], []], spanning: [] });

describe('infoboxKeyFacts', () => {
  it('puts date, place, result and belligerents first, in the box’s order', () => {
    const facts = infoboxKeyFacts({
      rows: [row('Date'), row('Location'), row('Territorial changes'), row('Result')],
      groups: [group('Belligerents'), group('Commanders and leaders'), group('Casualties and losses')],
    });
    expect(facts.keyRows.map((r) => r.label)).toEqual(['Date', 'Location', 'Result']);
    expect(facts.keyGroups.map((g) => g.heading)).toEqual(['Belligerents']);
    expect(facts.moreRows.map((r) => r.label)).toEqual(['Territorial changes']);
    expect(facts.moreGroups.map((g) => g.heading)).toEqual(['Commanders and leaders', 'Casualties and losses']);
  });

  it('keeps the first rows of a box that has none of those (a bridge, a town)', () => {
    const facts = infoboxKeyFacts({ rows: ['Crosses', 'Locale', 'Official name', 'Longest span', 'Opened'].map(row), groups: [] });
    expect(facts.keyRows.map((r) => r.label)).toEqual(['Crosses', 'Locale', 'Official name', 'Longest span']);
    expect(facts.moreRows.map((r) => r.label)).toEqual(['Opened']);
  });
});
