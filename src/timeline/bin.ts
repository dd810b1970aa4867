#!/usr/bin/env node
/**
 * Executable for `runTimelineCli`; Node 24 runs it directly (type stripping):
 * `node src/timeline/bin.ts content/article.md`.
 */
import { runTimelineCli } from './cli.ts';

process.exitCode = runTimelineCli(process.argv.slice(2), process);
