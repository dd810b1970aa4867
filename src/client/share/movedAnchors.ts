/**
 * An `#anchor` shared before its event's id was retired (the sentence was deleted or rewritten):
 * the build lists old id → new id on `<moved-anchors data-moved>`, and this follows the old
 * anchor to the event that replaced it, or to the top of the article. `location.replace` keeps
 * the history clean and makes `:target` and the timeline's focus follow.
 */
export function followMovedAnchors(): void {
  const element = document.querySelector<HTMLElement>('moved-anchors[data-moved]');
  if (!element) return;
  let moved: Record<string, string>;
  try {
    moved = JSON.parse(element.dataset['moved'] ?? '{}') as Record<string, string>;
  } catch {
    return;
  }
  const follow = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id) || !Object.hasOwn(moved, id)) return;
    const to = moved[id];
    if (to) location.replace(`#${encodeURIComponent(to)}`);
    else history.replaceState(null, '', `${location.pathname}${location.search}`);
  };
  follow();
  window.addEventListener('hashchange', follow);
}
