/**
 * The hand-annotated gold timelines (`tests/timeline-gold/`, see its GUIDE.md):
 * their format as a zod schema, reading them with errors that name the file
 * and the field, and finding the article each one annotates. The seed's gold
 * in `../shared/gold/` has the same format.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';

const isoDate = z.string().regex(/^-?\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'expected an ISO date cut to its precision (2012, 2012-02, 2012-02-10)' });

/** One event of a gold timeline, as a reader annotated it. */
export const goldEventSchema = z.strictObject({
  /** ISO 8601 cut to `precision`, as `TimelineEvent.date`. */
  date: isoDate,
  /** How much of the date the text states. */
  precision: z.enum(['day', 'month', 'year']),
  /** Present only when the text hedges the date; the values of `Qualifier` in `src/timeline/types.ts`. */
  qualifier: z.enum(['early', 'mid', 'late', 'before', 'after', 'around', 'spring', 'summer', 'autumn', 'winter']).optional(),
  /** Last day/month/year of a range ("6–8 June" ends on the 8th). */
  end: isoDate.optional(),
  /** The first words of the sentence, exactly as in the paragraph's plain text. */
  quote: z.string().min(1),
  /** Text of the nearest heading above the sentence; "" for the lead. */
  section: z.string(),
});

/** A gold timeline: its events in document order. */
export const goldTimelineSchema = z.array(goldEventSchema);

export type GoldEvent = z.infer<typeof goldEventSchema>;

/** Sections annotated, by article stem, for articles annotated only in part. */
const scopeSchema = z.record(z.string(), z.array(z.string()));

/** The folder of gold timelines, ending in a slash. */
export const GOLD_DIR = fileURLToPath(new URL('../timeline-gold/', import.meta.url));

/** One gold-annotated article. */
export interface GoldArticle {
  /** The article file's stem (`battle_of_hosn_` for `battle_of_hosn_.md`). */
  stem: string;
  events: GoldEvent[];
  /** The sections annotated, when the gold covers only part of the article. */
  scope?: string[];
}

/** Reads and checks one gold file; a bad file throws one line naming the file and the field. */
export function readGoldTimeline(path: string): GoldEvent[] {
  return parseJson(path, goldTimelineSchema);
}

/** Every gold file of `tests/timeline-gold/`, sorted by stem, with its scope. */
export function goldArticles(dir: string = GOLD_DIR): GoldArticle[] {
  const scopes = existsSync(`${dir}scope.json`) ? parseJson(`${dir}scope.json`, scopeSchema) : {};
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'scope.json')
    .sort()
    .map((name) => {
      const stem = name.slice(0, -'.json'.length);
      const scope = scopes[stem];
      const events = readGoldTimeline(dir + name);
      return scope === undefined ? { stem, events } : { stem, events, scope };
    });
}

/**
 * The file of the article a gold timeline annotates: the repository's own
 * (`articles/<stem>.md` beside the gold), else the shared corpus's; undefined
 * when neither is there, so the repository's own articles are scored even
 * without `../shared`.
 */
export function goldArticlePath(stem: string, corpusDir: string, dir: string = GOLD_DIR): string | undefined {
  return [`${dir}articles/${stem}.md`, `${corpusDir}${stem}.md`].find((path) => existsSync(path));
}

function parseJson<T>(path: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
}
