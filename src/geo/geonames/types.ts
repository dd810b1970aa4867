import type { BBox, LatLon } from '../types.ts';

/** A populated place of GeoNames' cities500 table, as the resolver needs it. */
export interface GeoName extends LatLon {
  /** GeoNames id. */
  readonly id: number;
  /** GeoNames' main name ("Ar Raqqah", "Sarāqib"). */
  readonly name: string;
  /** Every other Latin-script spelling GeoNames knows ("Raqqa", "Kiev", "Nikolaev"). */
  readonly names: readonly string[];
  /** ISO 3166-1 alpha-2 country code. */
  readonly country: string;
  /** First-order subdivision code within the country (governorate, oblast, region). */
  readonly admin1: string;
  /** Second-order subdivision code (district, raion). */
  readonly admin2: string;
  /** GeoNames feature code: PPLC capital, PPLA seat of an admin1, PPLA2 of an admin2, PPL… */
  readonly feature: string;
  readonly population: number;
}

/** Where the places of one country come from; lets tests hand the resolver a few plain records. */
export interface GeoNameSource {
  /** Every place of one country (ISO alpha-2). */
  placesIn(country: string): readonly GeoName[];
  /** The country code whose capital lies at a point in `inside`, used to name countries. */
  readonly capitals: readonly GeoName[];
}

/** A place an article is about, from the general gazetteer or `places.yaml`. */
export interface ResolvedPlace extends LatLon {
  /** Name shown on the map. */
  readonly name: string;
  /** ISO alpha-2 country, when known. */
  readonly country?: string;
  /** For an area (an oblast, a governorate, a district): the rectangle its places cover. */
  readonly area?: BBox;
}
