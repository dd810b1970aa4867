import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

declare global {
  var testTempRoot: string | undefined;
}

/**
 * Points the run's temporary files into one folder of its own, removed when the run ends: tests make scratch folders
 * with `mkdtemp(tmpdir())` (gold sets, caches, CLI output, browser profiles), and left to themselves they piled up in
 * /tmp, hundreds per run. `os.tmpdir()` reads TMPDIR, which the workers inherit. Every tier names this setup; the
 * first call makes the folder and later tiers of the same run share it.
 */
export default function setup(): () => void {
  const owner = globalThis.testTempRoot === undefined;
  globalThis.testTempRoot ??= mkdtempSync(path.join(tmpdir(), 'conflict-documentary-tests-'));
  process.env['TMPDIR'] = globalThis.testTempRoot;
  return () => {
    if (owner && globalThis.testTempRoot !== undefined) rmSync(globalThis.testTempRoot, { recursive: true, force: true });
  };
}
