import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import type { InfoboxModel, RichBlock, TextRun } from '../model/types.ts';
import { localHref, titleKey, wikipediaPage, type LocalTargets } from './localLinks.ts';
import rehypeLocalLinks from './rehypeLocalLinks.ts';

const WIKI_HREF = /href="(https?:\/\/[a-z.]*wikipedia\.org\/wiki\/[^"]*)"/gi;

/**
 * Rewrites the links of rendered prose that point at the site's own articles. Prose with no such
 * link (most of it) is returned as is without being parsed, so a build of 1,000 articles pays
 * only for the few that link each other.
 */
export function localiseHtml(html: string, targets: LocalTargets): string {
  const linksHome = [...html.matchAll(WIKI_HREF)].some((match) => {
    const page = wikipediaPage((match[1] ?? '').replace(/&amp;/g, '&'));
    return page !== undefined && targets.has(titleKey(page.title));
  });
  if (!linksHome) return html;
  return String(unified().use(rehypeParse, { fragment: true }).use(rehypeLocalLinks, targets).use(rehypeStringify).processSync(html));
}

/** The same for the infobox's links (`partof`, places, commanders…). */
export function localiseInfobox(infobox: InfoboxModel, targets: LocalTargets): InfoboxModel {
  const blocks = (value: RichBlock[]): RichBlock[] =>
    value.map((block) => (block.kind === 'line' ? { ...block, runs: block.runs.map(run) } : { ...block, items: block.items.map((items) => items.map(run)) }));
  const run = (textRun: TextRun): TextRun => {
    const local = textRun.href ? localHref(textRun.href, targets) : undefined;
    return local ? { ...textRun, href: local } : textRun;
  };
  return {
    ...infobox,
    ...(infobox.partOf ? { partOf: blocks(infobox.partOf) } : {}),
    ...(infobox.image?.caption ? { image: { ...infobox.image, caption: blocks(infobox.image.caption) } } : {}),
    rows: infobox.rows.map((row) => ({ ...row, value: blocks(row.value) })),
    groups: infobox.groups.map((group) => ({ ...group, sides: group.sides.map(blocks), spanning: group.spanning.map(blocks) })),
  };
}
