import path from 'node:path';
import { isAllowedImageUrl } from '../deploy/contentSecurityPolicy.ts';
import type { Gazetteer } from '../geo/loadGazetteer.ts';
import { locateArticle } from '../geo/locateArticle.ts';
import type { PlaceMatcher } from '../geo/matchPlaces.ts';
import { ArticleError } from '../parse/ArticleError.ts';
import { parseArticleFile } from '../parse/parseArticleFile.ts';
import { parseMarkdownTree } from '../parse/parseMarkdownTree.ts';
import { emphasisedPhrases } from '../parse/emphasisedPhrases.ts';
import { articleSlug } from '../parse/slugify.ts';
import { renderMarkdown } from '../render/renderMarkdown.ts';
import rehypeTimelineLinks, { type ContextIds } from '../render/rehypeTimelineLinks.ts';
import { extractTimeline } from '../timeline/extractTimeline.ts';
import { reconcileEventIds, type ReconciledIds } from '../timeline/stableEventIds.ts';
import type { EventIdRecord } from '../schemas/eventIdRecord.ts';
import { eventParagraphs } from '../model/eventParagraphs.ts';
import type { Frontmatter } from '../schemas/frontmatter.ts';
import type { TimelineContext, TimelineEvent } from '../timeline/types.ts';
import { buildInfobox } from '../model/buildInfobox.ts';
import { articleKind } from '../model/articleKind.ts';
import { parseDateRange } from '../timeline/parseDateRange.ts';
import { descriptionDay, descriptionSpan } from '../timeline/descriptionSpan.ts';
import { bylineDay } from '../timeline/bylineDay.ts';
import { buildMapModel } from '../model/buildMapModel.ts';
import { locateInPlacesCountry } from '../model/placesCountry.ts';
import { articleLocationInput } from '../model/articleLocationInput.ts';
import { ownDescription } from '../model/ownDescription.ts';
import { placeEvents, type PlacedEvents } from '../model/placeEvents.ts';
import type { GeneralGazetteer } from '../geo/geonames/generalGazetteer.ts';
import type { ArticleData, ArticleEvent, InfoboxModel } from '../model/types.ts';

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
  /** The article's record of issued event ids after this build, and what moved. */
  eventIds: Omit<ReconciledIds, 'ids'>;
}

/**
 * The content stage for one file: parse and validate, model the infobox, extract the timeline,
 * give its events the ids already issued (`issuedIds`, the article's record) and place them,
 * render the prose linked to the timeline, and model the map.
 * `sourceFile` names the file in errors and warnings.
 */
export async function buildArticle(raw: string, sourceFile: string, places?: Places, issuedIds?: EventIdRecord): Promise<BuiltArticle> {
  try {
    return await buildCheckedArticle(raw, sourceFile, places, issuedIds);
  } catch (error) {
    // The markdown and HTML tree tools recurse per level of nesting; raw HTML can nest deeper
    // than `deepestNesting` sees. A file that exhausts the stack is the file's fault: say so in one line.
    if (error instanceof RangeError && /call stack/.test(error.message))
      throw new ArticleError(sourceFile, 'body', 'nests elements too deeply to read (thousands of levels of HTML, lists or quotes)');
    throw error;
  }
}

