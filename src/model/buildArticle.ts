import path from 'node:path';
import { parseArticleFile } from '../parse/parseArticleFile.ts';
import { articleSlug } from '../parse/slugify.ts';
import { renderMarkdown } from '../render/renderMarkdown.ts';
import rehypeTimelineLinks, { type ContextIds } from '../render/rehypeTimelineLinks.ts';
import { extractTimeline } from '../timeline/extractTimeline.ts';
import { buildInfobox } from './buildInfobox.ts';
import type { ArticleData, ArticleEvent } from './article.ts';

/** An article ready to store: its data and its rendered prose. */
export interface BuiltArticle {
  data: ArticleData;
  html: string;
}

/**
 * The content stage for one file: parse and validate, model the infobox, render the prose.
 * `sourceFile` is only used to name the file in errors and in the page data.
 */
export async function buildArticle(raw: string, sourceFile: string): Promise<BuiltArticle> {
  const { frontmatter, body } = parseArticleFile(raw, sourceFile);
  const title = frontmatter.title;
  const infoboxDate = frontmatter.infoboxes?.[0]?.['date']?.text;
  const events = extractTimeline(body, infoboxDate ? { title, infoboxDate } : { title });
  const contextIds: ContextIds = new Map();
  const prose = await renderMarkdown(body, [[rehypeTimelineLinks, events, contextIds]]);
  const timeline = events.map((event): ArticleEvent => {
    const contextId = contextIds.get(event.id);
    return contextId ? { ...event, contextId } : event;
  });
  const { headings } = prose;
  // The lead (everything before the first section) is placed apart so phones can show it above
  // the infobox, as Wikipedia's mobile site does.
  const firstSection = prose.html.search(/<h[2-6][\s>]/);
  const leadHtml = firstSection < 0 ? prose.html : prose.html.slice(0, firstSection);
  const html = firstSection < 0 ? '' : prose.html.slice(firstSection);
  const data: ArticleData = {
    slug: articleSlug(title, path.basename(sourceFile)),
    sourceFile,
    title,
    frontmatter,
    leadHtml,
    timeline,
    headings,
  };
  if (frontmatter.shortDescription) data.shortDescription = frontmatter.shortDescription;
  const summary = frontmatter.description ?? frontmatter.excerpt;
  if (summary) data.summary = summary.replace(/\s+/g, ' ').trim();
  const firstInfobox = frontmatter.infoboxes?.[0];
  const infobox = firstInfobox ? buildInfobox(firstInfobox, title) : undefined;
  if (infobox) data.infobox = infobox;
  if (frontmatter.img && /^https:\/\//.test(frontmatter.img)) data.remoteImage = frontmatter.img;
  return { data, html };
}
