import type { Infobox, InfoboxField } from '../schemas/frontmatter.ts';
import { fieldLabel } from './infoboxLabels.ts';
import { toRichText } from './richText.ts';
import type { InfoboxModel, InfoboxRow, InfoboxSideGroup } from './types.ts';

const SIDE_GROUPS = [
  ['combatant', 'Belligerents'],
  ['commander', 'Commanders and leaders'],
  ['units', 'Units involved'],
  ['strength', 'Strength'],
  ['casualties', 'Casualties and losses'],
] as const;
const SIDE_FIELD = /^(combatant|commander|units|strength|casualties)(\d)([a-z]?)$/;

/** Data for the location maps, not rows: Wikipedia draws them as pictures. */
const MAP_FIELDS = new Set([
  'map_type',
  'map_relief',
  'map_size',
  'map_caption',
  'coordinates',
  'pushpin_map',
  'pushpin_mapsize',
  'pushpin_map_caption',
  'mapframe',
  'fetchwikidata',
]);
/** Layout hints that shape the infobox instead of being shown in it. */
const LAYOUT_FIELDS = new Set(['image', 'image_size', 'caption', 'width', 'alt', 'upright']);
/** Fields that can name a generic infobox, in order of preference. */
const TITLE_FIELDS = ['name', 'conflict', 'title'];

/**
 * Builds the sidebar model of an infobox. A conflict (a `conflict` or `combatantN` field) reads
 * like Wikipedia's *Infobox military conflict*: sides in columns. Anything else is a generic
 * label/value box headed by its name field. `fallbackTitle` heads a conflict box without `conflict`.
 */
export function buildInfobox(infobox: Infobox, fallbackTitle: string): InfoboxModel | undefined {
  const names = Object.keys(infobox).filter((name) => infobox[name]?.text.trim());
  if (names.length === 0) return undefined;
  const isConflict = names.some((name) => name === 'conflict' || /^combatant\d/.test(name));
  const titleField = isConflict ? 'conflict' : pickTitleField(names);
  const field = (name: string): InfoboxField | undefined => (names.includes(name) ? infobox[name] : undefined);

  const columns = isConflict ? sideColumns(names) : 0;
  const groups = isConflict ? buildGroups(names, infobox, columns) : [];
  const used = new Set<string>([titleField, ...MAP_FIELDS, ...LAYOUT_FIELDS]);
  if (isConflict) used.add('partof');
  for (const name of names) if (isConflict && SIDE_FIELD.test(name)) used.add(name);

  const model: InfoboxModel = {
    kind: isConflict ? 'conflict' : 'generic',
    title: plain(field(titleField)) ?? fallbackTitle,
    rows: buildRows(
      names.filter((name) => !used.has(name)),
      infobox,
    ),
    columns,
    groups,
    mapData: Object.fromEntries(names.filter((name) => MAP_FIELDS.has(name)).map((name) => [name, plain(field(name)) ?? ''])),
  };
  const partOf = isConflict ? field('partof') : undefined;
  if (partOf) model.partOf = toRichText(partOf);
  const image = buildImage(field('image'), field('caption'), field('image_size') ?? field('width'));
  if (image) model.image = image;
  return model;
}

function pickTitleField(names: string[]): string {
  return TITLE_FIELDS.find((name) => names.includes(name)) ?? names.find((name) => /_name$/.test(name) && name !== 'native_name') ?? names[0] ?? '';
}

function sideColumns(names: string[]): number {
  const sides = names
    .map((name) => SIDE_FIELD.exec(name))
    .filter((match) => match?.[1] === 'combatant')
    .map((match) => Number(match?.[2]));
  return Math.min(3, Math.max(2, ...sides));
}

function buildGroups(names: string[], infobox: Infobox, columns: number): InfoboxSideGroup[] {
  const groups: InfoboxSideGroup[] = [];
  for (const [prefix, heading] of SIDE_GROUPS) {
    const group: InfoboxSideGroup = { heading, sides: Array.from({ length: columns }, () => []), spanning: [] };
    for (const name of names) {
      const match = SIDE_FIELD.exec(name);
      const field = infobox[name];
      if (!match || match[1] !== prefix || !field) continue;
      const side = Number(match[2]);
      const blocks = toRichText(field);
      const column = group.sides[side - 1];
      if (column && side >= 1) column.push(...blocks);
      else group.spanning.push(blocks);
    }
    if (group.sides.some((side) => side.length > 0) || group.spanning.length > 0) groups.push(group);
  }
  return groups;
}

/** Rows in wikitext order; `subdivision_typeN`/`subdivision_nameN` pairs become one labelled row. */
function buildRows(names: string[], infobox: Infobox): InfoboxRow[] {
  const rows: InfoboxRow[] = [];
  for (const name of names) {
    const field = infobox[name];
    if (!field) continue;
    const pair = /^(subdivision|identification_symbol)_?(type|label)(\d*)$/.exec(name);
    if (pair) {
      const valueName = pair[1] === 'subdivision' ? `subdivision_name${pair[3]}` : 'identification_symbol';
      const value = names.includes(valueName) ? infobox[valueName] : undefined;
      if (value) {
        rows.push({ label: field.text.trim(), value: toRichText(value) });
        continue;
      }
    }
    const isPairedValue = /^subdivision_name\d*$/.test(name) || name === 'identification_symbol';
    const partner = name === 'identification_symbol' ? 'identification_symbol_label' : name.replace('name', 'type');
    if (isPairedValue && names.includes(partner)) continue;
    rows.push({ label: fieldLabel(name), value: toRichText(field) });
  }
  return rows;
}

function buildImage(image?: InfoboxField, caption?: InfoboxField, size?: InfoboxField): InfoboxModel['image'] {
  if (!image) return undefined;
  // The dataset sometimes appends the image's description to the file name, after a blank line.
  const [file = '', ...rest] = image.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const described = rest.join(' ');
  const alt = described || file.replace(/\.[a-z0-9]+$/i, '').replace(/_/g, ' ');
  const result: NonNullable<InfoboxModel['image']> = { file, alt };
  if (caption) result.caption = toRichText(caption);
  const width = Number.parseInt(size?.text ?? '', 10);
  if (width > 0) result.width = Math.min(width, 400);
  return result;
}

function plain(field?: InfoboxField): string | undefined {
  const text = field?.text.replace(/\s+/g, ' ').trim();
  return text || undefined;
}
