import path from 'node:path';
import type { Gazetteer } from '../geo/loadGazetteer.ts';
import { locateArticle } from '../geo/locateArticle.ts';
import type { PlaceMatcher } from '../geo/matchPlaces.ts';
import { parseArticleFile } from '../parse/parseArticleFile.ts';
import { parseMarkdownTree } from '../parse/parseMarkdownTree.ts';
import { articleSlug } from '../parse/slugify.ts';
import { renderMarkdown } from '../render/renderMarkdown.ts';
import rehypeTimelineLinks, { type ContextIds } from '../render/rehypeTimelineLinks.ts';
import { extractTimeline } from '../timeline/extractTimeline.ts';
import type { Frontmatter } from '../schemas/frontmatter.ts';
import type { TimelineContext, TimelineEvent } from '../timeline/types.ts';
import { buildInfobox } from '../model/buildInfobox.ts';
import { buildMapModel } from '../model/buildMapModel.ts';
import { articleLocationInput } from '../model/articleLocationInput.ts';
import { placeEvents, type PlacedEvents } from '../model/placeEvents.ts';
import type { GeneralGazetteer } from '../geo/geonames/generalGazetteer.ts';
import type { ArticleData, ArticleEvent } from '../model/types.ts';

/**
 * What all articles of a build share: `places.yaml` and its compiled name matcher, and the
 * general gazetteer, loaded on the first article that needs it (a rebuild that finds every
 * article in the cache never loads it).
 */
export interface Places {
  gazetteer: Gazetteer;
  matchPlaces: PlaceMatcher;
  general?: () => GeneralGazetteer;
}

/** An article ready to store: its data, its rendered prose, and what the build should warn about. */
export interface BuiltArticle {
  data: ArticleData;
  html: string;
  warnings: string[];
}

/**
 * The content stage for one file: parse and validate, model the infobox, extract the timeline
 * and place its events, render the prose linked to the timeline, and model the map.
 * `sourceFile` names the file in errors and warnings.
 */
export async function buildArticle(raw: string, sourceFile: string, places?: Places): Promise<BuiltArticle> {
  const { frontmatter, body } = parseArticleFile(raw, sourceFile);
  const title = frontmatter.title;
  const tree = parseMarkdownTree(body);
  const warnings: string[] = [];
  const general = places?.general?.();
  const located = places ? locateArticle(articleLocationInput(frontmatter, sourceFile), places.gazetteer, general) : undefined;
  if (located) warnings.push(...located.warnings);
  const extracted = extractTimeline(tree, timelineContext(frontmatter));
  const placed: PlacedEvents<TimelineEvent> = places
    ? placeEvents(extracted, places, general, located?.location ?? null)
    : { events: extracted, places: new Map() };
  const events = placed.events;
  const contextIds: ContextIds = new Map();
  const prose = await renderMarkdown(tree, [[rehypeTimelineLinks, events, contextIds]]);
  const timeline = events.map((event): ArticleEvent => {
    const contextId = contextIds.get(event.id);
    return contextId ? { ...event, contextId } : event;
  });
  // The lead (everything before the first section) is placed apart so phones can show it above
  // the infobox, as Wikipedia's mobile site does. A folded section starts with its wrapper.
  const firstSection = prose.html.search(/<div class="fold-section"|<h[2-6][\s>]/);
  const data: ArticleData = {
    slug: articleSlug(title, path.basename(sourceFile)),
    sourceFile,
    title,
    frontmatter,
    leadHtml: firstSection < 0 ? prose.html : prose.html.slice(0, firstSection),
    timeline,
    headings: prose.headings,
  };
  const html = firstSection < 0 ? '' : prose.html.slice(firstSection);
  if (frontmatter.shortDescription) data.shortDescription = frontmatter.shortDescription;
  const summary = frontmatter.description ?? frontmatter.excerpt;
  if (summary) data.summary = summary.replace(/\s+/g, ' ').trim();
  const firstInfobox = frontmatter.infoboxes?.[0];
  const infobox = firstInfobox ? buildInfobox(firstInfobox, title) : undefined;
  if (infobox) data.infobox = infobox;
  if (frontmatter.img && /^https:\/\//.test(frontmatter.img)) data.remoteImage = frontmatter.img;

  if (located?.location) {
    const field = (name: string) => firstInfobox?.[name]?.text;
    const location = placed.primaryId !== undefined ? { ...located.location, placeId: placed.primaryId } : located.location;
    data.map = buildMapModel(location, timeline, placed.places, title, field('map_size') ?? field('pushpin_mapsize'));
  }
  return { data, html, warnings };
}

/** What the frontmatter tells timeline extraction about when the story happens. */
export function timelineContext(frontmatter: Frontmatter): TimelineContext {
  const infoboxDate = frontmatter.infoboxes?.[0]?.['date']?.text;
  return infoboxDate ? { title: frontmatter.title, infoboxDate } : { title: frontmatter.title };
}
