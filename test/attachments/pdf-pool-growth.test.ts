/**
 * The pool starts as many reading threads as the PDFs announced to it pay for: one for an
 * application's few dozen ordinary PDFs, more for a batch, and another one when a PDF turns out
 * heavy while others wait. Without an announcement it starts threads as PDFs wait, as before.
 */
import { describe, expect, it } from 'vitest';
import { makeDenseTextPdf, makePdf } from '../helpers/pdf.js';
import { poolsClosedAfterAll } from '../helpers/pools.js';

const open = poolsClosedAfterAll();
const ordinary = (n: number) => Array.from({ length: n }, (_, i) => new Uint8Array(makePdf({ pages: 1 + (i % 3), text: `Minutes ${i}` })));

describe('reading threads started for the PDFs announced', () => {
  it("one thread reads an application's few dozen ordinary PDFs", async () => {
    const pool = open({ size: 2, timeoutMs: 20_000 });
    const withdraw = pool.expecting(33);
    // all at once: they wait for the one thread (a PDF is heavy by the thread's CPU time, which a busy machine does not stretch)
    const verdicts = await Promise.all(ordinary(12).map((bytes) => pool.read(bytes)));
    withdraw();
    expect(verdicts.every((v) => v.kind === 'read')).toBe(true);
    expect(pool.threads).toBe(1);
  });

  it('a batch of many PDFs gets every thread', async () => {
    const pool = open({ size: 2, timeoutMs: 20_000 });
    const withdraw = pool.expecting(120);
    await Promise.all(ordinary(6).map((bytes) => pool.read(bytes)));
    withdraw();
    expect(pool.threads).toBe(2);
  });

  it('a heavy PDF with others waiting behind it starts another thread', async () => {
    const pool = open({ size: 2, timeoutMs: 30_000 });
    const withdraw = pool.expecting(5);
    // warm the first thread, so that what follows is read by a ready one
    await pool.read(ordinary(1)[0]!);
    expect(pool.threads).toBe(1);
    // a page of 80,000 text runs keeps a thread busy well over a quarter of a second
    const heavy = pool.read(new Uint8Array(makeDenseTextPdf(80_000)));
    const behind = ordinary(3).map((bytes) => pool.read(bytes));
    expect((await Promise.all([heavy, ...behind])).map((v) => v.kind)).toEqual(['read', 'read', 'read', 'read']);
    withdraw();
    expect(pool.threads).toBe(2);
  });

  it('without an announcement, threads start as PDFs wait (a library user reading PDFs itself)', async () => {
    const pool = open({ size: 2, timeoutMs: 20_000 });
    await Promise.all(ordinary(4).map((bytes) => pool.read(bytes)));
    expect(pool.threads).toBe(2);
  });
});
