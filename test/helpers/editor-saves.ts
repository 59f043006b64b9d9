import fs from 'node:fs';
import path from 'node:path';
import { makePdf } from './pdf.js';

/** How editors save: straight into the file, a new file renamed over it, vim's backup first, gedit's hidden copy. */
export const saves = {
  write: (file: string, bytes: string | Buffer) => fs.writeFileSync(file, bytes),
  renameOver: (file: string, bytes: string | Buffer) => {
    fs.writeFileSync(`${file}.tmp`, bytes);
    fs.renameSync(`${file}.tmp`, file);
  },
  vim: (file: string, bytes: string | Buffer) => {
    const dir = path.dirname(file);
    fs.writeFileSync(path.join(dir, '4913'), '');
    fs.rmSync(path.join(dir, '4913'));
    fs.renameSync(file, `${file}~`);
    fs.writeFileSync(file, bytes);
    fs.rmSync(`${file}~`);
  },
  gedit: (file: string, bytes: string | Buffer) => {
    const temporary = path.join(path.dirname(file), '.goutputstream-Q1W2E3');
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, file);
  },
};

/** A folder with an answers file and one PDF under files/, to be saved the ways above. */
export function folderToSave(dir: string): { dir: string; answers: string; attachment: string } {
  fs.mkdirSync(path.join(dir, 'files'));
  const answers = path.join(dir, 'application.yaml');
  const attachment = path.join(dir, 'files', 'B01.pdf');
  fs.writeFileSync(answers, 'edition: "2566"\n');
  fs.writeFileSync(attachment, makePdf());
  return { dir, answers, attachment };
}
