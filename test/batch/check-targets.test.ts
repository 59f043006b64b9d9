import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfPool } from '../../src/attachments/pdf/pdf-pool.js';
import { checkTargets, resolveTargets, type CheckProgress } from '../../src/check-targets.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { runAround } from '../helpers/runs.js';
import { writeBatch } from './batch-fixtures.js';

const NOW = new Date('2023-02-01T09:00:00+07:00');
let root: string;
let batch: ReturnType<typeof writeBatch>;

beforeAll(() => {
  root = tempDir('gecc-batch-');
  batch = writeBatch(root);
});
afterAll(() => removeTempDirs());

describe('checkTargets on a batch', () => {
  it('reports the applications in the order of the folders, checked four at a time', async () => {
    const report = await checkTargets([root], { now: NOW, concurrency: 4 });
    expect(report.applications.map((a) => a.path)).toEqual(resolveTargets([root]).map((t) => t.display));
    expect(report.applications.map((a) => a.unit.name)).toEqual([batch.names[0], undefined, batch.names[2], batch.names[3]]);
  });

  it('gives the same results at any concurrency', async () => {
    const one = await checkTargets([root], { now: NOW, concurrency: 1 });
    const four = await checkTargets([root], { now: NOW, concurrency: 4 });
    const strip = (r: typeof one) => r.applications.map(({ catalogue: _c, ...rest }) => rest);
    expect(strip(four)).toEqual(strip(one));
  });

  it('keeps the order given on the command line, not the order of finishing', async () => {
    const [heavy, broken, bangrak, returning] = batch.dirs as [string, string, string, string];
    const report = await checkTargets([returning, heavy, bangrak, broken], { now: NOW, concurrency: 4 });
    expect(report.applications.map((a) => a.path)).toEqual([returning, heavy, bangrak, broken]);
  });

  it('checks the others when one application has a broken application.yaml', async () => {
    const report = await checkTargets([root], { now: NOW, concurrency: 2 });
    const [ready, broken, notReady, returning] = report.applications;
    expect(ready!.ready).toBe(true);
    expect(broken!.ready).toBe(false);
    expect(broken!.findings.map((f) => f.code)).toContain('yaml.unterminated-quote');
    expect(notReady!.ready).toBe(false);
    expect(notReady!.findings.some((f) => f.item === 'B03')).toBe(true);
    expect(returning!.ready).toBe(true);
    expect(report.summary).toEqual({ applications: 4, ready: 2, notReady: 2 });
  });

  it('tells its progress: every start and finish, the count done, what is running', async () => {
    const events: CheckProgress[] = [];
    await checkTargets([root], { now: NOW, concurrency: 2, onProgress: (p) => events.push(p) });
    expect(events).toHaveLength(8);
    expect(events.every((e) => e.total === 4 && e.running.length <= 2)).toBe(true);
    expect(events.map((e) => e.done)).toEqual([...events.map((e) => e.done)].sort((a, b) => a - b));
    expect(events.at(-1)).toEqual({ done: 4, total: 4, running: [] });
    expect(events[0]!.current).toBe(path.join(root, '01-พระนคร').replace(/\\/g, '/'));
  });

  it('with concurrency 1, reads one PDF at a time; by default, several', async () => {
    // a real pool whose reads are counted while they run
    const pool = new PdfPool({ size: 2, timeoutMs: 10_000 });
    let running = 0;
    let most = 0;
    const read = pool.read.bind(pool);
    pool.read = async (bytes) => {
      most = Math.max(most, ++running);
      try {
        return await read(bytes);
      } finally {
        running--;
      }
    };
    try {
      await checkTargets([root], { now: NOW, concurrency: 1 }, runAround(pool, { cache: false }));
      expect(most).toBe(1);
      most = 0;
      await checkTargets([root], { now: NOW, concurrency: 2 }, runAround(pool, { cache: false }));
      expect(most).toBeGreaterThan(1);
    } finally {
      await pool.close();
    }
  });
});
