import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { siteSettingsSchema, type SiteSettings } from '../schemas/siteSettings.ts';
import { ArticleError } from '../parse/ArticleError.ts';
import { contentDir } from './contentDir.ts';

/**
 * Reads `site.yaml` text (or nothing: every default) into the settings. A bad file stops the build
 * with one line naming the file and the field.
 */
export function parseSiteSettings(text: string | undefined, fileName: string): SiteSettings {
  let raw: unknown;
  try {
    raw = text === undefined ? {} : (parseYaml(text) ?? {});
  } catch (error) {
    throw new ArticleError(fileName, 'yaml', error instanceof Error ? (error.message.split('\n')[0] ?? 'invalid YAML') : 'invalid YAML');
  }
  const result = siteSettingsSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ArticleError(fileName, issue?.path.join('.') || '(top level)', issue?.message ?? 'invalid settings');
}

const cache = new Map<string, SiteSettings>();

/** The settings of the content folder being built (`<CONTENT_DIR>/site.yaml`), read once per folder. */
export function siteSettings(dir: string = contentDir()): SiteSettings {
  const known = cache.get(dir);
  if (known) return known;
  const file = path.join(dir, 'site.yaml');
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  // Named as the author knows it: relative to the project when inside it.
  const relative = path.relative(process.cwd(), file);
  const settings = parseSiteSettings(text, relative.startsWith('..') ? file : relative);
  cache.set(dir, settings);
  return settings;
}
