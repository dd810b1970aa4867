import path from 'node:path';
import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/articleLoader.ts';
import { articleDataSchema } from './schemas/article.ts';

const root = process.cwd();
/** `CONTENT_DIR=/some/folder npm run build` builds another set of articles (tests, big projects). */
const contentDir = path.resolve(root, process.env['CONTENT_DIR'] ?? 'content');

const articles = defineCollection({
  loader: articleLoader({ dir: contentDir, root }),
  // The entry is the model the loader built, checked against the page contract. Only
  // `localImage` changes: `image()` turns the path into an imported asset that the image
  // service (sharp) resizes.
  schema: ({ image }) => articleDataSchema.extend({ localImage: image().optional() }),
});

export const collections = { articles };
