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

/**
 * The publication day in the site's words ("14 March 2025"), from the ISO day the loader read off the `pubDate` or the
 * byline comment, so every list and byline writes dates one way whatever the template wrote ("Mar 14 2025"). A
 * `pubDate` the loader could not read is shown as written rather than dropped.
 */
export function publicationDay(frontmatter: Pick<Frontmatter, 'pubDate'>, published: string | undefined): string | undefined {
  return published === undefined ? frontmatter.pubDate : formatEventDate({ date: published, precision: 'day' });
}
