import { mentionedCountries } from '../geo/mentionedCountries.ts';
import type { Frontmatter } from '../schemas/frontmatter.ts';

/**
 * A name in a description: a run of capitalised words ("Black Sea Grain Initiative", "Idriss Déby") that does not open a
 * sentence, where any word would be capitalised.
 */
const NAME = /(?<![.!?]\s|^|\p{L})\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|New Year's Day|New Year’s Day|Christmas|Easter)$/;

/**
 * The frontmatter text that describes this article, for its meta description, share text and location: its
 * `description`, else its `excerpt`. A blog template's `description` is sometimes left over from another post (the
 * dataset's Donbas post carries one about Chad): a text most of whose names appear nowhere in the title or body
 * describes another article and is passed over, rather than shown when the link is shared. A text with no name
 * cannot be judged and is kept.
 */
export function ownDescription(frontmatter: Pick<Frontmatter, 'title' | 'description' | 'excerpt'>, body: string): string | undefined {
  const told = `${frontmatter.title}\n${body}`;
  const words = new Set(told.match(/[\p{L}'’-]+/gu));
  return [frontmatter.description, frontmatter.excerpt].find(
    (text): text is string => text !== undefined && text.trim() !== '' && describes(text, told, words),
  );
}

/**
 * Whether at least half the text's names are told, and at least half of those that are no country's: the whole name, or
 * its last word ("Déby" for "President Idriss Déby"). Countries alone cannot tell: the dataset's posts share a handful,
 * and a post about the Black Sea grain deal names Ukraine and Russia as one about Pokrovsk does. A day's, a month's or
 * a holiday's name tells nothing.
 */
function describes(text: string, told: string, words: ReadonlySet<string>): boolean {
  const names = [...new Set([...text.matchAll(NAME)].map((match) => match[0].replace(/['’]s$/u, '')))].filter((name) => !CALENDAR.test(name));
  const isTold = (name: string) => told.includes(name) || words.has(name.split(/\s+/).at(-1) ?? name);
  const others = names.filter((name) => !isCountry(name));
  return atLeastHalf(names, isTold) && atLeastHalf(others, isTold);
}

const atLeastHalf = (names: readonly string[], isTold: (name: string) => boolean): boolean => names.filter(isTold).length * 2 >= names.length;

/** "Ukraine", "Ukrainian": one word naming a country, not a name built on one ("Nagorno-Karabakh", "Black Sea"). */
const isCountry = (name: string): boolean => !/[\s-]/.test(name) && mentionedCountries(name).length > 0;
