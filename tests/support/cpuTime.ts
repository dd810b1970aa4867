/**
 * Milliseconds of processor time this process spent running `work`: unlike wall time, it does
 * not grow when other jobs share the machine, so a bound on it catches super-linear work, not a
 * busy machine.
 */
export async function cpuMilliseconds(work: () => unknown): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

/** {@link cpuMilliseconds} for synchronous work (fast-check properties). */
export function cpuMillisecondsSync(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}
