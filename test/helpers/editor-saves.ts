import fs from 'node:fs';
import path from 'node:path';

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
