/** PDF pools for a test file: each opened pool is closed, and temporary folders removed, after all its tests. */
import { afterAll } from 'vitest';
import { PdfPool } from '../../src/attachments/pdf/pdf-pool.js';
import { removeTempDirs } from './application.js';

export function poolsClosedAfterAll(): (options: ConstructorParameters<typeof PdfPool>[0]) => PdfPool {
  const pools: PdfPool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    removeTempDirs();
  });
  return (options) => {
    const pool = new PdfPool(options);
    pools.push(pool);
    return pool;
  };
}
