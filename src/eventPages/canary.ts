import { siteUrls } from '../deploy/siteUrls.ts';
import { eventPageArticle, eventPageValues, type EventPageValues } from '../model/eventPage.ts';
import type { ArticleData, ArticleEvent } from '../model/types.ts';

/** Escaping does not depend on where the site lives: every base gives the same choice. */
const SCORING_URLS = siteUrls('/', undefined);

/** Characters that Astro escapes in text or attributes: where the writer's copy of its rules could slip. */
const ESCAPED = /[&<>"']/g;

/**
 * The event a build renders through Astro as well as from the shell, so the writer can check its
 * fill against Astro's own page: the one whose page values need the most escaping (the first of
 * them, in article and timeline order). Undefined when no article has an event.
 */
export function canaryEvent<A extends Pick<ArticleData, 'slug' | 'title' | 'frontmatter' | 'map' | 'timeline'>>(
  articles: readonly A[],
): { article: A; event: ArticleEvent } | undefined {
  let best: { article: A; event: ArticleEvent; score: number } | undefined;
  for (const article of articles) {
    const page = eventPageArticle(article);
    for (const [index, event] of article.timeline.entries()) {
      const score = escapedCharacters(eventPageValues(page, index, SCORING_URLS));
      if (!best || score > best.score) best = { article, event, score };
    }
  }
  return best && { article: best.article, event: best.event };
}

function escapedCharacters(values: EventPageValues): number {
  return Object.values(values).reduce((sum, value) => sum + (value.match(ESCAPED)?.length ?? 0), 0);
}

/**
 * Where two renderings of one file part, said in a line: undefined when they are equal. For the
 * canary's message, so a difference between Astro's page and the shell's names its place.
 */
export function firstDifference(astro: string | Buffer, filled: string | Buffer): string | undefined {
  const [a, b] = [Buffer.from(astro), Buffer.from(filled)];
  if (a.equals(b)) return undefined;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const around = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 20), at + 40).toString('utf8'));
  return `byte ${at}: Astro has ${around(a)}, the shell gives ${around(b)}`;
}
