import { z } from 'astro/zod';

/**
 * The frontmatter format of the dataset's articles (the seed and `../shared/corpus`): a few page
 * fields and a list of Wikipedia infoboxes, each field of which carries its text plus the links and
 * formatting that the original wikitext had.
 */

/**
 * Text as YAML may write it: a string, or a number or boolean read back as the author typed it
 * (`map_size: 290`, `title: 1984`). A list or mapping where text belongs is refused, not joined
 * with commas into a string the author never wrote.
 */
const text = z
  .union([z.string(), z.number(), z.boolean()], {
    error: (issue) => (issue.input === undefined ? 'required' : `expected text, not ${Array.isArray(issue.input) ? 'a list' : 'a mapping'}`),
  })
  .transform(String);

/** The longest title read. */
const MAX_TITLE_LENGTH = 300;

/** Format characters (zero-width spaces and joiners, bidi controls, BOM) and spaces: nothing to read. */
const INVISIBLE = /^[\p{Cf}\p{Z}\s]*$/u;

/**
 * An infobox field that is only `text: null` (or has no text at all) reads as absent, like a
 * null field: the dataset writes empty fields both ways.
 */
function withoutEmptyFields(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => !(field !== null && typeof field === 'object' && !Array.isArray(field) && !('text' in field))),
  );
}

/** A link inside an infobox field: `text` is the words to link, `page` the Wikipedia page. */
export const infoboxLinkSchema = z.looseObject({
  /** The words of the field's text that carry the link; absent means "the page name itself". */
  text: text.optional(),
  /** `internal` for Wikipedia pages; other kinds are kept but rendered the same way. */
  type: text.optional(),
  /** Target page title, with spaces (`Al-Qusayr, Syria`). The dataset sometimes writes `undefined`. */
  page: text.optional(),
  /** Section of the target page (`#Al-Bab`). */
  anchor: text.optional(),
});

/** One infobox field: its text, and optionally links, bold/italic phrases and a parsed number. */
export const infoboxFieldSchema = z.looseObject({
  /** The field's text. Lines starting with `*` are list items, as in wikitext. */
  text,
  /** Words of `text` that link to Wikipedia pages. */
  links: z.array(infoboxLinkSchema).optional(),
  /** Phrases of `text` that the wikitext set in bold or italics. */
  formatting: z
    .looseObject({
      bold: z.array(text).optional(),
      italic: z.array(text).optional(),
    })
    .optional(),
  /** The number the dataset read from `text` (`map_size: 290`). */
  number: z.number().optional(),
});

/** One infobox: Wikipedia field names (`combatant1`, `date`, `map_type`…) to fields, in wikitext order. */
export const infoboxSchema = z.preprocess(
  withoutEmptyFields,
  z.record(z.string(), infoboxFieldSchema, {
    error: 'expected an infobox: a mapping of field names to { text, links?, formatting? }',
  }),
);

/** The whole frontmatter. Unknown keys (`layout`, `heroImage`…) are kept, not rejected. */
export const frontmatterSchema = z.looseObject({
  /** The article title; also the source of the page's URL slug. */
  title: z
    .union([z.string(), z.number()], {
      error: (issue) =>
        issue.input === undefined ? 'required: the article needs a title' : `expected text, not ${Array.isArray(issue.input) ? 'a list' : 'a mapping'}`,
    })
    .transform(String)
    .pipe(
      z
        .string()
        .trim()
        .min(1, { error: 'must not be empty' })
        // Wikipedia's own limit is 255 bytes; a title goes into the URL, the card and every event page.
        .max(MAX_TITLE_LENGTH, { error: `is longer than ${MAX_TITLE_LENGTH} characters` })
        .refine((title) => !INVISIBLE.test(title), { error: 'has only invisible characters' }),
    ),
  /** Wikipedia's short description ("Battle of the Syrian civil war"). */
  shortDescription: text.optional(),
  /** A summary paragraph, used for the page description and share cards. */
  description: text.optional(),
  /** A summary for news posts (used when `description` is absent). */
  excerpt: text.optional(),
  /** Who wrote it ("Wikipedia"). */
  author: text.optional(),
  /** The lead image: a remote URL, or a bare file name that only the original site had. */
  img: text.optional(),
  /** `News` marks a news post (shown with its date and author, not as a battle). */
  category: text.optional(),
  /** The conflict or theatre the site groups the article under, when its infobox does not say. */
  conflict: text.optional(),
  /** Publication date of news posts, as written ("14 Jul 2022"); kept as text. */
  pubDate: text.optional(),
  /** Wikipedia infoboxes; the first one is the article's sidebar. `- {}` is an empty infobox. */
  infoboxes: z.array(infoboxSchema, { error: 'expected a list of infoboxes (a YAML sequence starting with "- ")' }).optional(),
});

export type InfoboxLink = z.infer<typeof infoboxLinkSchema>;
export type InfoboxField = z.infer<typeof infoboxFieldSchema>;
export type Infobox = z.infer<typeof infoboxSchema>;
export type Frontmatter = z.infer<typeof frontmatterSchema>;
