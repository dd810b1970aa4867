import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/articleLoader.ts';
import { contentDir } from './config/contentDir.ts';
import { articleDataSchema } from './schemas/article.ts';

const root = process.cwd();
/** `SKIP_INVALID=1 npm run build` leaves bad articles out (one line each) instead of stopping. */
const skipInvalid = process.env['SKIP_INVALID'] === '1';

const articles = defineCollection({
  loader: articleLoader({ dir: contentDir(root), root, skipInvalid }),
  // The entry is the model the loader built, checked against the page contract. Only
  // `localImage` changes: `image()` turns the path into an imported asset that the image
  // service (sharp) resizes.
  schema: ({ image }) => articleDataSchema.extend({ localImage: image().optional() }),
});

export const collections = { articles };
