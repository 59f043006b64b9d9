/**
 * The files a unit sees in the portable folder, beside `app\` (node.exe and gecc):
 *   - `gecc.cmd`, the command line (`gecc.cmd check …`), for staff and the division's scripts;
 *   - `เปิด gecc.cmd`, the double-click entry: the page of `gecc edit` in the browser
 *     (app\open-edit.js, see open-edit.ts);
 *   - `README.txt`, the three steps in Thai.
 * The launchers hold ASCII only: cmd.exe reads a batch file in the console's OEM code page (874 on
 * a Thai Windows, 437 elsewhere), never as UTF-8 unless a `chcp 65001` took effect first, which
 * Wine's cmd ignores and older Windows misread: every Thai word is written by Node instead. Only a
 * launcher's own name is Thai, which cmd handles as Unicode. Lines end in CRLF: cmd mis-reads
 * labels and blocks in a file with bare LF. Notepad shows a text file as UTF-8 without guessing
 * only when it starts with a byte-order mark.
 */

/** the folder beside the launchers that holds node.exe and the installed package */
export const APP_FOLDER = 'app';
export const COMMAND_LAUNCHER = 'gecc.cmd';
export const EDIT_LAUNCHER = 'เปิด gecc.cmd';
export const README_NAME = 'README.txt';
/** the double-click entry's program, in `app\` */
export const OPEN_EDIT_SCRIPT = 'open-edit.js';

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
const node = `"%~dp0${APP_FOLDER}\\node.exe"`;

/** `gecc.cmd`: gecc with the arguments given; its exit code is gecc's. */
export function commandLauncher(): Buffer {
  return Buffer.from(crlf(['@echo off', `${node} "%~dp0${APP_FOLDER}\\bin\\gecc.js" %*`]), 'ascii');
}

/**
 * `เปิด gecc.cmd`: `gecc edit` through open-edit.js, in a window that stays open while it runs;
 * one that ends in an error waits for a key, so the message can be read before the window closes.
 * Arguments go on to `gecc edit`.
 */
export function editLauncher(): Buffer {
  return Buffer.from(
    crlf(['@echo off', 'title gecc', `${node} "%~dp0${APP_FOLDER}\\${OPEN_EDIT_SCRIPT}" %*`, 'if errorlevel 1 pause >nul']),
    'ascii',
  );
}

/** README.txt: the three steps, in Thai, for someone who has never unzipped a file. */
export function readme(version: string, zipName: string): Buffer {
  const text = crlf([
    `gecc ${version} — ตรวจใบสมัครศูนย์ราชการสะดวก (GECC) ก่อนส่งใน GECC Online`,
    '',
    'ใช้ได้ทันที ไม่ต้องติดตั้งโปรแกรมใด ๆ และไม่ต้องใช้สิทธิ์ผู้ดูแลระบบ (Windows 10 หรือ 11 แบบ 64 บิต)',
    '',
    '1. แตกไฟล์ zip',
    `   คลิกขวาที่ไฟล์ ${zipName} เลือก Extract All... (แตกไฟล์ทั้งหมด) แล้วกด Extract`,
    '   ใช้จากโฟลเดอร์ที่แตกออกมาแล้วเท่านั้น ไม่ใช่จากในไฟล์ zip',
    '',
    '2. ดับเบิลคลิก "เปิด gecc"',
    '   หน้ากรอกใบสมัครจะเปิดขึ้นในเว็บเบราว์เซอร์ หน้าต่างสีดำที่ขึ้นมาด้วยคือตัวโปรแกรม ให้เปิดทิ้งไว้จนกรอกเสร็จ',
    '   ถ้า Windows ถามว่าจะเรียกใช้ไฟล์นี้หรือไม่ ให้กด "เรียกใช้" (Run)',
    '',
    '3. กรอกคำตอบและแนบไฟล์ในหน้านั้น',
    '   gecc บันทึกและตรวจให้ทุกครั้งที่แก้ เมื่อขึ้นว่า "พร้อมส่ง" จึงนำคำตอบไปกรอกใน GECC Online',
    '   เลิกใช้: กดปุ่ม "ปิดโปรแกรม" ในหน้าเว็บ หรือปิดหน้าต่างสีดำ',
    '',
    'ใบสมัครเก็บไว้ที่ Documents\\GECC\\ใบสมัคร (โฟลเดอร์ "เอกสาร" ของผู้ใช้) ถ้ามีโฟลเดอร์ชื่อ "ใบสมัคร"',
    'อยู่ข้างไฟล์ "เปิด gecc" (เช่น นำ gecc ใส่แฟลชไดรฟ์ไปใช้) จะใช้โฟลเดอร์นั้นแทน',
    '',
    'ตรวจด้วยคำสั่ง (Command Prompt): gecc.cmd check "D:\\GECC\\ใบสมัคร-เขตพระนคร"',
    'ในไฟล์คำสั่ง (.bat) ของหน่วยงานผู้ประสานงาน ใช้ call gecc.cmd check ... รหัสออก 0 = พร้อมส่ง 1 = ยังไม่พร้อมส่ง',
    '2 = ตรวจไม่ได้ รายละเอียดทั้งหมด: gecc.cmd --help',
  ]);
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
