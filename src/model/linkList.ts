import type { TextRun } from './types.ts';

/**
 * Whether a line is only links, with nothing a reader would read besides them (commas, spaces, a
 * flag): "Al-Qusayr, Homs Governorate, Syria". Such links are controls of their own, not words in
 * a sentence, so touch screens give each a full 44 px target.
 */
export function isLinkList(runs: readonly TextRun[]): boolean {
  return runs.some((run) => run.href !== undefined) && runs.every((run) => run.href !== undefined || !/[\p{L}\p{N}]/u.test(run.text));
}
