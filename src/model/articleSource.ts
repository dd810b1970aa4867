import type { Frontmatter } from '../schemas/frontmatter.ts';
import { postAuthor } from './newsByline.ts';

/** The licence of Wikipedia's text, which every page derived from it must name and link. */
export const LICENCE = { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' } as const;

/** Where an article's text comes from, for its attribution and citations. */
export interface ArticleSource {
  /** "the Wikipedia article “Battle of al-Qusayr (2012)”", or "a post by @pirocorp". */
  label: string;
  /** The source page; for a post of this site's own authors, undefined. */
  url: string | undefined;
  /** The licence the text is under, when it is known: Wikipedia's. A post's is not stated, so none is claimed. */
  licence: { name: string; url: string } | undefined;
}

/**
 * The dataset's articles are Wikipedia's (`author: Wikipedia`, or no author), named by their title;
 * news posts name their own author. A news post with no author (the blog template's shape, which
 * `articleKind` reads as news) is no Wikipedia article: a link to Wikipedia under its title would lead
 * nowhere, so it is unsigned. The Wikipedia URL is the title with spaces as underscores, as Wikipedia
 * writes its links.
 */
export function articleSource(frontmatter: Pick<Frontmatter, 'title' | 'author'>, isNews = false): ArticleSource {
  const author = frontmatter.author?.trim();
  const fromWikipedia = author ? author.toLowerCase() === 'wikipedia' : !isNews;
  if (!fromWikipedia) {
    const signed = postAuthor(author);
    return { label: signed ? `a post by ${signed}` : 'an unsigned post', url: undefined, licence: undefined };
  }
  return {
    label: `the Wikipedia article “${frontmatter.title}”`,
    url: `https://en.wikipedia.org/wiki/${encodeURIComponent(frontmatter.title.replace(/ /g, '_'))}`,
    licence: LICENCE,
  };
}
