import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bump when a renderer's output changes for the same inputs, so old pictures are not reused. */
const RENDERER_VERSION = '2';
const CACHE_DIR = path.resolve(process.env['RENDER_CACHE_DIR'] ?? 'node_modules/.cache/qusayr-renders');
/** Renders under way in this process, so two pages asking for the same picture render it once. */
const inFlight = new Map<string, Promise<Buffer>>();

/**
 * Renders a file only when its inputs changed: the result is stored under a hash of `kind`,
 * `inputs` and the renderer version. Rebuilds with unchanged content render nothing, which is
 * most of the time a rebuild would spend in sharp.
 */
export function cachedRender(kind: string, inputs: unknown, render: () => Promise<Buffer>): Promise<Buffer> {
  const key = createHash('sha256')
    .update(`${RENDERER_VERSION}\0${kind}\0${JSON.stringify(inputs)}`)
    .digest('hex');
  let pending = inFlight.get(key);
  if (!pending) {
    pending = renderOnce(path.join(CACHE_DIR, kind, `${key}.bin`), render).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

async function renderOnce(file: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const output = await render();
  await mkdir(path.dirname(file), { recursive: true });
  // Write then rename, under a name no other build can share: parallel builds sharing the
  // cache never read half a file.
  const partial = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(partial, output);
  await rename(partial, file);
  return output;
}
