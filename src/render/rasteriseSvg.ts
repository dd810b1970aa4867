import sharp, { type Sharp } from 'sharp';

/** Size of the picture written by {@link rasteriseSvg}. */
export interface RasterSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Writes an SVG as a PNG or WebP (chosen by `outPath`'s extension) exactly `width` pixels
 * wide. The SVG is rendered at a density matching that width rather than scaled up from its
 * own size, so lines and labels stay sharp on high-density screens.
 */
export async function rasteriseSvg(svg: string, outPath: string, options: { width: number }): Promise<RasterSize> {
  const info = await svgImage(svg, options.width).toFile(outPath);
  return { width: info.width, height: info.height };
}

/**
 * How the site's pictures are saved: flat drawings (cards, maps) lose nothing visible in a
 * 32-colour palette without dithering, and weigh about a third of a full-colour PNG (a seed
 * event card: 62 → 18–28 kB). Effort 1 keeps the quantiser's cost near that of plain zlib.
 * Every platform that previews links reads PNG.
 */
export const PICTURE_PNG = { palette: true, colours: 32, dither: 0, effort: 1 } as const;

/** The same picture as a PNG in memory; `exact` keeps every colour, for a layer composited later. */
export async function svgToPng(svg: string, width: number, exact = false): Promise<Buffer> {
  return svgImage(svg, width)
    .png(exact ? { compressionLevel: 6 } : PICTURE_PNG)
    .toBuffer();
}

function svgImage(svg: string, width: number): Sharp {
  const ownWidth = Number(/<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1] ?? Number.NaN);
  const density = Number.isFinite(ownWidth) && ownWidth > 0 ? Math.min(2400, Math.max(1, (72 * width) / ownWidth)) : 72;
  return sharp(Buffer.from(svg), { density }).resize({ width });
}
