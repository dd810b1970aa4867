/**
 * Runs one build as a child process and measures it: wall time, user+sys CPU of the whole process
 * tree, and peak memory (the largest sum of RSS over the tree, polled from /proc).
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync, closeSync } from 'node:fs';

/** GNU time reports CPU of every waited-for descendant exactly; Node's own APIs cannot. */
const GNU_TIME = '/usr/bin/time';
const POLL_MS = 50;
const CLOCK_TICKS_PER_SECOND = 100;

/** What one build cost. */
export interface BuildMeasurement {
  /** Seconds from spawn to exit. */
  wallSeconds: number;
  /** User + system CPU seconds of the build and all its descendants. */
  cpuSeconds: number;
  /** Largest resident memory of the process tree seen at any poll, in MiB. */
  peakRssMb: number;
  exitCode: number;
}

/** A Node command (`args` go after the node binary) with its folder, environment and log file. */
export interface BuildCommand {
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout and stderr of the build go here, to read when it fails. */
  logFile: string;
}

/** Runs `command` with the current Node binary and measures it. */
export async function measureBuild(command: BuildCommand): Promise<BuildMeasurement> {
  const timeFile = `${command.logFile}.time`;
  const useTime = existsSync(GNU_TIME);
  const [file, args] = useTime ? [GNU_TIME, ['-o', timeFile, '-f', '%U %S %M', process.execPath, ...command.args]] : [process.execPath, command.args];
  const log = openSync(command.logFile, 'w');
  const start = performance.now();
  const child = spawn(file, args, { cwd: command.cwd, env: command.env, stdio: ['ignore', log, log] });
  let peakKb = 0;
  let polledCpuTicks = 0;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const tree = processTree(child.pid);
    peakKb = Math.max(peakKb, sum(tree.map(rssKb)));
    polledCpuTicks = Math.max(polledCpuTicks, sum(tree.map(cpuTicks)));
  }, POLL_MS);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const wallSeconds = (performance.now() - start) / 1000;
  clearInterval(poll);
  closeSync(log);
  let cpuSeconds = polledCpuTicks / CLOCK_TICKS_PER_SECOND;
  if (useTime && existsSync(timeFile)) {
    // The last line: GNU time puts "Command exited with non-zero status" lines first.
    const [user, system, maxKb] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuSeconds = user + system;
    // The largest single process, in case the tree peaked between two polls.
    if (maxKb !== undefined && Number.isFinite(maxKb)) peakKb = Math.max(peakKb, maxKb);
  }
  return { wallSeconds, cpuSeconds, peakRssMb: peakKb / 1024, exitCode };
}

/** `pid` and all its live descendants, through each thread's `children` file. */
function processTree(pid: number): number[] {
  const pids = [pid];
  for (let index = 0; index < pids.length; index += 1) {
    const parent = pids[index];
    for (const task of safeList(`/proc/${parent}/task`)) {
      const children = safeRead(`/proc/${parent}/task/${task}/children`).trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    }
  }
  return pids;
}

function rssKb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(safeRead(`/proc/${pid}/status`));
  return match ? Number(match[1]) : 0;
}

/** utime + stime + cutime + cstime (fields 14–17 of /proc/<pid>/stat), a fallback without GNU time. */
function cpuTicks(pid: number): number {
  const stat = safeRead(`/proc/${pid}/stat`);
  // The command name (field 2) may hold spaces; fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return sum(fields.slice(11, 15).map(Number));
}

// A process can exit between listing and reading: treat it as gone.
function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + (Number.isFinite(value) ? value : 0), 0);
}
