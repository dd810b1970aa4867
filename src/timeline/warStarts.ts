/**
 * The first days of the wars the dataset's articles are part of. A battle's article says "on the
 * first day of the invasion" or "during the first week of the war" of a war that began before the
 * battle did, and its text never says when: a reader knows it, as a reader knows where Kharkiv is.
 * The infobox's `partof` ("the northeastern Ukraine campaign of the Russian invasion of Ukraine")
 * says which war the article's "the invasion" is, so only a war it names is counted from, or, for a noun it names no war of, a
 * war the text itself names in full.
 */
import type { AnchorDate } from './resolvedDate.ts';

interface War {
  /** How `partof` names it. */
  name: RegExp;
  /** The word an article calls it by: "the first day of the invasion". */
  noun: string;
  start: AnchorDate;
  /** How an article names it in full, as no other war is named: "the first day of the Russian invasion of Ukraine" is its first day in any article. */
  fullName?: string;
  /** Other names it has in the dataset, as no other war: "the first day of the full-scale invasion". */
  otherNames?: readonly string[];
}

const day = (year: number, month: number, dayOfMonth: number): AnchorDate => ({ year, month, day: dayOfMonth, precision: 'day' });

/** Each war's first day as its Wikipedia article's infobox gives it; the name of the war an article belongs to, not any war it mentions. */
const WARS: readonly War[] = [
  {
    name: /\bRussi[ao]n invasion of Ukraine\b/i,
    noun: 'invasion',
    start: day(2022, 2, 24),
    fullName: 'Russian invasion of Ukraine',
    otherNames: ['full-scale invasion'],
  },
  { name: /\b(?:2020|Second) Nagorno-Karabakh war\b/i, noun: 'war', start: day(2020, 9, 27), fullName: 'Second Nagorno-Karabakh War' },
  { name: /\bRusso-Georgian War\b/i, noun: 'war', start: day(2008, 8, 7), fullName: 'Russo-Georgian War' },
  { name: /\bMali War\b/i, noun: 'war', start: day(2012, 1, 16) },
  { name: /\bSyrian civil war\b/i, noun: 'war', start: day(2011, 3, 15) },
  { name: /\bRussian military intervention in the Syrian civil war\b/i, noun: 'intervention', start: day(2015, 9, 30) },
];

/** The names of a war no other shares: its full name and the others the dataset gives it. */
const fullNames = (war: War): readonly string[] => (war.fullName === undefined ? [] : [war.fullName, ...(war.otherNames ?? [])]);

/** The wars an article may name in full, whatever it is part of: the group "the first day of the …" captures. */
export const FULL_WAR_NAME = `(${WARS.flatMap(fullNames).join('|')})`;

/** Longer than any `partof` of a real infobox; a longer one is read only this far. */
const PART_OF_READ = 600;

/** Gives each noun not yet in `starts` the first day of the first of `wars` that `text` names (read to `PART_OF_READ`). */
function addNamedWars(starts: Map<string, AnchorDate>, wars: readonly War[], text: string): void {
  const head = text.slice(0, PART_OF_READ);
  const named = wars
    .map((war) => ({ war, at: war.name.exec(head)?.index ?? -1 }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  for (const { war } of named) if (!starts.has(war.noun)) starts.set(war.noun, war.start);
}

/** The first day of each war `partOf` names, by the noun an article calls it ("invasion" → 24 February 2022); the first named wins. */
export function warStarts(partOf: string | undefined): ReadonlyMap<string, AnchorDate> {
  const starts = new Map<string, AnchorDate>();
  if (partOf !== undefined) addNamedWars(starts, WARS, partOf);
  return starts;
}

/**
 * `warStarts` with each war named in full beside it, keyed by that name in lower case ("russian invasion of ukraine"). An article
 * whose `partof` names no war of a noun ("invasion") may still say which it means: a unit's or a report's text that names "the
 * Russian invasion of Ukraine" in full calls it "the invasion" after, as a battle's `partof` does (the first named in `texts`).
 */
export function warStartsWithFullNames(partOf: string | undefined, texts: readonly string[] = []): ReadonlyMap<string, AnchorDate> {
  const starts = new Map(warStarts(partOf));
  const inFull = WARS.filter((war) => war.fullName !== undefined);
  for (const text of texts) {
    const open = inFull.filter((war) => !starts.has(war.noun));
    if (open.length === 0) break;
    addNamedWars(starts, open, text);
  }
  for (const war of WARS) for (const name of fullNames(war)) starts.set(name.toLowerCase(), war.start);
  return starts;
}
