// @ts-check
import { defineConfig } from 'astro/config';

// The build benchmark's baseline: plain Astro markdown, nothing of ours. It runs on the root
// repository's node_modules (`astro build --root bench/baseline-site`).
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Each benchmark build gets a fresh cache, so Astro renders every markdown body (as ours does).
  ...(process.env.BASELINE_CACHE_DIR ? { cacheDir: process.env.BASELINE_CACHE_DIR } : {}),
});
