#!/usr/bin/env node
/** Executable of `npm run timeline`; Node 24 runs it as is (type stripping). */
import { runTimelineCli } from './timelineCli.ts';

process.exitCode = await runTimelineCli(process.argv.slice(2), process);
