import fs from 'fs';

const SAMPLE_EVERY_MS = 1000;

/** One reading of the resident set, in MiB, at seconds since sampling began. */
export interface RssSample {
  at: number;
  mib: number;
}

export interface RssFigures {
  start: number;
  afterWarmUp: number;
  end: number;
  peak: number;
  /** End minus after warm-up: what the run kept once the server had reached its working size. */
  growth: number;
  samples: RssSample[];
}

/** VmRSS from /proc (Linux), in MiB; null once the process is gone. */
export function readRssMib(pid: number): number | null {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  return kib === undefined ? null : Number(kib) / 1024;
}

/** Samples a process's RSS every second until `stop`, which answers the samples taken, the first at 0 s. */
export function sampleRss(pid: number): { stop: () => RssSample[] } {
  const started = performance.now();
  const samples: RssSample[] = [];
  const take = () => {
    const mib = readRssMib(pid);
    if (mib !== null) samples.push({ at: (performance.now() - started) / 1000, mib });
  };
  take();
  const timer = setInterval(take, SAMPLE_EVERY_MS);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

/**
 * The figures of a run from its samples. "After warm-up" is the last sample taken by `warmUpSeconds`: until then the
 * server is still filling its caches, connection pools and V8's heap, which is growth by design, not a leak.
 */
export function rssFigures(samples: RssSample[], warmUpSeconds: number): RssFigures {
  if (samples.length === 0) throw new Error('No memory sample of the CMS was taken: is /proc readable?');
  const warm = samples.filter((sample) => sample.at <= warmUpSeconds).pop() ?? samples[0];
  const start = samples[0].mib;
  const end = samples[samples.length - 1].mib;
  const peak = Math.max(...samples.map((sample) => sample.mib));
  return { start, afterWarmUp: warm.mib, end, peak, growth: end - warm.mib, samples };
}
