import { escapeRegExp } from '../parse/escapeRegExp.ts';
import type { Gazetteer } from './loadGazetteer.ts';
import { ARABIC_ARTICLE, normaliseForMatching, stripArabicArticle } from './normalisePlaceName.ts';

/** Finds gazetteer place ids in a sentence; see {@link compilePlaceMatcher}. */
export type PlaceMatcher = (sentence: string) => string[];

// Below this length a name without its article is a common word or another name's start
// ("Bab" of al-Bab is in "Bab Amr", "Bab al-Hawa"), so the article must be written.
const SHORT_NAME = 4;

const compiled = new WeakMap<Gazetteer, PlaceMatcher>();

/**
 * Compiles one regular expression for every name and alias of a gazetteer, once, so that
 * matching thousands of event sentences costs one regex scan each. Names match as whole
 * words in any case, with or without the Arabic article, hyphens or spaces, apostrophes or
 * diacritics ("Al Qusayr", "Qusayr", "al-Qusayr"). Longer names win over the names they
 * contain ("Baba Amr" is not "Bab"; "Damascus–Homs highway" is not Damascus).
 */
export function compilePlaceMatcher(gazetteer: Gazetteer): PlaceMatcher {
  const idByKey = new Map<string, string>();
  const alternatives = new Map<string, { key: string; pattern: string }>();
  for (const place of gazetteer.places) {
    for (const name of [place.name, ...place.aliases]) {
      const normalised = normaliseForMatching(name);
      const key = stripArabicArticle(normalised);
      if (key === '') continue;
      idByKey.set(key, place.id);
      const articleRequired = key !== normalised && key.length < SHORT_NAME;
      const pattern = `${articleRequired ? `${ARABIC_ARTICLE} ` : `(?:${ARABIC_ARTICLE} )?`}${escapeRegExp(key)}`;
      alternatives.set(pattern, { key, pattern });
    }
  }
  // Longest first, because a regex alternation takes the first alternative that matches.
  const ordered = [...alternatives.values()].sort((a, b) => b.key.length - a.key.length || (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
  if (ordered.length === 0) return () => [];
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ordered.map((a) => a.pattern).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (sentence) => {
    const ids = new Set<string>();
    for (const match of normaliseForMatching(sentence).matchAll(regex)) {
      const id = idByKey.get(stripArabicArticle(match[0]));
      if (id !== undefined) ids.add(id);
    }
    return [...ids];
  };
}

/**
 * The gazetteer place ids named in a sentence, in order of first appearance, without
 * duplicates. The matcher is compiled on first use and cached per gazetteer object.
 */
export function matchPlaces(sentence: string, gazetteer: Gazetteer): string[] {
  let matcher = compiled.get(gazetteer);
  if (matcher === undefined) {
    matcher = compilePlaceMatcher(gazetteer);
    compiled.set(gazetteer, matcher);
  }
  return matcher(sentence);
}
