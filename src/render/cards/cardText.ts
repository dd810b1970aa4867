import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as opentypeModule from 'opentype.js';
import type { Font, PathCommand } from 'opentype.js';

/**
 * Share cards set their text as SVG paths drawn from a font the project ships (Noto Sans, an npm
 * dependency), not as `<text>`: sharp's SVG renderer would pick whatever fonts the machine has,
 * and the same card must come out byte for byte the same everywhere.
 */
const require = createRequire(import.meta.url);
const opentype = (opentypeModule as unknown as { default?: typeof opentypeModule }).default ?? opentypeModule;
const fonts = new Map<string, Font>();

/** The shipped font of a weight. */
export function cardFont(weight: 400 | 700): Font {
  const key = String(weight);
  let font = fonts.get(key);
  if (!font) {
    const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
    const bytes = readFileSync(file);
    font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    fonts.set(key, font);
  }
  return font;
}

/** A block of text to set: where, how big, how wide, how many lines at most. */
export interface TextBlock {
  text: string;
  x: number;
  y: number;
  size: number;
  maxWidth: number;
  maxLines: number;
  weight: 400 | 700;
  fill: string;
  lineHeight?: number;
}

/** Wraps words into lines no wider than `maxWidth`; the last line ends in "…" when text is left over. */
export function wrapText(font: Font, text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const [index, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.getAdvanceWidth(candidate, size) <= maxWidth || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      const last = lines.pop() ?? '';
      lines.push(ellipsis(font, `${last} ${words.slice(index).join(' ')}`, size, maxWidth));
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function ellipsis(font: Font, text: string, size: number, maxWidth: number): string {
  let cut = text;
  while (cut.length > 1 && font.getAdvanceWidth(`${cut}…`, size) > maxWidth)
    cut = cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length - 1);
  return `${cut.replace(/[\s,;:.]+$/, '')}…`;
}

/** The block as SVG `<path>` elements, one per line, and the y below its last line. */
export function textPaths(block: TextBlock): { svg: string; bottom: number } {
  const font = cardFont(block.weight);
  const lineHeight = block.lineHeight ?? block.size * 1.2;
  const lines = wrapText(font, block.text, block.size, block.maxWidth, block.maxLines);
  const svg = lines
    .map((line, index) => `<path fill="${block.fill}" d="${pathData(font.getPath(line, block.x, block.y + index * lineHeight, block.size).commands)}"/>`)
    .join('');
  return { svg, bottom: block.y + (lines.length - 1) * lineHeight };
}

/**
 * SVG path data with one decimal. opentype.js 2.0's own `toPathData(1)` sometimes writes `NaN`
 * for a coordinate (its rounding cache), and the renderer then drops the rest of the line.
 */
function pathData(commands: readonly PathCommand[]): string {
  const n = (value: number) => String(Math.round(value * 10) / 10);
  return commands
    .map((command) => {
      switch (command.type) {
        case 'M':
        case 'L':
          return `${command.type}${n(command.x)} ${n(command.y)}`;
        case 'Q':
          return `Q${n(command.x1)} ${n(command.y1)} ${n(command.x)} ${n(command.y)}`;
        case 'C':
          return `C${n(command.x1)} ${n(command.y1)} ${n(command.x2)} ${n(command.y2)} ${n(command.x)} ${n(command.y)}`;
        default:
          return 'Z';
      }
    })
    .join('');
}
