import path from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleLoader } from './loaders/articleLoader';
import type { ArticleData } from './model/article';

const root = process.cwd();
/** `CONTENT_DIR=/some/folder npm run build` builds another set of articles (tests, big projects). */
const contentDir = path.resolve(root, process.env['CONTENT_DIR'] ?? 'content');

const articles = defineCollection({
  loader: articleLoader({ dir: contentDir, root }),
  // The loader validates the frontmatter itself (to name file and field in one line); the entry
  // is the model built from it, typed here for the pages.
  schema: z.custom<ArticleData>((value) => typeof value === 'object' && value !== null),
});

export const collections = { articles };
