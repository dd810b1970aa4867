/**
 * `npm run timeline -- <file.md>`: prints an article's timeline as JSON, to
 * check extraction on a new article without building the site.
 */
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { extractTimeline } from './extractTimeline.ts';
import type { TimelineContext } from './types.ts';

/** Where the CLI writes and reads; tests pass their own. */
export interface TimelineCliIo {
	stdout: { write(text: string): unknown };
	stderr: { write(text: string): unknown };
	readFile?: (path: string) => string;
}

/**
 * Runs the CLI on `argv` (the arguments after the script: one file path) and
 * returns the exit code: 0 with the events as 2-space JSON on stdout, else 1
 * (2 for a usage error) with one line `timeline: <file>: <problem>` on stderr.
 */
export function runTimelineCli(argv: readonly string[], io: TimelineCliIo): number {
	const file = argv[0];
	if (file === undefined || argv.length !== 1) {
		io.stderr.write('timeline: usage: timeline <article.md>\n');
		return 2;
	}
	const readFile = io.readFile ?? ((path: string) => readFileSync(path, 'utf8'));
	let source: string;
	try {
		source = readFile(file);
	} catch (error) {
		io.stderr.write(`timeline: ${file}: ${isMissing(error) ? 'no such file' : oneLine(error)}\n`);
		return 1;
	}
	let parsed: { data: unknown; content: string };
	try {
		// An empty options object bypasses gray-matter's cache, which would hand back a stale parse.
		parsed = matter(source, {});
	} catch (error) {
		io.stderr.write(`timeline: ${file}: invalid frontmatter: ${oneLine(error)}\n`);
		return 1;
	}
	const events = extractTimeline(parsed.content, timelineContext(parsed.data));
	io.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
	return 0;
}

/** The parts of the seed's frontmatter format that date the story: `title` and `infoboxes[0].date.text`. */
export function timelineContext(data: unknown): TimelineContext {
	const context: TimelineContext = {};
	if (!isRecord(data)) return context;
	if (typeof data['title'] === 'string') context.title = data['title'];
	const infobox = Array.isArray(data['infoboxes']) ? data['infoboxes'][0] : undefined;
	const date = isRecord(infobox) ? infobox['date'] : undefined;
	if (isRecord(date) && typeof date['text'] === 'string') context.infoboxDate = date['text'];
	return context;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMissing(error: unknown): boolean {
	return isRecord(error) && error['code'] === 'ENOENT';
}

/** YAML errors span several lines (with a code frame); the CLI promises one. */
function oneLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0]?.trim() ?? 'unknown error';
}
