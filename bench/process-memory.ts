import { readFileSync, writeFileSync } from 'node:fs';

/** Peak resident memory of one process during one phase, in MiB. */
export interface MemoryPeak {
  /** Highest of the sampled VmRSS and of VmHWM since the phase began (when the kernel let us reset it). */
  peakRssMb: number;
  /** Highest VmRSS seen by sampling every `intervalMs`. */
  sampledPeakRssMb: number;
  /** VmHWM at the end of the phase: since the phase began if reset, else since the process started. */
  hwmMb: number;
  hwmSincePhaseStart: boolean;
  samples: number;
}

/** VmRSS and VmHWM of a process, in kB, from /proc/<pid>/status. */
export function readMemory(pid: number): { rssKb: number; hwmKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKb: field('VmRSS'), hwmKb: field('VmHWM') };
}

/**
 * Samples the resident memory of named processes during a phase. At the start it resets each one's high-water
 * mark (writing 5 to /proc/<pid>/clear_refs, allowed to the owner or root) so VmHWM then tells the true peak of
 * the phase, including spikes shorter than the sampling interval.
 */
export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  private readonly peaks = new Map<string, { maxRssKb: number; samples: number; reset: boolean }>();

  constructor(
    private readonly processes: Record<string, number>,
    private readonly intervalMs = 100,
  ) {}

  start(): this {
    for (const [name, pid] of Object.entries(this.processes)) {
      this.peaks.set(name, { maxRssKb: 0, samples: 0, reset: resetHighWaterMark(pid) });
    }
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this;
  }

  stop(): Record<string, MemoryPeak> {
    clearInterval(this.timer);
    this.sample();
    const result: Record<string, MemoryPeak> = {};
    for (const [name, pid] of Object.entries(this.processes)) {
      const peak = this.peaks.get(name)!;
      const { hwmKb } = readMemory(pid);
      const sampled = peak.maxRssKb / 1024;
      result[name] = {
        peakRssMb: round(peak.reset ? Math.max(sampled, hwmKb / 1024) : sampled),
        sampledPeakRssMb: round(sampled),
        hwmMb: round(hwmKb / 1024),
        hwmSincePhaseStart: peak.reset,
        samples: peak.samples,
      };
    }
    return result;
  }

  private sample(): void {
    for (const [name, pid] of Object.entries(this.processes)) {
      const peak = this.peaks.get(name)!;
      try {
        peak.maxRssKb = Math.max(peak.maxRssKb, readMemory(pid).rssKb);
        peak.samples += 1;
      } catch {
        // The process is gone; its ServiceProcess reports that, with its output.
      }
    }
  }
}

function resetHighWaterMark(pid: number): boolean {
  try {
    const before = readMemory(pid);
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const after = readMemory(pid);
    return after.hwmKb <= Math.max(before.rssKb, after.rssKb) * 1.05;
  } catch {
    return false;
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
