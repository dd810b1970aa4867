import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/articleLoader.ts';
import { contentDir } from './config/contentDir.ts';
import { articleDataSchema } from './schemas/article.ts';

const root = process.cwd();

const articles = defineCollection({
  loader: articleLoader({ dir: contentDir(root), root }),
  // The entry is the model the loader built, checked against the page contract. Only
  // `localImage` changes: `image()` turns the path into an imported asset that the image
  // service (sharp) resizes.
  schema: ({ image }) => articleDataSchema.extend({ localImage: image().optional() }),
});

export const collections = { articles };
