/**
 * A shared `#event-id` link scrolls to the event (CSS `scroll-margin-top` keeps it clear of the
 * header) and `:target` highlights it; this moves keyboard and screen-reader focus there too, on
 * load and whenever the fragment changes.
 */
export function focusTargetEvent(): void {
  const focus = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target?.classList.contains('timeline-event')) target.focus({ preventScroll: true });
  };
  focus();
  window.addEventListener('hashchange', focus);
}
