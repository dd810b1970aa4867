/**
 * A problem with one content file, reported as one line: `<file>: <field>: <problem>`. The build
 * prints it as is, so an author can fix the file without reading a stack trace.
 */
export class ArticleError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'ArticleError';
    this.file = file;
    this.field = field;
    // An author's mistake, not a bug: the one line is the whole report, and Astro prints no
    // stack trace for an error without one.
    this.stack = '';
  }
}
