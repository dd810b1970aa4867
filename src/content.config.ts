import path from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleLoader } from './loaders/articleLoader.ts';
import type { Frontmatter } from './schemas/frontmatter.ts';
import type { InfoboxModel } from './model/buildInfobox.ts';
import type { Heading } from './render/renderMarkdown.ts';
import type { MapModel } from './model/buildMapModel.ts';
import type { ArticleEvent } from './model/article.ts';

const root = process.cwd();
/** `CONTENT_DIR=/some/folder npm run build` builds another set of articles (tests, big projects). */
const contentDir = path.resolve(root, process.env['CONTENT_DIR'] ?? 'content');
/** `SKIP_INVALID=1 npm run build` leaves bad articles out (one line each) instead of stopping. */
const skipInvalid = process.env['SKIP_INVALID'] === '1';

/** Already checked by the loader, which names file and field in one line; typed here for the pages. */
const built = <T>() => z.custom<T>(() => true);

const articles = defineCollection({
  loader: articleLoader({ dir: contentDir, root, skipInvalid }),
  // The entry is the model the loader built (see `ArticleData`). Only `localImage` needs Astro:
  // `image()` turns the path into an imported asset that the image service (sharp) resizes.
  schema: ({ image }) =>
    z.object({
      slug: z.string(),
      sourceFile: z.string(),
      title: z.string(),
      shortDescription: z.string().optional(),
      summary: z.string().optional(),
      frontmatter: built<Frontmatter>(),
      infobox: built<InfoboxModel>().optional(),
      remoteImage: z.string().optional(),
      localImage: image().optional(),
      leadHtml: z.string(),
      timeline: built<ArticleEvent[]>(),
      headings: built<Heading[]>(),
      map: built<MapModel>().optional(),
    }),
});

export const collections = { articles };
