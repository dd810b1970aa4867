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
import type { TimelineContext } from '../timeline/types.ts';
import { buildInfobox } from './buildInfobox.ts';
import { buildMapModel } from './buildMapModel.ts';
import type { ArticleData, ArticleEvent } from './article.ts';

/** What all articles of a build share: the gazetteer and its compiled name matcher. */
export interface Places {
  gazetteer: Gazetteer;
  matchPlaces: PlaceMatcher;
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
  const events = extractTimeline(tree, timelineContext(frontmatter)).map((event) => {
    const names = places?.matchPlaces(event.text) ?? [];
    return names.length > 0 ? { ...event, places: names } : event;
  });
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

  const warnings: string[] = [];
  if (places) {
    const field = (name: string) => firstInfobox?.[name]?.text;
    const located = locateArticle(
      {
        fileName: sourceFile,
        title,
        coordinates: field('coordinates'),
        place: field('place') ?? field('location'),
        mapType: field('map_type') ?? field('pushpin_map'),
        country: field('subdivision_name') ?? field('country'),
      },
      places.gazetteer,
    );
    warnings.push(...located.warnings);
    if (located.location) data.map = buildMapModel(located.location, timeline, places.gazetteer, title, field('map_size') ?? field('pushpin_mapsize'));
  }
  return { data, html, warnings };
}

/** What the frontmatter tells timeline extraction about when the story happens. */
export function timelineContext(frontmatter: Frontmatter): TimelineContext {
  const infoboxDate = frontmatter.infoboxes?.[0]?.['date']?.text;
  return infoboxDate ? { title: frontmatter.title, infoboxDate } : { title: frontmatter.title };
}
