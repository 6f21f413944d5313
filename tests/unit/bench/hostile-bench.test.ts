import { requestClasses } from '../../../bench/lib/hostile-requests';
import { readMemory, servingPid } from '../../../bench/lib/process-memory';

// Node's HTTP parser answers 431 past 16 KB of request line and headers, which would measure Node, not the CMS.
const NODE_HEADER_LIMIT = 16 * 1024;

describe('The hostile-request bench', () => {
  it('keeps every query-string class under the request line Node accepts, so the CMS answers it', () => {
    for (const { name, hostile, baseline } of requestClasses()) {
      for (const probe of [hostile, baseline]) expect([name, probe.path.length < NODE_HEADER_LIMIT - 512]).toEqual([name, true]);
    }
  });

  it('builds a new body for every send, so repeated saves are new drafts', () => {
    const [related] = requestClasses();
    expect(related.baseline.body?.()).not.toEqual(related.baseline.body?.());
  });

  it("reads a process's resident set and its peak from /proc", () => {
    const memory = readMemory(process.pid);
    expect(memory.rss).toBeGreaterThan(1);
    expect(memory.peak).toBeGreaterThanOrEqual(memory.rss);
    expect(servingPid(process.pid)).toBeGreaterThan(0);
  });
});
