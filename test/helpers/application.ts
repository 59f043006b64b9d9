/** Builders of real application folders (application.yaml + real PDF/JPEG files) for tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { makeJpeg, makePng } from './jpeg.js';
import { makePdf } from './pdf.js';

/** The application.yaml shape of the contract, as a loose, freely mutable JS object. */
export type AppSpec = Record<string, any>;

const created: string[] = [];

/** A fresh, empty folder under os.tmpdir(); removed by removeTempDirs(). */
export function tempDir(prefix = 'gecc-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Deletes every folder made by tempDir() (call it in afterAll). */
export function removeTempDirs(): void {
  while (created.length > 0) {
    const dir = created.pop()!;
    // a folder a child process still writes into for a moment (a server stopping, a browser's
    // helper) is tried again, and one left in the temporary folder fails no test
    try {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    } catch (error) {
      console.warn(`a test folder was left behind: ${String(error)}`);
    }
  }
}

const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

export const PHYSICAL_IDS = ids('P', 14);
export const BASIC_IDS = ids('B', 16);
const ADVANCED_IDS = ids('A', 23);
const OUTCOME_IDS = ids('R', 3);

function physical(): AppSpec {
  return Object.fromEntries(PHYSICAL_IDS.map((id) => [id, 'มี']));
}

function advanced(): AppSpec {
  return Object.fromEntries(
    ADVANCED_IDS.map((id) => [
      id,
      {
        text: `ดำเนินการตามเกณฑ์ขั้นสูง ${id} แล้ว พร้อมหลักฐานประกอบ`,
        files: [id === 'A05' ? 'files/A05-photo.jpg' : `files/${id}.pdf`],
        score: id === 'A01' || id === 'A02' ? 6 : 2,
      },
    ]),
  );
}

function outcome(): AppSpec {
  const scores = [7, 6, 5];
  return Object.fromEntries(
    OUTCOME_IDS.map((id, i) => [id, { text: `ผลลัพธ์ ${id}: สรุปผลการดำเนินงานตามตัวชี้วัด`, files: [`files/${id}.pdf`], score: scores[i] }]),
  );
}

/** A complete, ready application of a new district office (advanced 54, outcome 18). */
export function readyNewUnit(): AppSpec {
  return {
    edition: '2566',
    unit: {
      name: 'สำนักงานเขตพระนคร',
      kind: 'district-office',
      parent: 'สำนักงานปลัดกรุงเทพมหานคร',
      applicant: 'new',
      contact: { name: 'นางสาวตัวอย่าง ใจดี', phone: '02 123 4567', email: 'gecc@example.go.th' },
    },
    readiness_form: {
      file: 'files/readiness-form.pdf',
      signer: 'นายตัวอย่าง ผู้ลงนาม',
      signer_position: 'รองปลัดกรุงเทพมหานคร',
    },
    physical: physical(),
    basic: Object.fromEntries(BASIC_IDS.map((id) => [id, { text: `ดำเนินการตามเกณฑ์พื้นฐาน ${id} ครบถ้วน`, files: [`files/${id}.pdf`] }])),
    advanced: advanced(),
    outcome: outcome(),
  };
}

/** A complete, ready application of a returning department unit (basic items: answer only). */
export function readyReturningUnit(): AppSpec {
  return {
    edition: '2566',
    unit: {
      name: 'ศูนย์บริการสาธารณสุขตัวอย่าง',
      kind: 'department-unit',
      parent: 'สำนักการแพทย์',
      applicant: 'returning',
      contact: { name: 'นายตัวอย่าง บริการดี', phone: '0812345678', email: 'gecc-med@example.go.th' },
    },
    readiness_form: {
      file: 'files/readiness-form.pdf',
      signer: 'นางตัวอย่าง ผู้อำนวยการ',
      signer_position: 'ผู้อำนวยการสำนักการแพทย์',
    },
    physical: physical(),
    basic: Object.fromEntries(BASIC_IDS.map((id) => [id, { answer: 'มี' }])),
    advanced: advanced(),
    outcome: outcome(),
  };
}

/** Every attachment path the spec refers to, with the item it belongs to. */
export function referencedFiles(spec: AppSpec): { file: string; item: string }[] {
  const out: { file: string; item: string }[] = [];
  const rf = spec?.readiness_form?.file;
  if (typeof rf === 'string') out.push({ file: rf, item: 'readiness_form' });
  for (const group of ['basic', 'advanced', 'outcome']) {
    const items = spec?.[group];
    if (!items || typeof items !== 'object') continue;
    for (const [item, value] of Object.entries(items as AppSpec)) {
      const files = (value as AppSpec | null)?.files;
      const list = Array.isArray(files) ? files : typeof files === 'string' ? [files] : [];
      for (const f of list) if (typeof f === 'string') out.push({ file: f, item });
    }
  }
  return out;
}

function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h || 1;
}

/** Real content for an attachment, chosen by its extension (.jpg/.jpeg, .png, else PDF). */
function attachmentFor(file: string, item = 'item'): Buffer {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jpg' || ext === '.jpeg') return makeJpeg({ seed: seedOf(file) });
  if (ext === '.png') return makePng();
  return makePdf({ text: `GECC 2566 evidence for ${item} (${seedOf(file).toString(16)})` });
}

/**
 * The same bytes for the same name and item, made once: a test file writes hundreds of
 * applications, and making their PDFs and JPEGs again took longer than checking them.
 */
const made = new Map<string, Buffer>();
function madeAttachment(file: string, item?: string): Buffer {
  const key = JSON.stringify([file, item]);
  let bytes = made.get(key);
  if (!bytes) made.set(key, (bytes = attachmentFor(file, item)));
  return bytes;
}

export interface WriteApplicationOptions {
  /** Bytes for given paths (relative to dir), written instead of the generated content;
   *  paths not referenced by the spec are written too. */
  files?: Record<string, Buffer | Uint8Array | string>;
  /** Written as application.yaml verbatim instead of stringify(spec). */
  yamlText?: string;
  /** Referenced paths NOT to create (for "missing file" tests). */
  omit?: string[];
  /** Name of the answers file (default application.yaml). */
  yamlName?: string;
}

function inside(dir: string, rel: string): string | null {
  if (path.isAbsolute(rel)) return null;
  const full = path.resolve(dir, rel);
  const r = path.relative(path.resolve(dir), full);
  return r === '' || r.startsWith('..') || path.isAbsolute(r) ? null : full;
}

/**
 * Writes application.yaml and every file the spec references (readiness_form.file and each
 * item's files) as a real PDF or JPEG by extension, unless given in opts.files. Paths that are
 * absolute or lead outside dir are never written. Returns dir.
 */
export function writeApplication(dir: string, spec: AppSpec, opts: WriteApplicationOptions = {}): string {
  fs.mkdirSync(dir, { recursive: true });
  const yamlText = opts.yamlText ?? stringify(spec, { lineWidth: 0 });
  fs.writeFileSync(path.join(dir, opts.yamlName ?? 'application.yaml'), yamlText, 'utf8');
  const omit = new Set(opts.omit ?? []);
  const overrides = opts.files ?? {};
  const write = (rel: string, data: Buffer | Uint8Array | string): void => {
    const full = inside(dir, rel);
    if (!full) return;
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, data);
  };
  for (const { file, item } of referencedFiles(spec)) {
    if (omit.has(file) || file in overrides) continue;
    write(file, madeAttachment(file, item));
  }
  for (const [file, data] of Object.entries(overrides)) write(file, data);
  return dir;
}
