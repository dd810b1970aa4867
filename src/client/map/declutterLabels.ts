/** The class of every place marker's path: what labels must not cover (country outlines may lie under them). */
export const MARKER_CLASS = 'battle-map__marker';

/** Where a label may sit beside its marker, in order of preference. */
export const LABEL_SIDES = ['right', 'left', 'top', 'bottom'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** A label on the map and how much it matters; higher priority keeps its place. */
export interface MapLabel {
  readonly element: () => HTMLElement | undefined;
  readonly priority: number;
  /** Moves the label to another side of its marker. */
  readonly moveTo: (side: LabelSide) => void;
}

/**
 * Shows labels in order of priority, each on the first side of its marker (right, left, above,
 * below) where it overlaps no label already shown, no control and no other marker, and stays
 * inside the map; a label with no such side is hidden. A hidden label is still the marker's accessible name and its
 * popup title, and the place is in the list beside the map.
 */
export function declutterLabels(container: HTMLElement, labels: readonly MapLabel[]): void {
  const frame = container.getBoundingClientRect();
  const controls = [...container.querySelectorAll<HTMLElement>('.leaflet-control')].map((control) => control.getBoundingClientRect());
  // Inset a little: a label touches its own marker's edge by design.
  const markers = [...container.querySelectorAll<SVGElement>(`path.${MARKER_CLASS}`)].map((marker) => {
    const box = marker.getBoundingClientRect();
    return new DOMRect(box.x + 2, box.y + 2, box.width - 4, box.height - 4);
  });
  const taken: DOMRect[] = [...controls, ...markers];
  for (const label of [...labels].sort((a, b) => b.priority - a.priority)) {
    let shown = false;
    for (const side of LABEL_SIDES) {
      label.moveTo(side);
      const element = label.element();
      if (element === undefined) break;
      element.style.visibility = '';
      const box = element.getBoundingClientRect();
      const inside = box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
      if (inside && !taken.some((other) => overlaps(box, other))) {
        taken.push(box);
        shown = true;
        break;
      }
    }
    if (!shown) {
      label.moveTo(LABEL_SIDES[0]);
      const element = label.element();
      if (element !== undefined) element.style.visibility = 'hidden';
    }
  }
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
