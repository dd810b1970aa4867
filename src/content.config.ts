import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleLoader } from './loaders/articleLoader.ts';
import { contentDir } from './config/contentDir.ts';
import type { Frontmatter } from './schemas/frontmatter.ts';
import type { InfoboxModel } from './model/buildInfobox.ts';
import type { Heading } from './render/renderMarkdown.ts';
import type { MapModel } from './model/buildMapModel.ts';
import type { ArticleEvent } from './model/article.ts';

const root = process.cwd();

/** Already checked by the loader, which names file and field in one line; typed here for the pages. */
const built = <T>() => z.custom<T>(() => true);

const articles = defineCollection({
  loader: articleLoader({ dir: contentDir(root), root }),
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
