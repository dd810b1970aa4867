import { ARABIC_ARTICLE, normaliseForMatching, stripArabicArticle } from './normalisePlaceName.ts';

/**
 * The spelling-insensitive key of a place name: diacritics, case, apostrophes and ayn marks,
 * hyphens and a leading Arabic article dropped ("Al-Qusayr", "al Quşayr" → "qusayr").
 */
export function exactPlaceKey(name: string): string {
  return stripArabicArticle(normaliseForMatching(name).replace(/^the /, '')).replace(/ /g, '');
}

// Digraphs first: English, French and German transliterations of Arabic, Ukrainian and
// Russian names spell one sound several ways (kh/h, sh/š, zh/ž, ou/u, q/k, e/i, y/i).
const FOLDS: readonly [RegExp, string][] = [
  [/kh/g, 'h'],
  [/sh|sch/g, 's'],
  [/zh/g, 'z'],
  [/ch|tch|tsch/g, 'c'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/ou|oo|w(?=[aeiou])/g, 'u'],
  [/q|ck|c(?=[aou])/g, 'k'],
  [/[eyj]/g, 'i'],
  [/w/g, 'v'],
  [/(?<=[aeiou])h$/g, ''],
  [/(.)\1+/g, '$1'],
];

const INNER_ARTICLE = new RegExp(` ${ARABIC_ARTICLE.slice(0, -1)}|en|er|es|ez|ed|ul|un) (?=\\S)`, 'g');

/**
 * A looser key for transliteration variants: Raqqa / Ar Raqqah, Saraqeb / Sarāqib,
 * Mykolaiv / Mykolayiv, Izium / Izyum, Sievierodonetsk / Severodonetsk, Maarat al-Numan /
 * Ma‘arrat an Nu‘mān all fold alike.
 * Only used within the countries an article names, since it also merges true namesakes.
 */
export function loosePlaceKey(name: string): string {
  // Inside a name the article assimilates too ("Maarat al-Numan", "Ma‘arrat an Nu‘mān").
  let key = stripArabicArticle(normaliseForMatching(name).replace(/^the /, '')).replace(INNER_ARTICLE, ' ').replace(/ /g, '');
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  return key;
}
