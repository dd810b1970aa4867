// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Tests build several sites side by side; each gets its own cache so they never share a data store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
});
