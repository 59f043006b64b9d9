import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * What `เปิด gecc.cmd` (the double-click entry of the portable folder) runs, from `app\` beside
 * it: says in Thai what is happening and how to stop, then `gecc edit` on the unit's folder, in
 * this process. Its Thai is written by Node (through the console's Unicode interface) rather than
 * echoed by cmd.exe, which reads a batch file in the console's OEM code page: the launcher itself
 * stays ASCII and needs no `chcp`. Only Node's own modules: copied into the folder as it is built.
 *
 * The folder: `ใบสมัคร` beside the launcher when there is one (gecc carried on a USB stick), else
 * `Documents\GECC\ใบสมัคร` in the user's profile, made if missing. Further arguments go to
 * `gecc edit` (`--port 0`, `--no-open`).
 */

const app = path.dirname(fileURLToPath(import.meta.url));
const beside = path.join(app, '..', 'ใบสมัคร');

function unitFolder(): string {
  if (fs.existsSync(beside)) return path.resolve(beside);
  const folder = path.join(os.homedir(), 'Documents', 'GECC', 'ใบสมัคร');
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

const say = (lines: string[]) => process.stdout.write(`${lines.join('\n')}\n`);

let folder: string;
try {
  folder = unitFolder();
} catch (error) {
  say([`สร้างโฟลเดอร์ใบสมัครไม่ได้ (${error instanceof Error ? error.message : String(error)})`]);
  process.exit(2);
}

say([
  '',
  '  gecc กำลังเปิดหน้ากรอกใบสมัครในเว็บเบราว์เซอร์ ...',
  `  โฟลเดอร์ใบสมัคร: ${folder}`,
  '',
  '  หน้าต่างนี้คือตัวโปรแกรม gecc ให้เปิดทิ้งไว้จนกรอกเสร็จ',
  '  เลิกใช้: กดปุ่ม "ปิดโปรแกรม" ในหน้าเว็บ หรือปิดหน้าต่างนี้ (หรือกด Ctrl+C)',
  '',
]);
process.on('exit', (code) => {
  // the launcher then waits for a key, so that the message above can be read
  if (code !== 0) say(['', '  gecc หยุดทำงานเพราะเกิดปัญหาตามข้อความด้านบน กดปุ่มใดก็ได้เพื่อปิดหน้าต่างนี้']);
});

const gecc = path.join(app, 'bin', 'gecc.js');
// gecc reads its arguments from process.argv[2] on, as when Node runs bin/gecc.js
process.argv = [process.argv[0]!, gecc, 'edit', folder, ...process.argv.slice(2)];
await import(pathToFileURL(gecc).href);
