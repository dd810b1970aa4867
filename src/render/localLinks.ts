import { slugify } from '../parse/slugify.ts';

/** Where a Wikipedia link can go on this site: an article's page and the anchors it has. */
export interface LocalTarget {
  /** The article page's path with the base path (`/qusayr/battle-of-al-bab/`). */
  path: string;
  /** Heading ids, timeline event ids, `map` and `timeline`: what a `#fragment` may name. */
  anchors: ReadonlySet<string>;
}

/** Site articles by the key of their title (see {@link titleKey}). */
export type LocalTargets = ReadonlyMap<string, LocalTarget>;

/** Namespaces that are not articles (`File:…`, `Special:Redirect/file/…`): never an article of ours. */
const NOT_ARTICLES = /^(?:special|file|image|media|category|template|help|wikipedia|portal|talk|user|draft|module):/i;

/** The key a Wikipedia page title and an article title share when they name the same page. */
export function titleKey(title: string): string {
  return slugify(title);
}

/** The page and section a Wikipedia article URL names (`…/wiki/Battle_of_al-Bab#Siege`), else undefined. */
export function wikipediaPage(href: string): { title: string; anchor?: string } | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !/(?:^|\.)wikipedia\.org$/i.test(url.hostname) || !url.pathname.startsWith('/wiki/')) return undefined;
  let title: string;
  try {
    title = decodeURIComponent(url.pathname.slice('/wiki/'.length)).replace(/_/g, ' ').trim();
  } catch {
    return undefined;
  }
  if (title === '' || NOT_ARTICLES.test(title)) return undefined;
  // The dataset writes sections with their '#' (`#Al-Bab`), which the URL then escapes once more.
  const anchor = url.hash.length > 1 ? safeDecode(url.hash.slice(1)).replace(/^#/, '').replace(/_/g, ' ').trim() || undefined : undefined;
  return anchor ? { title, anchor } : { title };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The site's own page for a Wikipedia link, when the site has that article: its page, and the
 * anchor the link names when the article has it (a section, or the timeline). Undefined for any
 * other link, which stays as it is.
 */
export function localHref(href: string, targets: LocalTargets): string | undefined {
  const page = wikipediaPage(href);
  if (!page) return undefined;
  const target = targets.get(titleKey(page.title));
  if (!target) return undefined;
  const anchor = page.anchor === undefined ? undefined : [page.anchor, slugify(page.anchor)].find((id) => target.anchors.has(id));
  return anchor ? `${target.path}#${anchor}` : target.path;
}
