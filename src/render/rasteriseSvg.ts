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

/** The same picture as a PNG in memory, for build endpoints that return it. */
export async function svgToPng(svg: string, width: number): Promise<Buffer> {
  return svgImage(svg, width).png({ compressionLevel: 9 }).toBuffer();
}

function svgImage(svg: string, width: number): Sharp {
  const ownWidth = Number(/<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1] ?? Number.NaN);
  const density = Number.isFinite(ownWidth) && ownWidth > 0 ? Math.min(2400, Math.max(1, (72 * width) / ownWidth)) : 72;
  return sharp(Buffer.from(svg), { density }).resize({ width });
}
