import GithubSlugger from 'github-slugger';

/**
 * Ids the page's own elements carry (landmarks, section headings, labels). A prose heading
 * named "Map" or "Timeline" gets `map-1`, `timeline-1`, so the page's links and `aria-labelledby`
 * still reach the page's own sections.
 */
export const RESERVED_IDS = ['main', 'map', 'timeline', 'toc-title', 'infobox-title', 'article-body'] as const;

/**
 * A GitHub-style slugger for an article's heading ids, shared by rendering (the ids) and the
 * timeline (`sectionId`), so both agree. Reserved ids are taken before the first heading. An id
 * starting with `_` is prefixed `section`: an element id is also a global of the page
 * (`window.__pwned`), and the page's scripts and libraries check such underscored globals.
 */
export function headingSlugger(): { slug(text: string): string } {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  return {
    slug(text: string): string {
      const id = slugger.slug(text);
      return id.startsWith('_') ? slugger.slug(`section${id}`) : id;
    },
  };
}
