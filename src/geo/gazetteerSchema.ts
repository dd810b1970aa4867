import { z } from 'astro/zod';

/** What a gazetteer entry is; decides nothing but how it may be drawn and described. */
export const PLACE_KINDS = ['city', 'town', 'village', 'district', 'region', 'border', 'road', 'bridge', 'landmark', 'crossing'] as const;

const latitude = z
  .number({ error: 'expected a number between -90 and 90' })
  .min(-90, { error: 'expected a number between -90 and 90' })
  .max(90, { error: 'expected a number between -90 and 90' });
const longitude = z
  .number({ error: 'expected a number between -180 and 180' })
  .min(-180, { error: 'expected a number between -180 and 180' })
  .max(180, { error: 'expected a number between -180 and 180' });
const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected non-empty text' });

/** One entry of `content/places.yaml`. */
export const placeSchema = z.strictObject(
  {
    /** Stable id used in URLs and event data; defaults to the slug of `name`. */
    id: z
      .string({ error: 'expected text' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lower-case slug such as "al-qusayr"' })
      .optional(),
    /** The name shown on maps, as the English Wikipedia titles it. */
    name: text,
    /** Other spellings found in articles ("Tartous" for Tartus); matched like the name. */
    aliases: z.array(text, { error: 'expected a list of names' }).default([]),
    /** Decimal degrees, north positive. For lines, the point where the marker goes. */
    latitude,
    /** Decimal degrees, east positive. */
    longitude,
    /** What the place is; see PLACE_KINDS. */
    kind: z.enum(PLACE_KINDS, { error: `expected one of ${PLACE_KINDS.join(', ')}` }),
    /** English Wikipedia page title the coordinates come from. */
    wikipedia: text.optional(),
    /** Country the place lies in, as Natural Earth names it; used for hemisphere checks. */
    country: text.optional(),
    /** For borders and roads: the line as [latitude, longitude] pairs. */
    line: z
      .array(z.tuple([latitude, longitude], { error: 'expected a [latitude, longitude] pair' }), {
        error: 'expected a list of [latitude, longitude] pairs',
      })
      .min(2, { error: 'expected at least two points' })
      .optional(),
  },
  // Unknown keys (a typo such as `lattitude`) keep zod's own issue; loadGazetteer words it.
  { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'expected a mapping of place fields') },
);

/** The whole `content/places.yaml` file. */
export const gazetteerFileSchema = z.strictObject(
  {
    /** Every place the articles may name, in any order. */
    places: z.array(placeSchema, { error: 'expected a list of places' }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'expected a mapping with a `places` list') },
);
