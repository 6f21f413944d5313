import fs from 'fs';

/** A process's resident set now and at its peak (VmHWM), in MiB, from /proc (Linux). */
export interface Memory {
  rss: number;
  peak: number;
}

export function readMemory(pid: number): Memory {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const mib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: mib('VmRSS'), peak: mib('VmHWM') };
}

/**
 * Sets the process's peak back to its current resident set (writing 5 to clear_refs, which a process's owner may), so
 * the peak read after a request is that request's. Answers false where the kernel does not allow it: the peak read
 * then is the process's lifetime peak, and only a request that raises it shows.
 */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** The process that serves: `strapi start` may run the server in a child of the process it started as. */
export function servingPid(pid: number): number {
  let current = pid;
  for (;;) {
    let children: string[];
    try {
      children = fs.readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      return current;
    }
    if (children.length !== 1) return current;
    current = Number(children[0]);
  }
}
