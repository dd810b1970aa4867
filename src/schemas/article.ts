import { z } from 'astro/zod';
import { frontmatterSchema } from './frontmatter.ts';

/**
 * The page contract: everything a page reads about one article, as the content loader stores it
 * and `content.config.ts` checks it. The types of `timeline/`, `geo/` and `model/` are inferred
 * from these schemas, so a field cannot exist on one side only. Keys are listed in the order the
 * builders write them: a zod object returns its keys in this order, and `timeline.json` and the
 * map's `data-places` print them in it.
 */

/** How finely an event's `date` is known; `date` is cut to this length. */
export const precisionSchema = z.enum(['day', 'month', 'year']);

/**
 * Every way the text can hedge a date, as `qualifier` (and `timeline.json`) writes it:
 * - `early`, `mid`, `late`: part of the month or year ("early July", "mid-May 2013", "the end of June");
 * - `before`: on or before the day ("before 25 February", "in the run-up to 9 May", "prior to 10 May");
 * - `after`: some time after it ("after 25 February"; "three days later" counted from a month-precise date);
 * - `around`: about then ("around 5 June", "circa 1918", "during the week of 10 May");
 * - `spring`, `summer`, `autumn`, `winter`: the season of `date`'s year ("in the summer of 1918", "fall 2015").
 */
export const qualifierSchema = z.enum(['early', 'mid', 'late', 'before', 'after', 'around', 'spring', 'summer', 'autumn', 'winter']);

/** One dated happening of the story, anchored in one sentence of the article. */
export const timelineEventSchema = z.object({
  /**
   * Anchor id, unique in the page and stable across builds: the date plus a few
   * words of the sentence (`2012-02-25-fsa-eventually-able-turn-tide`).
   */
  id: z.string(),
  /** ISO 8601 cut to `precision`: `2012-02-10`, `2012-07`, `2013`; BC years are astronomical (`-0489` is 490 BC). */
  date: z.string(),
  /** How much of `date` the text really states. */
  precision: precisionSchema,
  /** Present only when the text hedges the date. */
  qualifier: qualifierSchema.optional(),
  /** The sentence, exactly as it appears (trimmed) in the paragraph's plain text. */
  text: z.string(),
  /**
   * The exact substring of `text` that gave the date ("10 February", "Three days later", "In the evening");
   * absent when the date comes from the heading above the sentence ("### 9 August").
   */
  dateText: z.string().optional(),
  /** Text of the nearest (deepest) heading above the sentence; "" for the lead. */
  section: z.string(),
  /** The id rehype-slug gives that heading; "" for the lead. */
  sectionId: z.string(),
  /** Last day of a range ("6–8 June 1944" ends `1944-06-08`), same precision rules as `date`. */
  end: z.string().optional(),
  /** Gazetteer ids of the places the sentence names; extraction leaves it absent. */
  places: z.array(z.string()).optional(),
});

/** A timeline event as the page shows it: with the anchor of its sentence in the prose. */
export const articleEventSchema = timelineEventSchema.extend({
  /** Id of the span around the sentence that gave the event (`context-…`), when it was found. */
  contextId: z.string().optional(),
  /** The paragraph the sentence stands in, for the event page's context. */
  paragraph: z.string().optional(),
});

/** An event id the article issued once and no event holds now (see `src/timeline/stableEventIds.ts`). */
export const movedEventSchema = z.object({
  id: z.string(),
  /** The event its links lead to now, or "" for the article. */
  to: z.string(),
});

/** A heading of the prose, as Astro's `MarkdownHeading`. */
export const headingSchema = z.object({ depth: z.number(), slug: z.string(), text: z.string() });

/** A run of text with one set of marks. */
export const textRunSchema = z.object({ text: z.string(), href: z.string().optional(), bold: z.boolean().optional(), italic: z.boolean().optional() });

/** A line of an infobox value, or a list of `*` lines. */
export const richBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('line'), runs: z.array(textRunSchema) }),
  z.object({ kind: z.literal('list'), items: z.array(z.array(textRunSchema)) }),
]);

/** A label/value row of the infobox. */
export const infoboxRowSchema = z.object({ label: z.string(), value: z.array(richBlockSchema) });

/** A "Belligerents"-style group: one cell per side, plus values that span all columns. */
export const infoboxSideGroupSchema = z.object({
  heading: z.string(),
  /** One entry per column; an empty array is a side with nothing known. */
  sides: z.array(z.array(richBlockSchema)),
  /** Values with no column of their own (`casualties3` with two sides: civilians, usually). */
  spanning: z.array(z.array(richBlockSchema)),
});

