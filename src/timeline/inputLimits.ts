/**
 * How much text the timeline reads at once. Real sentences of the dataset stay under a thousand
 * characters and infobox dates under a hundred; a pasted table, a run-on dump or a hostile file
 * can be a single "sentence" of megabytes, and date recognition (chrono-node's patterns) costs
 * more than linear time on such a string. Past these caps the text is left off the timeline and
 * the build warns, naming the file: the page still shows it as prose.
 */

/** The longest sentence whose dates are read. */
export const MAX_SENTENCE_LENGTH = 2_000;
/** The most of the title and infobox date read for the story's years. */
export const MAX_CONTEXT_FIELD_LENGTH = 500;

/** `text` cut to `MAX_CONTEXT_FIELD_LENGTH`, warning once when it had to be cut. */
export function capContextField(text: string | undefined, field: string, warn: (message: string) => void): string | undefined {
  if (text === undefined || text.length <= MAX_CONTEXT_FIELD_LENGTH) return text;
  warn(`${field}: ${text.length.toLocaleString('en')} characters; only the first ${MAX_CONTEXT_FIELD_LENGTH} are read for the years of the timeline`);
  return text.slice(0, MAX_CONTEXT_FIELD_LENGTH);
}

/** Counts the sentences left off, for one warning per article instead of one per sentence. */
export class LongSentences {
  count = 0;
  longest = 0;

  /** Whether `sentence` is too long to read; counts it when it is. */
  skip(sentence: string): boolean {
    if (sentence.length <= MAX_SENTENCE_LENGTH) return false;
    this.count += 1;
    this.longest = Math.max(this.longest, sentence.length);
    return true;
  }

  /** Warns about the sentences left off, if any. */
  report(warn: (message: string) => void): void {
    if (this.count === 0) return;
    const what = this.count === 1 ? 'a sentence' : `${this.count} sentences`;
    warn(
      `body: ${what} longer than ${MAX_SENTENCE_LENGTH.toLocaleString('en')} characters (the longest has ${this.longest.toLocaleString('en')}) left off the timeline`,
    );
  }
}
