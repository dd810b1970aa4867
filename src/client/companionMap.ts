/** From this width the companion map sits beside the prose; the stylesheet uses the same breakpoint. */
const WIDE = '(min-width: 60rem)';
/** The section being read is the last one whose heading is above this fraction of the viewport. */
const READING_LINE = 0.35;

/**
 * `<companion-map data-sections='{"siege":["al-qusayr"]}'>`: lights up, on the inline SVG it
 * wraps, the places named by the section in view. An IntersectionObserver tells it when a heading
 * crosses the reading line; nothing runs on scroll otherwise, and nothing moves but colours.
 */
export class CompanionMapElement extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (!matchMedia(WIDE).matches) return;
    const sections = JSON.parse(this.dataset['sections'] ?? '{}') as Record<string, string[]>;
    const headings = [...document.querySelectorAll<HTMLElement>('.body :is(h2, h3, h4, h5, h6)[id]')];
    const caption = this.querySelector<HTMLElement>('[data-companion-caption]');
    let current: HTMLElement | null | undefined;
    const update = () => {
      const line = innerHeight * READING_LINE;
      const heading = headings.filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().top <= line).at(-1) ?? null;
      if (heading === current) return;
      current = heading;
      const places = new Set(sections[heading?.id ?? ''] ?? []);
      for (const place of this.querySelectorAll<SVGGElement>('[data-place]')) place.toggleAttribute('data-active', places.has(place.dataset['place'] ?? ''));
      this.toggleAttribute('data-highlighting', places.size > 0);
      if (caption) caption.textContent = heading ? `Places in “${heading.textContent?.replace(/#$/, '').trim()}”` : 'Places of the article';
    };
    this.#observer = new IntersectionObserver(update, { rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px` });
    for (const heading of headings) this.#observer.observe(heading);
    update();
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }
}

export function defineCompanionMap(): void {
  if (!customElements.get('companion-map')) customElements.define('companion-map', CompanionMapElement);
}
