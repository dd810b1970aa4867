import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { locationMapSvg } from '../../../src/render/map/locationMapSvg.ts';
import { rasteriseSvg } from '../../../src/render/rasteriseSvg.ts';

const dir = mkdtempSync(join(tmpdir(), 'geo-raster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const svg = locationMapSvg('Syria', { lat: 34.5094, lon: 36.58 }, 250) ?? '';

describe('rasteriseSvg', () => {
  it.each([
    ['map.png', 'png', 290],
    ['map.webp', 'webp', 580],
    ['small.png', 'png', 120],
  ])('writes %s exactly the asked width', async (file, format, width) => {
    const outPath = join(dir, file);
    const size = await rasteriseSvg(svg, outPath, { width });
    const metadata = await sharp(outPath).metadata();
    expect(metadata.format).toBe(format);
    expect(metadata.width).toBe(width);
    expect(size).toEqual({ width, height: width });
  });
});
