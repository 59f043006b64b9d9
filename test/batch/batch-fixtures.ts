/** Batch folders of real applications for the batch tests. */
import path from 'node:path';
import { readyNewUnit, readyReturningUnit, writeApplication, type AppSpec } from '../helpers/application.js';
import { makePdf } from '../helpers/pdf.js';

export const BROKEN_YAML = 'unit:\n  name: "สำนักงานเขตที่ไฟล์เสีย\n  kind: [district-office\n';

/** A ready new unit with its own name; `pages` makes its PDFs longer (slower to check). */
export function namedUnit(name: string, change: (spec: AppSpec) => void = () => {}): AppSpec {
  const spec = readyNewUnit();
  spec.unit.name = name;
  change(spec);
  return spec;
}

/**
 * A batch root: 01-… ready, 02-… broken YAML, 03-… not ready (B03 missing), 04-… returning,
 * ready. The first one has big, many-page PDFs so it finishes last when checked concurrently.
 */
export function writeBatch(root: string): { dirs: string[]; names: string[] } {
  const names = ['สำนักงานเขตพระนคร', 'สำนักงานเขตที่ไฟล์เสีย', 'สำนักงานเขตบางรัก', 'ศูนย์บริการสาธารณสุข ๑'];
  const dirs = ['01-พระนคร', '02-ไฟล์เสีย', '03-บางรัก', '04-ศูนย์บริการ'].map((name) => path.join(root, name));
  const heavy = Object.fromEntries(
    Array.from({ length: 16 }, (_, i) => [
      `files/B${String(i + 1).padStart(2, '0')}.pdf`,
      makePdf({ pages: 40, text: `GECC evidence B${i + 1}, long document`, padTo: 1_000_000 }),
    ]),
  );
  writeApplication(dirs[0]!, namedUnit(names[0]!), { files: heavy });
  writeApplication(dirs[1]!, {}, { yamlText: BROKEN_YAML });
  writeApplication(
    dirs[2]!,
    namedUnit(names[2]!, (spec) => delete spec.basic.B03),
  );
  const returning = readyReturningUnit();
  returning.unit.name = names[3];
  writeApplication(dirs[3]!, returning);
  return { dirs, names };
}
