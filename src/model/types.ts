// The model's types, apart from the builders that make them, so that no builder imports another
// for a type and every later stage (render, components, pages, client) reads them from one place.
import type { Frontmatter } from '../schemas/frontmatter.ts';
import type { TimelineEvent } from '../timeline/types.ts';
import type { BBox, LatLon } from '../geo/types.ts';

/** A timeline event as the page shows it: with the anchor of its sentence in the prose. */
export interface ArticleEvent extends TimelineEvent {
  /** Id of the span around the sentence that gave the event (`context-…`), when it was found. */
  contextId?: string;
}

/** Everything a page needs about one article: the output of the content stage, plain JSON. */
export interface ArticleData {
  /** URL segment of the article page. */
  slug: string;
  /** The content file it came from, as the author knows it (`content/….md`), for messages. */
  sourceFile: string;
  title: string;
  shortDescription?: string | undefined;
  /** One paragraph for `<meta name="description">`, cards and the index. */
  summary?: string | undefined;
  frontmatter: Frontmatter;
  infobox?: InfoboxModel | undefined;
  /** Remote lead image (`img`), when it is a URL; bare file names of the source site are dropped. */
  remoteImage?: string | undefined;
  /** Sanitised HTML of the prose before the first heading; the rest is the entry's rendered body. */
  leadHtml: string;
  timeline: ArticleEvent[];
  /** `./images/<slug>.jpg|png|webp` beside the article, when the author supplied a picture. */
  localImage?: string | undefined;
  headings: Heading[];
  /** The map, when the article's location is known (infobox coordinates or the gazetteer). */
  map?: MapModel | undefined;
}

/** A heading of the prose, as Astro's `MarkdownHeading`. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A run of text with one set of marks. */
export interface TextRun {
  text: string;
  href?: string;
  bold?: boolean;
  italic?: boolean;
}

/** A line of an infobox value, or a list of `*` lines. */
export type RichBlock = { kind: 'line'; runs: TextRun[] } | { kind: 'list'; items: TextRun[][] };

/** A label/value row of the infobox. */
export interface InfoboxRow {
  label: string;
  value: RichBlock[];
}

/** A "Belligerents"-style group: one cell per side, plus values that span all columns. */
export interface InfoboxSideGroup {
  heading: string;
  /** One entry per column; an empty array is a side with nothing known. */
  sides: RichBlock[][];
  /** Values with no column of their own (`casualties3` with two sides: civilians, usually). */
  spanning: RichBlock[][];
}

/** The infobox as the page shows it, independent of HTML. */
export interface InfoboxModel {
  kind: 'conflict' | 'generic';
  title: string;
  partOf?: RichBlock[];
  image?: { file: string; alt: string; caption?: RichBlock[]; width?: number };
  rows: InfoboxRow[];
  /** Number of side columns (2, or 3 with `combatant3`); 0 for a generic infobox. */
  columns: number;
  groups: InfoboxSideGroup[];
  /** Fields that only feed the maps (`map_type`, `coordinates`…), as plain text. */
  mapData: Record<string, string>;
}

/** One timeline event placed at a map place; `id` is the event's anchor on the page. */
export interface MapEvent {
  readonly id: string;
  readonly label: string;
  readonly date: string;
}

/** A place shown on the map, with the events that happened there. */
export interface MapPlace {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** The battle's own location: drawn larger, in red. */
  readonly primary: boolean;
  readonly events: readonly MapEvent[];
}

/** A place on the map with what the static picture and the place list need besides the element's data. */
export interface MapPlaceModel extends MapPlace {
  /** Wikipedia page of the place, for the list beside the map. */
  wikipedia?: string;
  /** Borders and roads are drawn as lines on the static picture. */
  line?: readonly LatLon[];
}

/** Everything the map of an article shows. */
export interface MapModel {
  center: LatLon;
  /** The area of the static picture, already at its aspect ratio. */
  bbox: BBox;
  places: MapPlaceModel[];
  /** The country the article names, as Natural Earth calls it, for the infobox's "Location within …" map. */
  country?: string;
  /** Width the infobox's `map_size` asks for, in pixels. */
  locationMapSize: number;
}
