import { escapeRegExp } from '../parse/escapeRegExp.ts';
import { findCountry } from './findCountry.ts';
import { loadCountryFeatures } from './countryFeatures.ts';

// Articles name a country by its adjective as often as by its name ("the Syrian Civil War").
const DEMONYMS: Readonly<Record<string, string>> = {
  syrian: 'Syria',
  ukrainian: 'Ukraine',
  russian: 'Russia',
  armenian: 'Armenia',
  azerbaijani: 'Azerbaijan',
  georgian: 'Georgia',
  malian: 'Mali',
  nigerien: 'Niger',
  burkinabe: 'Burkina Faso',
  chadian: 'Chad',
  libyan: 'Libya',
  iraqi: 'Iraq',
  lebanese: 'Lebanon',
  turkish: 'Turkey',
  jordanian: 'Jordan',
  israeli: 'Israel',
  nigerian: 'Nigeria',
  sudanese: 'Sudan',
  algerian: 'Algeria',
  mauritanian: 'Mauritania',
  yemeni: 'Yemen',
  crimean: 'Crimea',
};

/** Regions the articles name as often as their country, and whose country a map of them shows ("in Karabakh"). */
export const REGION_COUNTRIES: Readonly<Record<string, string>> = {
  donbas: 'Ukraine',
  karabakh: 'Azerbaijan',
  'nagorno-karabakh': 'Azerbaijan',
  artsakh: 'Azerbaijan',
};

let pattern: RegExp | undefined;

/**
 * The Natural Earth names of the countries a text mentions, by name or adjective, in order of
 * first mention ("2022 Russian invasion of Ukraine" → Russia, Ukraine).
 */
export function mentionedCountries(text: string): string[] {
  pattern ??= new RegExp(
    `\\b(${[
      ...loadCountryFeatures().map((country) => country.properties.name),
      ...Object.keys(DEMONYMS),
      ...Object.keys(REGION_COUNTRIES),
      'Syrian Arab Republic',
      'Crimea',
    ]
      .map(escapeRegExp)
      .sort((a, b) => b.length - a.length)
      .join('|')})\\b`,
    'giu',
  );
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  const names: string[] = [];
  for (const [match] of folded.matchAll(pattern)) {
    const name = DEMONYMS[match.toLowerCase()] ?? REGION_COUNTRIES[match.toLowerCase()] ?? match;
    const country = findCountry(name)?.properties.name;
    if (country !== undefined && !names.includes(country)) names.push(country);
  }
  return names;
}
