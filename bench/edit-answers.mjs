// What one save of the editing page costs, against reading the same file once with gecc check's
// reader (the baseline), measured in the same run; and how many lines of a starter one answer
// changes, against re-rendering the file with the yaml library's Document API.
// Run after `npm run build`:  node bench/edit-answers.mjs [rounds]
import { parseDocument } from 'yaml';
import { parseAnswers } from '../dist/answers/read-answers.js';
import { loadEdition } from '../dist/criteria/load-catalogue.js';
import { addFileReference, setAnswer } from '../dist/edit/answers-edit.js';
import { starterAnswers } from '../dist/init/starter-answers.js';

const rounds = Number(process.argv[2] ?? 100);
const catalogue = loadEdition('2566');
const starter = starterAnswers(catalogue, { kind: 'district-office', applicant: 'new', schemaReference: 's.json', lang: 'th' });
// a filled-in file: every text, score and choice answered, two lines each
let filled = starter;
for (const group of ['basic', 'advanced', 'outcome']) {
  for (const item of catalogue.groups[group].items) {
    filled = setAnswer(filled, [group, item.id, 'text'], `สิ่งที่หน่วยงานทำในข้อ ${item.id}\nบรรทัดที่สอง`, catalogue).text;
    filled = addFileReference(filled, [group, item.id], `files/${item.id}.pdf`, catalogue).text;
  }
}
for (const item of catalogue.groups.physical.items) filled = setAnswer(filled, ['physical', item.id], 'มี', catalogue).text;

function time(label, run) {
  for (let i = 0; i < 10; i++) run(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) run(i);
  return { label, ms: Number(process.hrtime.bigint() - start) / 1e6 / rounds };
}

for (const [name, text] of [
  ['starter', starter],
  ['filled in', filled],
]) {
  const bytes = Buffer.from(text);
  const results = [
    time(`read once with gecc check's reader (baseline)`, () => parseAnswers(bytes, 'application.yaml')),
    time('setAnswer, one line', (i) => setAnswer(text, ['unit', 'contact', 'phone'], `0${2000000 + i}`, catalogue)),
    time('setAnswer, three lines', (i) => setAnswer(text, ['basic', 'B05', 'text'], `ก ${i}\nข\nค`, catalogue)),
    time('setAnswer, a score in Thai digits', () => setAnswer(text, ['advanced', 'A02', 'score'], '๔', catalogue)),
    time('addFileReference', (i) => addFileReference(text, ['outcome', 'R01'], `files/ผลลัพธ์ ${i}.pdf`, catalogue)),
  ];
  console.log(`\n${name}: ${text.split('\n').length} lines, ${(bytes.length / 1024).toFixed(0)} KiB`);
  for (const r of results) console.log(`  ${r.label.padEnd(46)} ${r.ms.toFixed(2)} ms  ×${(r.ms / results[0].ms).toFixed(1)}`);
}

const changed = (before, after) => {
  const a = before.split('\n');
  const b = after.split('\n');
  let count = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) count++;
  return count;
};
const spliced = setAnswer(starter, ['unit', 'contact', 'phone'], '021234567', catalogue).text;
const doc = parseDocument(starter);
doc.setIn(['unit', 'contact', 'phone'], '021234567');
console.log(`\nlines of the ${starter.split('\n').length}-line starter changed by one phone number:`);
console.log(`  spliced by setAnswer                          ${changed(starter, spliced)}`);
console.log(`  re-rendered with the Document API             ${changed(starter, doc.toString())}`);