/** The infobox as the page shows it, independent of HTML. */
export const infoboxModelSchema = z.object({
  kind: z.enum(['conflict', 'generic']),
  title: z.string(),
  partOf: z.array(richBlockSchema).optional(),
  image: z.object({ file: z.string(), alt: z.string(), caption: z.array(richBlockSchema).optional(), width: z.number().optional() }).optional(),
  rows: z.array(infoboxRowSchema),
  /** Number of side columns (2, or 3 with `combatant3`); 0 for a generic infobox. */
  columns: z.number(),
  groups: z.array(infoboxSideGroupSchema),
  /** Fields that only feed the maps (`map_type`, `coordinates`…), as plain text. */
  mapData: z.record(z.string(), z.string()),
});

/** A point on the globe in decimal degrees (WGS 84), latitude first as Wikipedia writes it. */
export const latLonSchema = z.object({ lat: z.number(), lon: z.number() });

/**
 * A rectangle in decimal degrees. Named by side rather than as a tuple so callers cannot
 * mix up GeoJSON's lon-first order with Wikipedia's lat-first order.
 */
export const bboxSchema = z.object({ west: z.number(), south: z.number(), east: z.number(), north: z.number() });

/** One timeline event placed at a map place; `id` is the event's anchor on the page. */
export const mapEventSchema = z.object({ id: z.string(), date: z.string(), label: z.string() });

/** A place shown on the map, with the events that happened there: what `<battle-map>` reads. */
export const mapPlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  /** The battle's own location: drawn larger, in red. */
  primary: z.boolean(),
  events: z.array(mapEventSchema),
});

/** A place on the map with what the static picture and the place list need besides the element's data. */
export const mapPlaceModelSchema = mapPlaceSchema.extend({
  /** Wikipedia page of the place, for the list beside the map. */
  wikipedia: z.string().optional(),
  /** Borders and roads are drawn as lines on the static picture. */
  line: z.array(latLonSchema).optional(),
});

/** Everything the map of an article shows. */
export const mapModelSchema = z.object({
  center: latLonSchema,
  /** The area of the static picture, already at its aspect ratio. */
  bbox: bboxSchema,
  places: z.array(mapPlaceModelSchema),
  /** The country the article names, as Natural Earth calls it, for the infobox's "Location within …" map. */
  country: z.string().optional(),
  /**
   * The article names no place of its own, only its country (a unit, a war, a news post): the whole country is where it
   * happened, so no marker stands for it and `places` holds only the places its timeline names.
   */
  countryOnly: z.literal(true).optional(),
  /** For an article about a region: the rectangle its places cover, which the map first shows. */
  area: bboxSchema.optional(),
  /** Width the infobox's `map_size` asks for, in pixels. */
  locationMapSize: z.number(),
});

/** Everything a page needs about one article: the output of the content stage, plain JSON. */
export const articleDataSchema = z.object({
  /** URL segment of the article page. */
  slug: z.string(),
  /** The content file it came from, as the author knows it (`content/….md`), for messages. */
  sourceFile: z.string(),
  /** The subfolder of the content folder that holds the file (`syria`), which may name its group. */
  folder: z.string().optional(),
  title: z.string(),
  shortDescription: z.string().optional(),
  /** One paragraph for `<meta name="description">`, cards and the index. */
  summary: z.string().optional(),
  /** A news post's publication day (ISO): its `pubDate`, else the day of the byline comment that opens it. */
  published: z.string().optional(),
  frontmatter: frontmatterSchema,
  infobox: infoboxModelSchema.optional(),
  /** Remote lead image (`img`), when it is a URL; bare file names of the source site are dropped. */
  remoteImage: z.string().optional(),
  /** Sanitised HTML of the prose before the first heading; the rest is the entry's rendered body. */
  leadHtml: z.string(),
  timeline: z.array(articleEventSchema),
  /** Retired event ids: each gets a redirect page, and the article maps its old anchor. */
  movedEvents: z.array(movedEventSchema),
  /** `./images/<slug>.jpg|png|webp` beside the article, when the author supplied a picture; `content.config.ts` makes it an image asset. */
  localImage: z.string().optional(),
  headings: z.array(headingSchema),
  /** The map, when the article's location is known (infobox coordinates or the gazetteer). */
  map: mapModelSchema.optional(),
});
