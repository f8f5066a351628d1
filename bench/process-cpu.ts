import { readdirSync, readFileSync } from 'node:fs';
import { round } from './stats';

/** Who spent the machine's CPU during a load point. */
export const CPU_GROUPS = ['api', 'engine', 'postgres', 'redis', 'worker', 'bench', 'other'] as const;
export type CpuGroup = (typeof CPU_GROUPS)[number];

/** CPU milliseconds per answered request, by group, over one load point. */
export type CpuPerAnswer = Record<CpuGroup, number>;

/** Clock ticks used so far, by pid, with each process's group. */
export type CpuReading = Map<number, { group: CpuGroup; ticks: number }>;

/** Linux reports process times in clock ticks; 100 per second on every kernel these machines run. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time of every process on the machine, summed by group: the bench's own API and worker by pid, the bench
 * process (the load generator runs in it), then Elasticsearch, Postgres and Redis by their command line. A process
 * that ends between two readings is not counted (its last ticks are lost; such processes are rare here).
 */
export function readCpuTicks(named: Record<string, number>): CpuReading {
  const byPid = new Map<number, CpuGroup>();
  for (const [name, pid] of Object.entries(named)) {
    if (name === 'api' || name === 'worker') byPid.set(pid, name);
  }
  byPid.set(process.pid, 'bench');
  const ticks: CpuReading = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      // The command name (field 2) may hold spaces; the times are fields 14 and 15, counted after its ')'.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      const used = Number(fields[11]) + Number(fields[12]);
      const group = byPid.get(pid) ?? groupOf(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      ticks.set(pid, { group, ticks: used });
    } catch {
      // Gone between the listing and the read.
    }
  }
  return ticks;
}

function groupOf(commandLine: string): CpuGroup {
  if (commandLine.includes('org.elasticsearch')) return 'engine';
  if (commandLine.startsWith('postgres')) return 'postgres';
  if (commandLine.includes('redis-server')) return 'redis';
  // The Postgres baseline's small HTTP server is part of the bench's tooling.
  if (commandLine.includes('postgres-baseline-server')) return 'bench';
  return 'other';
}

/** CPU per answer between two readings; processes started in between count from zero. */
export function cpuPerAnswer(before: CpuReading, after: CpuReading, answers: number): CpuPerAnswer {
  const total = Object.fromEntries(CPU_GROUPS.map((group) => [group, 0])) as CpuPerAnswer;
  for (const [pid, { group, ticks }] of after) total[group] += ticks - (before.get(pid)?.ticks ?? 0);
  for (const group of CPU_GROUPS) {
    total[group] = round((total[group] * 1000) / TICKS_PER_SECOND / Math.max(1, answers));
  }
  return total;
}

/** Busy and total jiffies of all cores so far, from the first line of /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const values = fields.map(Number);
  const total = values.slice(0, 8).reduce((sum, value) => sum + value, 0); // user … steal (guests are inside user)
  const idle = values[3] + values[4]; // idle + iowait
  return { busy: total - idle, total };
}

/**
 * Waits until the machine's cores are busy less than `maxBusy` of the time over half a second (at most
 * `timeoutMs`): what a load point leaves behind (the Postgres baseline's queries still running after its 32
 * connections stop, merges) would otherwise land on the next target's point. Returns whether it got quiet.
 */
export async function waitForQuietMachine(maxBusy = 0.25, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let last = machineTicks();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = machineTicks();
    const busy = (now.busy - last.busy) / Math.max(1, now.total - last.total);
    if (busy < maxBusy) return true;
    last = now;
  }
  return false;
}
