import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bump when a renderer's output changes for the same inputs, so old pictures are not reused. */
const RENDERER_VERSION = '1';
const CACHE_DIR = path.resolve(process.env['RENDER_CACHE_DIR'] ?? 'node_modules/.cache/qusayr-renders');

/**
 * Renders a file only when its inputs changed: the result is stored under a hash of `kind`,
 * `inputs` and the renderer version. Rebuilds with unchanged content render nothing, which is
 * most of the time a rebuild would spend in sharp.
 */
export async function cachedRender(kind: string, inputs: unknown, render: () => Promise<Buffer>): Promise<Buffer> {
  const key = createHash('sha256').update(`${RENDERER_VERSION}\0${kind}\0${JSON.stringify(inputs)}`).digest('hex');
  const file = path.join(CACHE_DIR, kind, `${key}.bin`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const output = await render();
  await mkdir(path.dirname(file), { recursive: true });
  // Write then rename: parallel builds sharing the cache never read half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, output);
  await rename(partial, file);
  return output;
}
