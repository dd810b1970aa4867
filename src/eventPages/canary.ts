import { siteUrls } from '../deploy/siteUrls.ts';
import { eventPageArticle, eventPageValues, type EventPageValues } from '../model/eventPage.ts';
import type { ArticleData, ArticleEvent } from '../model/types.ts';
import { shellFor } from './pageShell.ts';

/** Escaping does not depend on where the site lives: every base gives the same choice. */
const SCORING_URLS = siteUrls('/', undefined);

/** Characters that Astro escapes in text or attributes: where the writer's copy of its rules could slip. */
const ESCAPED = /[&<>"']/g;

/**
 * The events a build renders through Astro as well as from a shell, so the writer can check its
 * fill against Astro's own page: for each shell (with or without a map picture, with or without a licence), the
 * event filled from it whose page values need the most escaping (the first of them, in article
 * and timeline order). A shell no event uses has no canary; none when no article has an event.
 */
export function canaryEvents<A extends Pick<ArticleData, 'slug' | 'title' | 'frontmatter' | 'map' | 'timeline'> & Partial<Pick<ArticleData, 'infobox'>>>(
  articles: readonly A[],
): { article: A; event: ArticleEvent }[] {
  const best = new Map<ReturnType<typeof shellFor>, { article: A; event: ArticleEvent; score: number }>();
  for (const article of articles) {
    const page = eventPageArticle(article);
    for (const [index, event] of article.timeline.entries()) {
      const values = eventPageValues(page, index, SCORING_URLS);
      const shell = shellFor(values);
      const score = escapedCharacters(values);
      const current = best.get(shell);
      if (!current || score > current.score) best.set(shell, { article, event, score });
    }
  }
  return [...best.values()].map(({ article, event }) => ({ article, event }));
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
