import { z } from 'astro/zod';

/**
 * The site's own settings, read from `site.yaml` in the content folder (see README "Site
 * settings"). Every field has a default that fits any dataset, so a folder of articles with no
 * `site.yaml` still builds a site; what a dataset is about lives in its content folder, not here.
 */

/** A conflict or theatre the home page, chronology and map group articles under. */
export const siteGroupSchema = z.strictObject({
  /** The heading readers see ("Syrian civil war"); also the URL of its chronology. */
  name: z.string({ error: 'required: the group needs a name' }).trim().min(1, { error: 'must not be empty' }),
  /**
   * Words that put an article in this group when they occur (any case) in its infobox `partof`,
   * `battles` or `conflict`, its short description, title or place ("Syria", "Daraa insurgency").
   */
  match: z.array(z.string().trim().min(1, { error: 'must not be empty' }), { error: 'expected a list of words' }).default([]),
});

/** Who wrote the text, and under which licence, for every page's footer. */
export const sourceCreditSchema = z.strictObject({
  text: z.string().trim().min(1).default('Text from Wikipedia'),
  licence: z.string().trim().min(1).default('CC BY-SA 4.0'),
  licenceUrl: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).default('https://creativecommons.org/licenses/by-sa/4.0/'),
});

export const siteSettingsSchema = z.strictObject({
  /** The site's name: page header, `og:site_name`, share cards and the web app manifest. */
  name: z.string().trim().min(1, { error: 'must not be empty' }).default('Documentary'),
  /** A short name for the home screen of a phone (manifest `short_name`). */
  shortName: z.string().trim().min(1, { error: 'must not be empty' }).optional(),
  /** One sentence for the home page's description and the manifest. */
  description: z.string().trim().min(1).default('Articles with their infobox, a dated timeline and a map.'),
  /** BCP 47 language of the text (`<html lang>`). */
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, { error: 'expected a language tag such as "en" or "en-GB"' })
    .default('en'),
  sourceCredit: sourceCreditSchema.prefault({}),
  /** Groups in the order the home page shows them; groups found in the data but not listed follow. */
  groups: z.array(siteGroupSchema, { error: 'expected a list of groups (a YAML sequence starting with "- ")' }).default([]),
  /** The heading of articles that name no conflict the site can tell. */
  otherGroup: z.string().trim().min(1).default('Other articles'),
  /**
   * The share card of an event's page: its own (`event`, the day and its sentence), or its
   * article's (`article`). A card per event is a file per event: `article` halves the files of a
   * very big site, a third of its size and most of its cold build (README "Deploy").
   */
  eventCards: z.enum(['event', 'article'], { error: 'expected "event" or "article"' }).default('event'),
});

export type SiteGroup = z.infer<typeof siteGroupSchema>;
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
