/** Below this width the page folds its sections; the stylesheet uses the same breakpoint. */
export const PHONE = '(max-width: 47.99rem)';

/**
 * Folds the article's sections on phones, and the infobox's secondary facts (`data-fold="always"`)
 * on every screen. The HTML has every `details[data-fold]` open, so the
 * page reads whole without JavaScript, without CSS and in print; until this runs, the stylesheet
 * hides the same sections' bodies on phones (`scripting: enabled`), so closing them here moves
 * nothing on screen. The section holding the `#anchor` stays open, and one opens whenever a link
 * leads into it.
 */
export function foldSections(): void {
  const folds = [...document.querySelectorAll<HTMLDetailsElement>('details[data-fold]')];
  const phone = matchMedia(PHONE).matches;
  const target = hashTarget();
  for (const fold of folds) {
    const folding = phone || fold.dataset['fold'] === 'always';
    if (folding && !(target && fold.contains(target))) fold.open = false;
  }
  document.documentElement.dataset['folded'] = '';
  // The browser may have scrolled to the anchor before the sections above it folded.
  target?.scrollIntoView({ block: 'start', behavior: 'instant' });
  // A link into a folded section (contents, "In context", an event's permalink) opens it first.
  const reveal = () => openAround(hashTarget(), true);
  window.addEventListener('hashchange', reveal);
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
    if (link && link.hash === location.hash) reveal();
  });
  window.addEventListener('beforeprint', () => {
    for (const fold of folds) fold.open = true;
  });
}

function hashTarget(): HTMLElement | null {
  const id = decodeURIComponent(location.hash.slice(1));
  return id ? document.getElementById(id) : null;
}

/** Opens every folded `details` around `target`, then brings it back into view if anything opened. */
function openAround(target: HTMLElement | null, scroll: boolean): void {
  let opened = false;
  for (let node = target?.parentElement; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement && !node.open) {
      node.open = true;
      opened = true;
    }
  }
  if (opened && scroll) target?.scrollIntoView({ block: 'start' });
}
