import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/**
 * The folder of articles the benchmark generated (`BASELINE_CONTENT_DIR`); by default the
 * project's own `content/`, relative to the repository root the build is run from.
 */
const base = path.resolve(process.env['BASELINE_CONTENT_DIR'] ?? 'content');

// No schema: the baseline measures Astro's own markdown rendering, not validation.
const articles = defineCollection({ loader: glob({ pattern: '*.md', base }) });

export const collections = { articles };