async function buildCheckedArticle(raw: string, sourceFile: string, places?: Places, issuedIds?: EventIdRecord): Promise<BuiltArticle> {
  const { frontmatter, body, warnings: capped } = parseArticleFile(raw, sourceFile);
  const title = frontmatter.title;
  const tree = parseMarkdownTree(body);
  const warnings = capped.map((warning) => `${sourceFile}: ${warning}`);
  const general = places?.general?.();
  const located = places ? locateArticle(articleLocationInput(frontmatter, sourceFile, body), places.gazetteer, general) : undefined;
  if (located) warnings.push(...located.warnings);
  const firstInfobox = frontmatter.infoboxes?.[0];
  const infobox = firstInfobox ? buildInfobox(firstInfobox, title) : undefined;
  const context = timelineContext(frontmatter, body, infobox);
  const extracted = extractTimeline(tree, context, (message) => warnings.push(`${sourceFile}: ${message}`));
  // Ids first: the map's places list their events by the ids links were issued with.
  const { ids, ...eventIds } = reconcileEventIds(extracted, issuedIds);
  const paragraphs = eventParagraphs(tree, extracted);
  const stable = extracted.map((event, index) => ({ ...event, id: ids[index] ?? event.id }));
  const placed: PlacedEvents<TimelineEvent> = places
    ? placeEvents(stable, places, general, located?.location ?? null, emphasisedPhrases(tree))
    : { events: stable, places: new Map() };
  const events = placed.events;
  const contextIds: ContextIds = new Map();
  const prose = await renderMarkdown(tree, [[rehypeTimelineLinks, events, contextIds]]);
  const timeline = events.map((event, index): ArticleEvent => {
    const contextId = contextIds.get(event.id);
    const paragraph = paragraphs[index];
    return { ...event, ...(contextId ? { contextId } : {}), ...(paragraph ? { paragraph } : {}) };
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
    movedEvents: eventIds.record.retired.map(({ id, to }) => ({ id, to })),
    headings: prose.headings,
  };
  const html = firstSection < 0 ? '' : prose.html.slice(firstSection);
  if (frontmatter.shortDescription) data.shortDescription = frontmatter.shortDescription;
  if (context.published) data.published = context.published;
  const summary = ownDescription(frontmatter, body);
  if (summary) data.summary = summary.replace(/\s+/g, ' ').trim();
  if (infobox) data.infobox = infobox;
  if (frontmatter.img && /^https:\/\//.test(frontmatter.img)) {
    // The page's policy would block any other host's picture: a broken box and a console error.
    if (isAllowedImageUrl(frontmatter.img)) data.remoteImage = frontmatter.img;
    else warnings.push(`${sourceFile}: img: ${frontmatter.img} is not on a host the site's pictures may come from; the infobox shows no picture`);
  }

  if (located?.location) {
    const field = (name: string) => firstInfobox?.[name]?.text;
    const named = placed.primaryId !== undefined ? { ...located.location, placeId: placed.primaryId } : located.location;
    const location = locateInPlacesCountry(
      named,
      events.flatMap((event) => event.places ?? []),
      placed.places,
    );
    if (location.country !== named.country) {
      const shown = `the map shows ${named.country ?? ''} as a whole`;
      const moved = `the map shows ${location.country ?? ''} as a whole, where every place its story names lies`;
      for (const [index, warning] of warnings.entries()) if (warning.endsWith(shown)) warnings[index] = warning.replace(shown, moved);
    }
    data.map = buildMapModel(location, timeline, placed.places, title, field('map_size') ?? field('pushpin_mapsize'));
  }
  return { data, html, warnings, eventIds };
}

/**
 * What the frontmatter tells timeline extraction about when the story happens; `body` for a
 * post that keeps its date in a byline instead of a `pubDate`; `infobox` when the caller has built
 * it already (the build does), else it is built here (the benches call this with the frontmatter alone).
 */
export function timelineContext(frontmatter: Frontmatter, body?: string, infobox = builtInfobox(frontmatter)): TimelineContext {
  const first = frontmatter.infoboxes?.[0];
  const isNews = articleKind(frontmatter, infobox) === 'news';
  // A video report has no infobox: the range ending its description is the story's span.
  const infoboxDate = first?.['date']?.text ?? (isNews ? descriptionSpan(frontmatter.description) : undefined);
  const published = isNews ? publicationDate(frontmatter, body) : undefined;
  // Some state only the story's last day there: it bounds the years, but is no publication day to count "yesterday" from.
  const storyEnd = isNews && infoboxDate === undefined ? descriptionDay(frontmatter.description) : undefined;
  // A video report has no infobox either: its short description names the war it is told in.
  const partOf = first?.['partof']?.text ?? (isNews ? frontmatter.shortDescription : undefined);
  return {
    title: frontmatter.title,
    ...(infoboxDate ? { infoboxDate } : {}),
    ...(published ? { published } : {}),
    ...(storyEnd ? { storyEnd } : {}),
    ...(partOf ? { partOf } : {}),
  };
}

function builtInfobox(frontmatter: Frontmatter): InfoboxModel | undefined {
  const first = frontmatter.infoboxes?.[0];
  return first ? buildInfobox(first, frontmatter.title) : undefined;
}

/**
 * A news post's publication day, which its "on Saturday" counts from: its `pubDate`, else its
 * byline's. A Wikipedia article's `pubDate` is the day it was copied, which its text never counts
 * from, so only news has one.
 */
function publicationDate(frontmatter: Frontmatter, body: string | undefined): string | undefined {
  if (frontmatter.pubDate !== undefined) return writtenDay(frontmatter.pubDate);
  return body === undefined ? undefined : bylineDay(body);
}

function writtenDay(pubDate: string): string | undefined {
  // The year must be written: chrono would otherwise supply one.
  if (!/\b\d{4}\b/.test(pubDate)) return undefined;
  return parseDateRange(pubDate)?.start;
}
