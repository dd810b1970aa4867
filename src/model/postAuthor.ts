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
