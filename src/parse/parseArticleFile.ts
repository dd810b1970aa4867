import matter from 'gray-matter';
import type { ZodError } from 'astro/zod';
import { frontmatterSchema, type Frontmatter } from '../schemas/frontmatter.ts';
import { ArticleError } from './ArticleError.ts';
import { capInfoboxFields } from './capInfoboxFields.ts';
import { controlCharacterLine, findControlCharacter } from './findControlCharacter.ts';
import { escapeDenseMarkup, MAX_MARKS_PER_PARAGRAPH } from './escapeDenseMarkup.ts';
import { formatFieldPath } from './formatFieldPath.ts';
import { deepestNesting, MAX_NESTING } from './nestingDepth.ts';
import { readFrontmatterYaml } from './readFrontmatterYaml.ts';

/** A content file split into validated frontmatter and its markdown body. */
export interface ParsedArticleFile {
  frontmatter: Frontmatter;
  body: string;
  /** Fields cut to the caps of `capInfoboxFields`, one line each, without the file name. */
  warnings: string[];
}

/**
 * Reads one article file: strips a BOM, normalises CRLF, parses the YAML frontmatter and validates
 * it. Every failure is an {@link ArticleError} naming `file` and the field at fault.
 */
export function parseArticleFile(raw: string, file: string): ParsedArticleFile {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let data: unknown;
  let body: string;
  try {
    // The `yaml` package's core schema keeps `2012-02-10` a string; gray-matter's default
    // js-yaml would turn it into a UTC Date and shift it a day in some time zones.
    const parsed = matter(text, { engines: { yaml: (source: string) => readFrontmatterYaml(source, file) as object } });
    data = parsed.data;
    body = parsed.content;
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ArticleError(file, 'frontmatter', `invalid YAML: ${reason}`);
  }
  const control = findControlCharacter(data);
  if (control) throw new ArticleError(file, control.field, `contains the control character ${control.code}; remove it`);
  const bodyControl = controlCharacterLine(body);
  if (bodyControl) throw new ArticleError(file, 'body', `line ${bodyControl.line} of the text contains the control character ${bodyControl.code}; remove it`);
  const nesting = deepestNesting(body);
  if (nesting.depth > MAX_NESTING)
    throw new ArticleError(file, 'body', `line ${nesting.line} nests ${nesting.depth} levels of lists or quotes; at most ${MAX_NESTING} are read`);
  const result = frontmatterSchema.safeParse(withoutNulls(data));
  if (!result.success) throw errorFromZod(result.error, file);
  const capped = capInfoboxFields(result.data);
  const dense = escapeDenseMarkup(body);
  const warnings = [
    ...capped.warnings,
    ...dense.lines.map(
      (line) =>
        `body: the paragraph at line ${line} of the text has more than ${MAX_MARKS_PER_PARAGRAPH.toLocaleString('en')} emphasis or link marks; they are shown as text`,
    ),
  ];
  return { frontmatter: capped.frontmatter, body: dense.markdown, warnings };
}

/** YAML `~`/empty values mean "absent" in this dataset, so they are dropped before validation. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item != null).map(withoutNulls);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item != null);
    return Object.fromEntries(entries.map(([key, item]) => [key, withoutNulls(item)]));
  }
  return value;
}

function errorFromZod(error: ZodError, file: string): ArticleError {
  const issue = error.issues[0];
  if (!issue) return new ArticleError(file, 'frontmatter', 'invalid');
  return new ArticleError(file, formatFieldPath(issue.path), issue.message);
}
