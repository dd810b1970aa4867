import type { CountryCodes } from './countryCodes.ts';
import { findCountry } from './findCountry.ts';
import { mentionedCountries } from './mentionedCountries.ts';
import type { PlaceContext } from './resolvePlaceName.ts';

/** The infobox and title text that say where an article is. */
export interface ArticlePlaceText {
  readonly title: string;
  /** Infobox `place` or `location`. */
  readonly place?: string | undefined;
  /** Wikipedia page names the `place` field links to. */
  readonly placeLinks?: readonly string[] | undefined;
  readonly mapType?: string | undefined;
  /** `subdivision_name`, `country`: a settlement infobox's country. */
  readonly country?: string | undefined;
  /** `subdivision_name1…3`: the governorate, district… of a settlement infobox. */
  readonly subdivisions?: readonly string[] | undefined;
  /** Short description and summary, which often name the war and so the country. */
  readonly description?: string | undefined;
}

/** The context to resolve places with, and the names to try, most specific first. */
export interface ArticlePlaceContext extends PlaceContext {
  readonly names: readonly string[];
}

// Words of a title that say what happened, not where ("Battle of", "2015", "offensive").
const TITLE_WORDS =
  /\b(?:\d{4}(?:[–-]\d{2,4})?|battles?|siege|capture|fall|liberation|recapture|defen[cs]e|attacks?|bombings?|shelling|massacre|operation|offensive|counteroffensive|campaign|clashes|fighting|explosion|strikes?|airstrikes?|uprising|occupation|evacuation|encirclement|combat|operations|breakthrough|ambush|raid|assault|advance|retreat|withdrawal|landing|during|first|second|third|northern|southern|eastern|western|central|of|the|in|on|at|and|for)\b/gi;

/**
 * A capitalised name after a preposition of place in a title ("near Brovary", "in Kherson", "outside Kyiv"); after "on"
 * when it is the target of a strike, an attack or a march ("missile strike on Sumy", "march on Moscow"), not after any
 * "on" ("closes in on Pokrovsk" found a Russian village of the name); or after "after", where a news title names a
 * happening by its place ("nine days after Douma", "A year after Kerch").
 */
const TITLE_PLACE =
  /\b(near|outside|around|in|at|of|(?<=\b(?:strikes?|attacks?|assaults?|raids?|offensive|march|bombing|shelling)\s)on|after)\s+((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,2})/gu;

/**
 * Reads where an article says it is: the countries it names (the last part of `place`, then
 * `map_type`, the settlement's country, the place's links, the title, the description), the
 * subdivisions it names, and the names to look up (each part of `place` but the country, the
 * pages it links, then the title without "Battle of" and dates).
 */
export function articlePlaceContext(article: ArticlePlaceText, codes: CountryCodes): ArticlePlaceContext {
  const parts = (article.place ?? '')
    .split(/[,;\n]|\band\b/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const countryNames: string[] = [];
  const addCountry = (text: string | undefined): boolean => {
    const name = text === undefined ? undefined : findCountry(text)?.properties.name;
    if (name !== undefined && !countryNames.includes(name)) countryNames.push(name);
    return name !== undefined;
  };
  const places = parts.filter((part) => !(isCountryName(part) && addCountry(part)));
  addCountry(article.mapType);
  addCountry(article.country);
  for (const link of article.placeLinks ?? []) if (isCountryName(link)) addCountry(link);
  for (const text of [article.title, article.description ?? '']) for (const name of mentionedCountries(text)) addCountry(name);
  const countries = countryNames.flatMap((name) => codes.codeOf(name) ?? []);
  const links = (article.placeLinks ?? []).filter((link) => !isCountryName(link)).map((link) => link.split(',')[0]?.trim() ?? '');
  const titleCore = article.title
    .replace(/\([^)]*\)/g, ' ')
    .replace(TITLE_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "Ambush of the Russian column near Brovary": the place a title names after a preposition, when its whole core names none.
  const titlePlaces = [...article.title.matchAll(TITLE_PLACE)].flatMap((match) => {
    const name = (match[2] ?? '').trim();
    // "after Assad's fall", "after Wagner's flags": after "after", an owner is a person or a side, not a place.
    const possessiveAfter = match[1]?.toLowerCase() === 'after' && /['’]s$/.test(name);
    return name === '' || possessiveAfter || isCountryName(name) ? [] : [name];
  });
  const names = unique([...places, ...links, titleCore, ...titlePlaces].filter((name) => name !== ''));
  return { countries, regions: unique([...places.slice(1), ...(article.subdivisions ?? [])]), names };
}

function isCountryName(text: string): boolean {
  const country = findCountry(text);
  return country !== undefined && text.trim().split(/\s+/).length <= 4 && !/\b(?:governorate|oblast|district|province|region)\b/i.test(text);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
