/** A dot on the picture, in pixels, and the label it wants. */
export interface LabelRequest {
  readonly x: number;
  readonly y: number;
  readonly label: string;
  readonly bold: boolean;
}

/** Where a label's text goes (`x`, `y` are the SVG text anchor and baseline). */
export interface LabelPlacement {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

// DejaVu Sans at 12 px averages about 7 px per character; a little generous is better than overlap.
const CHAR_WIDTH = 7;
const BOLD_FACTOR = 1.1;
const LINE_HEIGHT = 14;
const GAP = 9;
const DOT_RADIUS = 6;

/**
 * Places labels greedily, in request order, right of their dot, else left, above or below,
 * avoiding other labels, every dot and the picture's edges. A label that fits nowhere is left
 * out (`undefined`): the page lists every place beside the map anyway.
 */
export function placeMapLabels(requests: readonly LabelRequest[], width: number, height: number): (LabelPlacement | undefined)[] {
  const taken: Box[] = requests.map(({ x, y }) => ({
    left: x - DOT_RADIUS,
    top: y - DOT_RADIUS,
    right: x + DOT_RADIUS,
    bottom: y + DOT_RADIUS,
  }));
  return requests.map((request) => {
    if (request.label === '') return undefined;
    const textWidth = request.label.length * CHAR_WIDTH * (request.bold ? BOLD_FACTOR : 1);
    const { x, y } = request;
    const candidates: readonly [LabelPlacement, Box][] = [
      [
        { x: x + GAP, y: y + 4, anchor: 'start' },
        { left: x + GAP, top: y - 8, right: x + GAP + textWidth, bottom: y + 6 },
      ],
      [
        { x: x - GAP, y: y + 4, anchor: 'end' },
        { left: x - GAP - textWidth, top: y - 8, right: x - GAP, bottom: y + 6 },
      ],
      [
        { x, y: y - GAP - 2, anchor: 'middle' },
        { left: x - textWidth / 2, top: y - GAP - LINE_HEIGHT, right: x + textWidth / 2, bottom: y - GAP },
      ],
      [
        { x, y: y + GAP + 10, anchor: 'middle' },
        { left: x - textWidth / 2, top: y + GAP, right: x + textWidth / 2, bottom: y + GAP + LINE_HEIGHT },
      ],
    ];
    for (const [placement, box] of candidates) {
      const inside = box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
      if (!inside || taken.some((other) => overlaps(box, other))) continue;
      taken.push(box);
      return placement;
    }
    return undefined;
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
