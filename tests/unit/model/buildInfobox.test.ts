import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildInfobox } from '../../../src/model/buildInfobox.ts';
import type { InfoboxModel, RichBlock } from '../../../src/model/types.ts';
import { parseArticleFile } from '../../../src/parse/parseArticleFile.ts';

const seedText = readFileSync(new URL('../../../content/battle-of-al-qusayr-2012.md', import.meta.url), 'utf8');
const seed = parseArticleFile(seedText, 'seed.md').frontmatter;
const seedBox = buildInfobox(seed.infoboxes?.[0] ?? {}, seed.title) as InfoboxModel;

const text = (blocks: RichBlock[] = []) =>
  blocks
    .map((block) =>
      block.kind === 'line' ? block.runs.map((run) => run.text).join('') : block.items.map((runs) => `* ${runs.map((run) => run.text).join('')}`).join('\n'),
    )
    .join('\n');

describe('buildInfobox: the seed reads like Infobox military conflict', () => {
  it('is headed by the conflict name and part-of line', () => {
    expect(seedBox.kind).toBe('conflict');
    expect(seedBox.title).toBe('Battle of al-Qusayr');
    expect(text(seedBox.partOf)).toContain('Syrian War early insurgency phase');
  });

  it('shows Date, Location, Result as rows, and no map-only field', () => {
    expect(seedBox.rows.map((row) => row.label)).toEqual(['Date', 'Location', 'Result']);
    expect(seedBox.mapData).toEqual({ map_type: 'Syria', map_relief: 'yes', map_size: '290' });
  });

  it('puts the two sides side by side in each group', () => {
    expect(seedBox.columns).toBe(2);
    expect(seedBox.groups.map((group) => group.heading)).toEqual(['Belligerents', 'Commanders and leaders', 'Units involved', 'Strength']);
    const belligerents = seedBox.groups[0];
    expect(text(belligerents?.sides[0])).toBe('Free Syrian Army');
    expect(text(belligerents?.sides[1])).toBe('Syrian Arab Republic\n* Syrian Army\n* Security agencies\nHezbollah');
    const strength = seedBox.groups[3];
    expect(text(strength?.sides[0])).toContain('* 120 FSA Farouq Brigade fighters');
  });

  it('keeps the image and its alt text', () => {
    expect(seedBox.image?.alt).toBe('Integrated Attack on al Qusayr (estimated)');
  });
});

describe('buildInfobox: other shapes', () => {
  it('gives combatant3 a third column and spans a lone casualties4', () => {
    const box = buildInfobox(
      {
        combatant1: { text: 'A' },
        combatant2: { text: 'B' },
        combatant3: { text: 'C' },
        casualties1: { text: '1' },
        casualties4: { text: 'civilians' },
      },
      'T',
    );
    expect(box?.columns).toBe(3);
    expect(box?.groups[0]?.sides.map((side) => text(side))).toEqual(['A', 'B', 'C']);
    expect(box?.groups[1]?.sides.map((side) => text(side))).toEqual(['1', '', '']);
    expect(box?.groups[1]?.spanning.map((blocks) => text(blocks))).toEqual(['civilians']);
  });

  it('heads a conflict without a conflict field with the article title', () => {
    expect(buildInfobox({ date: { text: '1 May' }, combatant1: { text: 'A' } }, 'Battle of Markada')?.title).toBe('Battle of Markada');
  });

  it('renders a non-conflict infobox as label/value rows headed by its name field', () => {
    const box = buildInfobox(
      { fetchwikidata: { text: 'coordinates' }, bridge_name: { text: 'Crimean Bridge' }, num_track: { text: '2' }, official_name: { text: 'x' } },
      'T',
    );
    expect(box?.kind).toBe('generic');
    expect(box?.title).toBe('Crimean Bridge');
    expect(box?.rows.map((row) => row.label)).toEqual(['Tracks', 'Official name']);
  });

  it('renders an unknown field with a humanised label', () => {
    const box = buildInfobox({ conflict: { text: 'X' }, strange_new_field: { text: 'value' } }, 'T');
    expect(box?.rows).toEqual([{ label: 'Strange new field', value: [{ kind: 'line', runs: [{ text: 'value' }] }] }]);
  });

  it('pairs settlement subdivisions into labelled rows', () => {
    const box = buildInfobox({ official_name: { text: 'Atme' }, subdivision_type: { text: 'Country' }, subdivision_name: { text: 'Syria' } }, 'T');
    expect(box?.rows.map((row) => [row.label, text(row.value)])).toEqual([['Country', 'Syria']]);
  });

  it('omits empty fields, and an infobox with nothing in it', () => {
    expect(buildInfobox({}, 'T')).toBeUndefined();
    expect(buildInfobox({ conflict: { text: 'X' }, result: { text: '  ' } }, 'T')?.rows).toEqual([]);
  });
});
