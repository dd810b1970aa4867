import { z } from 'astro/zod';

/**
 * The frontmatter format of the dataset's articles (the seed and `../shared/corpus`): a few page
 * fields and a list of Wikipedia infoboxes, each field of which carries its text plus the links and
 * formatting that the original wikitext had.
 */

/** A link inside an infobox field: `text` is the words to link, `page` the Wikipedia page. */
export const infoboxLinkSchema = z.looseObject({
  /** The words of the field's text that carry the link; absent means "the page name itself". */
  text: z.string().optional(),
  /** `internal` for Wikipedia pages; other kinds are kept but rendered the same way. */
  type: z.string().optional(),
  /** Target page title, with spaces (`Al-Qusayr, Syria`). The dataset sometimes writes `undefined`. */
  page: z.string().optional(),
  /** Section of the target page (`#Al-Bab`). */
  anchor: z.string().optional(),
});

/** One infobox field: its text, and optionally links, bold/italic phrases and a parsed number. */
export const infoboxFieldSchema = z.looseObject({
  /** The field's text. Lines starting with `*` are list items, as in wikitext. */
  text: z.coerce.string(),
  /** Words of `text` that link to Wikipedia pages. */
  links: z.array(infoboxLinkSchema).optional(),
  /** Phrases of `text` that the wikitext set in bold or italics. */
  formatting: z
    .looseObject({
      bold: z.array(z.coerce.string()).optional(),
      italic: z.array(z.coerce.string()).optional(),
    })
    .optional(),
  /** The number the dataset read from `text` (`map_size: 290`). */
  number: z.number().optional(),
});

/** One infobox: Wikipedia field names (`combatant1`, `date`, `map_type`…) to fields, in wikitext order. */
export const infoboxSchema = z.record(z.string(), infoboxFieldSchema, {
  error: 'expected an infobox: a mapping of field names to { text, links?, formatting? }',
});

/** The whole frontmatter. Unknown keys (`layout`, `heroImage`…) are kept, not rejected. */
export const frontmatterSchema = z.looseObject({
  /** The article title; also the source of the page's URL slug. */
  title: z.string({ error: 'required: the article needs a title' }).trim().min(1, { error: 'must not be empty' }),
  /** Wikipedia's short description ("Battle of the Syrian civil war"). */
  shortDescription: z.coerce.string().optional(),
  /** A summary paragraph, used for the page description and share cards. */
  description: z.coerce.string().optional(),
  /** A summary for news posts (used when `description` is absent). */
  excerpt: z.coerce.string().optional(),
  /** Who wrote it ("Wikipedia"). */
  author: z.coerce.string().optional(),
  /** The lead image: a remote URL, or a bare file name that only the original site had. */
  img: z.coerce.string().optional(),
  /** `News` marks a news post (shown with its date and author, not as a battle). */
  category: z.coerce.string().optional(),
  /** The conflict or theatre the site groups the article under, when its infobox does not say. */
  conflict: z.coerce.string().optional(),
  /** Publication date of news posts, as written ("14 Jul 2022"); kept as text. */
  pubDate: z.coerce.string().optional(),
  /** Wikipedia infoboxes; the first one is the article's sidebar. `- {}` is an empty infobox. */
  infoboxes: z.array(infoboxSchema, { error: 'expected a list of infoboxes (a YAML sequence starting with "- ")' }).optional(),
});

export type InfoboxLink = z.infer<typeof infoboxLinkSchema>;
export type InfoboxField = z.infer<typeof infoboxFieldSchema>;
export type Infobox = z.infer<typeof infoboxSchema>;
export type Frontmatter = z.infer<typeof frontmatterSchema>;
