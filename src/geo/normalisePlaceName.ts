/**
 * The Arabic definite article as transliterations write it before a place name
 * ("al-Qusayr", "Al Qusayr", "el-Bab", "ar-Rastan", "ash-Shaykh"), after normalisation
 * turned the hyphen into a space. Sun-letter assimilations are included.
 */
export const ARABIC_ARTICLE = '(?:al|el|ad|ar|as|ash|at|az|an|adh|ath|dh)';

const LEADING_ARTICLE = new RegExp(`^${ARABIC_ARTICLE} (?=\\S)`);

/**
 * Folds text so spellings of one name compare equal: diacritics dropped, lower case,
 * possessive `'s` and apostrophes/ayn marks removed, hyphens and dashes as spaces,
 * whitespace collapsed. Applied alike to gazetteer names and to the sentences searched.
 */
export function normaliseForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ]s(?![\p{L}\p{N}])/gu, '')
    .replace(/['’‘ʼʿʾ`´]/gu, '')
    .replace(/[-‐‑‒–—_]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Removes a leading Arabic article from an already normalised name ("al qusayr" → "qusayr"). */
export function stripArabicArticle(normalised: string): string {
  return normalised.replace(LEADING_ARTICLE, '');
}

/** A stable URL- and id-safe slug of a place name ("Al-Qusayr" → "al-qusayr"). */
export function slugifyPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼʿʾ`´]/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
