import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GROUP_IDS } from '../../src/criteria/catalogue-groups.js';
import { CatalogueError, loadEdition, shippedEditions } from '../../src/criteria/load-catalogue.js';
import { loadCatalogueFile, parseCatalogue } from '../../src/criteria/parse-catalogue.js';
import { groupMaxPoints } from '../../src/criteria/points.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';

afterAll(removeTempDirs);

const edition2566 = () => structuredClone(loadEdition('2566')!);

describe('the shipped catalogues', () => {
  it('ships 2566 and 2568', () => {
    expect(shippedEditions()).toEqual(['2566', '2568']);
  });

  it("2566 has the seed's counts, points and thresholds", () => {
    const c = edition2566();
    expect(c.groups.physical.items).toHaveLength(14);
    expect(c.groups.basic.items).toHaveLength(16);
    expect(groupMaxPoints(c.groups.basic.points, 16)).toBe(16);
    expect(c.groups.basic.required).toBe(16);
    expect(c.groups.advanced.items).toHaveLength(23);
    expect(groupMaxPoints(c.groups.advanced.points, 23)).toBe(54);
    expect(c.groups.advanced.required).toBe(38);
    expect(c.groups.outcome.items).toHaveLength(3);
    expect(groupMaxPoints(c.groups.outcome.points, 3)).toBe(30);
    expect(c.groups.outcome.required).toBe(16);
    expect(c.attachments).toMatchObject({ maxBytes: 5_242_880, warnBytes: 5_000_000, types: ['pdf', 'jpeg'] });
    expect(c.window).toMatchObject({ opens: '2023-01-01T08:30:00+07:00', closes: '2023-02-28T16:30:00+07:00' });
  });

  it('2568 adds up to 100 with its level bands', () => {
    const c = loadEdition('2568')!;
    const total = (['basic', 'advanced', 'outcome'] as const).reduce(
      (sum, g) => sum + groupMaxPoints(c.groups[g].points, c.groups[g].items.length),
      0,
    );
    expect(total).toBe(100);
    expect(c.passTotal).toBe(70);
    expect(c.levels?.map((l) => [l.min, l.max])).toEqual([
      [70, 79],
      [80, 89],
      [90, 100],
    ]);
    expect(c.groups.basic.items.map((i) => i.number)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.8', '2.12', '2.17', '3.1']);
  });

  it('marks what is inferred and which titles are placeholders', () => {
    const c = edition2566();
    expect(c.groups.outcome.inferred).toContain('points');
    expect(c.groups.basic.items.every((i) => i.titlePlaceholder)).toBe(true);
    expect(c.groups.advanced.items.every((i) => i.titlePlaceholder)).toBe(true);
    expect(c.groups.physical.items.some((i) => i.titlePlaceholder)).toBe(false);
    for (const edition of shippedEditions()) {
      const catalogue = loadEdition(edition)!;
      expect(catalogue.sources.length).toBeGreaterThan(0);
      for (const group of GROUP_IDS) expect(catalogue.groups[group].source).toBeDefined();
    }
  });

  it('an unknown edition is undefined, not an exception', () => {
    expect(loadEdition('2599')).toBeUndefined();
  });
});

describe('a catalogue is validated when loaded', () => {
  const problemsOf = (mutate: (c: ReturnType<typeof edition2566>) => void) => {
    const c = edition2566();
    mutate(c);
    try {
      parseCatalogue(c, 'test.json');
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueError);
      return (error as CatalogueError).problems;
    }
  };

  it('accepts the shipped one as is', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('a distribution that does not count the items', () => {
    expect(problemsOf((c) => c.groups.advanced.items.pop())).toEqual([
      expect.stringContaining('distribution counts 23 items but the group has 22'),
    ]);
  });

  it('a duplicate id, and an id in the wrong group', () => {
    const found = problemsOf((c) => {
      c.groups.basic.items[1]!.id = 'B01';
      c.groups.outcome.items[0]!.id = 'A99';
    });
    expect(found).toEqual([expect.stringContaining('B01 appears more than once'), expect.stringContaining('A99 must start with R')]);
  });

  it('a threshold above the maximum, and an unknown source', () => {
    const found = problemsOf((c) => {
      c.groups.outcome.required = 31;
      c.groups.basic.source = 'nowhere';
    });
    expect(found).toEqual([
      expect.stringContaining('source "nowhere"'),
      expect.stringContaining("required 31 is more than the group's maximum 30"),
    ]);
  });

  it('a wrong shape names the path', () => {
    expect(problemsOf((c) => ((c.groups.basic.points as { points: unknown }).points = 'one'))).toEqual([
      expect.stringContaining('groups.basic.points.points'),
    ]);
  });

  it('a file that is not JSON, or missing, is a CatalogueError', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'bad.json'), '{ nope');
    expect(() => loadCatalogueFile(path.join(dir, 'bad.json'))).toThrow(CatalogueError);
    expect(() => loadCatalogueFile(path.join(dir, 'missing.json'))).toThrow(/cannot be read/);
  });

  it('refuses counts no criteria carry (23,000,000,000 points, Infinity, fractions) with the field and the limit in Thai', () => {
    const found = problemsOf((c) => {
      (c.groups.basic.points as { points: number }).points = 23e9;
      c.groups.advanced.required = Number.POSITIVE_INFINITY;
      c.attachments.maxBytes = 5.5;
    });
    expect(found).toEqual([
      'attachments.maxBytes: ต้องเป็นจำนวนเต็ม 1–104,857,600 (must be a whole number from 1 to 104,857,600)',
      'groups.basic.points.points: ต้องไม่เกิน 100 (must be at most 100)',
      'groups.advanced.required: ต้องเป็นตัวเลข 0–10,000 (must be a number from 0 to 10,000)',
    ]);
  });

  it('a number written 1e999 in the file reads as Infinity and is refused', () => {
    const dir = tempDir();
    const text = JSON.stringify(edition2566()).replace('"required":38', '"required":1e999');
    expect(text).toContain('1e999');
    fs.writeFileSync(path.join(dir, 'infinite.json'), text);
    try {
      loadCatalogueFile(path.join(dir, 'infinite.json'));
      expect.unreachable();
    } catch (error) {
      expect((error as CatalogueError).problems).toEqual([expect.stringMatching(/^groups\.advanced\.required: ต้อง/)]);
    }
  });
});
