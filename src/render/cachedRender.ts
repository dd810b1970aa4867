import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bump when a renderer's output changes for the same inputs, so old pictures are not reused. */
const RENDERER_VERSION = '5';
/** The render cache's folder (README "Deploy" says how a host keeps it between builds). */
export const CACHE_DIR = path.resolve(process.env['RENDER_CACHE_DIR'] ?? 'node_modules/.cache/qusayr-renders');
/** Renders under way in this process, so two pages asking for the same picture render it once. */
const inFlight = new Map<string, Promise<Buffer | undefined>>();

/**
 * Renders a file only when its inputs changed: the result is stored under a hash of `kind`,
 * `inputs` and the renderer version. Rebuilds with unchanged content render nothing, which is
 * most of the time a rebuild would spend in sharp.
 */
export async function cachedRender(kind: string, inputs: unknown, render: () => Promise<Buffer>): Promise<Buffer> {
  const file = cacheFile(kind, inputs);
  return (await ensureRendered(file, render)) ?? readFile(file);
}

/**
 * Like {@link cachedRender}, but gives the cached file's path rather than its bytes, for a caller
 * that links or copies it into the output without reading it.
 */
export async function cachedRenderFile(kind: string, inputs: unknown, render: () => Promise<Buffer>): Promise<string> {
  const file = cacheFile(kind, inputs);
  await ensureRendered(file, render);
  return file;
}

function cacheFile(kind: string, inputs: unknown): string {
  const key = createHash('sha256')
    .update(`${RENDERER_VERSION}\0${kind}\0${JSON.stringify(inputs)}`)
    .digest('hex');
  return path.join(CACHE_DIR, kind, `${key}.bin`);
}

/** The rendered bytes when this call rendered them; undefined when the cache already had them. */
function ensureRendered(file: string, render: () => Promise<Buffer>): Promise<Buffer | undefined> {
  let pending = inFlight.get(file);
  if (!pending) {
    pending = renderOnce(file, render).finally(() => inFlight.delete(file));
    inFlight.set(file, pending);
  }
  return pending;
}

async function renderOnce(file: string, render: () => Promise<Buffer>): Promise<Buffer | undefined> {
  if (existsSync(file)) return undefined;
  const output = await render();
  await mkdir(path.dirname(file), { recursive: true });
  // Write then rename, under a name no other build can share: parallel builds sharing the
  // cache never read half a file, and a file once in the cache never changes (output folders
  // may link to it).
  const partial = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(partial, output);
  await rename(partial, file);
  return output;
}
