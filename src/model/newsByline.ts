/**
 * Who and when a news post's byline names, as its page and the news lists show them.
 */
import type { Frontmatter } from '../schemas/frontmatter.ts';
import { formatEventDate } from './formatEventDate.ts';

/**
 * Blog templates fill `author` with a placeholder when nobody signed the post ("Unknown"):
 * printing "by Unknown" would name a person who does not exist, so a placeholder is no author.
 */
const PLACEHOLDER = /^(?:unknown|anonymous|n\/?a|none|-+)$/i;

/** The post's author as a byline should name them, or undefined when the post is unsigned. */
export function postAuthor(author: string | undefined): string | undefined {
  const name = author?.trim();
  return name && !PLACEHOLDER.test(name) ? name : undefined;
}

/** The publication date as written: the `pubDate`, else the byline comment's day (ISO `published`) in words. */
export function publicationDay(frontmatter: Pick<Frontmatter, 'pubDate'>, published: string | undefined): string | undefined {
  return frontmatter.pubDate ?? (published === undefined ? undefined : formatEventDate({ date: published, precision: 'day' }));
}
