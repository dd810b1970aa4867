import type { Frontmatter } from '../schemas/frontmatter.ts';
import type { TimelineEvent } from '../timeline/types.ts';
import type { InfoboxModel } from './buildInfobox.ts';
import type { Heading } from '../render/renderMarkdown.ts';
import type { MapModel } from './buildMapModel.ts';

/** A timeline event as the page shows it: with the anchor of its sentence in the prose. */
export interface ArticleEvent extends TimelineEvent {
  /** Id of the span around the sentence that gave the event (`context-…`), when it was found. */
  contextId?: string;
  /** The paragraph the sentence stands in, for the event page's context. */
  paragraph?: string;
}

/** An event id the article issued once and no event holds now (see `src/timeline/stableEventIds.ts`). */
export interface MovedEvent {
  id: string;
  /** The event its links lead to now, or "" for the article. */
  to: string;
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
  /** Retired event ids: each gets a redirect page, and the article maps its old anchor. */
  movedEvents: MovedEvent[];
  /** `./images/<slug>.jpg|png|webp` beside the article, when the author supplied a picture. */
  localImage?: string | undefined;
  headings: Heading[];
  /** The map, when the article's location is known (infobox coordinates or the gazetteer). */
  map?: MapModel | undefined;
}
