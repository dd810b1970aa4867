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

/**
 * Wraps words into lines no wider than `maxWidth`; the last line ends in "…" when text is left
 * over. Each word is measured once and a line is the sum of its words and spaces: measuring the
 * growing line again for every word (opentype.js shapes the whole string each time) made this
 * the slowest part of drawing a card.
 */
export function wrapText(font: Font, text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const space = font.getAdvanceWidth(' ', size);
  const lines: string[] = [];
  // A word wider than the card (a URL, a hostile 300,000-letter word) is cut to fit with "…".
  const push = (text: string, width: number) => lines.push(width > maxWidth ? ellipsis(font, text, size, maxWidth) : text);
  let line = '';
  let lineWidth = 0;
  for (const [index, word] of words.entries()) {
    const wordWidth = font.getAdvanceWidth(word, size);
    if (!line) {
      [line, lineWidth] = [word, wordWidth];
      continue;
    }
    if (lineWidth + space + wordWidth <= maxWidth) {
      [line, lineWidth] = [`${line} ${word}`, lineWidth + space + wordWidth];
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(ellipsis(font, `${line} ${words.slice(index).join(' ')}`, size, maxWidth));
      return lines;
    }
    push(line, lineWidth);
    [line, lineWidth] = [word, wordWidth];
  }
  if (line) push(line, lineWidth);
  return lines;
}

/** The narrowest glyph of the font (a space, an "i") is wider than this many ems. */
const NARROWEST_GLYPH_EM = 0.15;

function ellipsis(font: Font, text: string, size: number, maxWidth: number): string {
  // No more characters than the narrowest glyphs could fit: the loop below measures the whole
  // text at every step, so an unbounded text would make it quadratic.
  let cut = text.slice(0, Math.ceil(maxWidth / (size * NARROWEST_GLYPH_EM)) + 1);
  while (cut.length > 1 && font.getAdvanceWidth(`${cut}…`, size) > maxWidth)
    cut = cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length - 1);
  return `${cut.replace(/[\s,;:.]+$/, '')}…`;
}

/** A block of text set as glyph references, with the glyph outlines they use. */
export interface SetText {
  /** `<use>` of each glyph, in a group of the block's colour. */
  svg: string;
  /** Outline of each glyph used, by id, for the card's `<defs>`. */
  glyphs: Map<string, string>;
  /** The y of the last line's baseline. */
  bottom: number;
}

/** Glyph outlines already drawn, by weight, size and glyph: the same letters recur on every card. */
const glyphPaths = new Map<string, string>();

/**
 * The block as one `<use>` per glyph of an outline defined once: a card repeats some forty
 * glyphs hundreds of times, and defining each outline once makes the SVG a third of the size
 * of a path per line, and quicker to write.
 */
export function setText(block: TextBlock): SetText {
  const font = cardFont(block.weight);
  const lineHeight = block.lineHeight ?? block.size * 1.2;
  const lines = wrapText(font, block.text, block.size, block.maxWidth, block.maxLines);
  const glyphs = new Map<string, string>();
  let uses = '';
  lines.forEach((line, index) => {
    font.forEachGlyph(line, block.x, block.y + index * lineHeight, block.size, {}, (glyph, x, y) => {
      const id = `g${block.weight}-${block.size}-${glyph.index}`;
      let outline = glyphPaths.get(id);
      if (outline === undefined) {
        outline = pathData(glyph.getPath(0, 0, block.size).commands);
        glyphPaths.set(id, outline);
      }
      if (!outline) return; // a space
      glyphs.set(id, `<path id="${id}" d="${outline}"/>`);
      uses += `<use href="#${id}" x="${round(x)}" y="${round(y)}"/>`;
    });
  });
  return { svg: `<g fill="${block.fill}">${uses}</g>`, glyphs, bottom: block.y + (lines.length - 1) * lineHeight };
}

const round = (value: number) => String(Math.round(value * 10) / 10);

/**
 * SVG path data with one decimal. opentype.js 2.0's own `toPathData(1)` sometimes writes `NaN`
 * for a coordinate (its rounding cache), and the renderer then drops the rest of the line.
 */
function pathData(commands: readonly PathCommand[]): string {
  const n = round;
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
