/**
 * Generates the committed example folders under examples/:
 *   ready-new-unit/        a new district office, complete and ready
 *   ready-returning-unit/  a returning department unit (basic items: answer only), ready
 *   not-ready-unit/        a hand-written application.yaml with many planted problems
 *
 * Run it again after changing it (from a throwaway vitest file):
 *   import { buildExamples } from './build-examples.js'; buildExamples('examples');
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, isScalar, isSeq, parse, visit } from 'yaml';
import { type AppSpec, BASIC_IDS, PHYSICAL_IDS, referencedFiles, writeApplication } from './application.js';
import { makeJpeg, makePng } from './jpeg.js';
import { makePdf } from './pdf.js';

const SCHEMA_LINE = 'yaml-language-server: $schema=../../criteria/schema/2566.schema.json';

export const EXAMPLE_NAMES = ['ready-new-unit', 'ready-returning-unit', 'not-ready-unit'] as const;

const BASIC_TEXTS: Record<string, string> = {
  B01: 'สำรวจความต้องการและปัญหาในการรับบริการของประชาชนในพื้นที่ ด้วยแบบสอบถาม 400 ชุด (ต.ค.–พ.ย. 2565)',
  B02: 'วิเคราะห์ผลการสำรวจ และนำไปปรับเวลาให้บริการช่วงพักกลางวัน',
  B03: 'ให้บริการงานตามภารกิจ ข้อมูลข่าวสารของหน่วยงานภาครัฐ และรับเรื่องราวร้องทุกข์ ณ จุดเดียว',
  B04: 'จัดลำดับขั้นตอนการบริการแบบจุดเดียวเบ็ดเสร็จ ลดจาก 5 ขั้นตอนเหลือ 3 ขั้นตอน',
  B05: 'ประกาศระยะเวลาแล้วเสร็จของงานบริการแต่ละประเภทไว้ที่จุดบริการและเว็บไซต์',
  B06: 'จัดทำคู่มือสำหรับประชาชนครบทุกงานบริการ',
  B07: 'เปิดช่องทางติดต่อทางโทรศัพท์ LINE และเว็บไซต์',
  B08: 'นำผลการติดตามงานมาปรับปรุงการให้บริการทุกไตรมาส',
  B09: 'จัดวางแบบฟอร์มและตัวอย่างการกรอกไว้ที่จุดบริการ',
  B10: 'เจ้าหน้าที่แต่งกายเรียบร้อยและติดป้ายชื่อทุกคน',
  B11: 'อบรมการให้บริการแก่เจ้าหน้าที่ปีละ 2 ครั้ง',
  B12: 'จัดทำแผนติดตามผลการดำเนินการของศูนย์ราชการสะดวก ระบุผู้รับผิดชอบและระยะเวลา',
  B13: 'มีระบบรับและตอบข้อร้องเรียนภายใน 15 วันทำการ',
  B14: 'เผยแพร่ข้อมูลข่าวสารผ่านบอร์ดประชาสัมพันธ์และเว็บไซต์',
  B15: 'จัดช่องบริการพิเศษสำหรับผู้สูงอายุ ผู้พิการ และหญิงตั้งครรภ์',
  B16: 'จัดทำแผนบริหารความต่อเนื่องกรณีภาวะฉุกเฉินและฝึกซ้อมแผนปีละ 1 ครั้ง',
};

const ADVANCED_TEXTS: Record<string, string> = {
  A01: 'นำระบบจองคิวออนไลน์มาใช้ ลดเวลารอเฉลี่ยจาก 25 นาทีเหลือ 10 นาที',
  A02: 'ให้บริการโดยไม่ต้องใช้สำเนาเอกสาร ด้วยการเชื่อมโยงข้อมูลกับหน่วยงานอื่น',
  A03: 'วิเคราะห์กำลังคนและจัดเจ้าหน้าที่เสริมช่วงพักกลางวันและช่วงที่มีผู้รับบริการมาก',
  A04: 'เปิดบริการนอกเวลาราชการวันเสาร์ 08.30–12.00 น.',
  A05: 'จัดมุมบริการตนเองพร้อมคอมพิวเตอร์และเครื่องพิมพ์ (ภาพถ่าย)',
  A06: 'รับชำระค่าธรรมเนียมด้วย QR Code และบัตรเดบิต',
  A07: 'มีระบบติดตามสถานะคำขอผ่านเว็บไซต์ด้วยเลขที่คำขอ',
  A08: 'จัดทำมาตรฐานการให้บริการและประเมินการปฏิบัติตามมาตรฐานทุกเดือน',
  A09: 'จัดพื้นที่รอรับบริการพร้อมที่นั่ง น้ำดื่ม และ Wi-Fi สาธารณะ (ภาพถ่าย)',
  A10: 'ให้บริการล่ามภาษามือผ่านวิดีโอคอลสำหรับผู้พิการทางการได้ยิน',
  A11: 'เจ้าหน้าที่ให้บริการได้หลายงาน อย่างน้อย 3 งานต่อคน',
  A12: 'นำข้อเสนอแนะจากตู้รับความคิดเห็นมาปรับปรุงบริการภายใน 30 วัน',
  A13: 'ประชาสัมพันธ์บริการผ่าน Facebook และ LINE Official',
  A14: 'จัดบริการเคลื่อนที่ออกพื้นที่ชุมชนเดือนละ 2 ครั้ง',
  A15: 'ประเมินความพึงพอใจด้วยแท็บเล็ตทันทีหลังรับบริการ',
  A16: 'ถอดบทเรียนและแลกเปลี่ยนเรียนรู้การให้บริการกับหน่วยงานอื่น',
  A17: 'ใช้ระบบสารบรรณอิเล็กทรอนิกส์ในการรับส่งหนังสือ',
  A18: 'มีแผนพัฒนาบุคลากรด้านการบริการและประเมินผลรายบุคคล',
  A19: 'แจ้งเตือนผู้รับบริการเมื่อเอกสารพร้อมรับทาง SMS',
  A20: 'รับคำขอบางประเภทผ่านระบบออนไลน์โดยไม่ต้องมาติดต่อด้วยตนเอง',
  A21: 'ติดตั้งป้ายอักษรเบรลล์และทางลาดสำหรับผู้พิการ',
  A22: 'พัฒนานวัตกรรมการบริการที่ได้รับการยอมรับและนำไปขยายผล',
  A23: 'ทบทวนกระบวนงานตามแนวคิดลีน ลดระยะเวลาดำเนินการลงร้อยละ 30',
};

const OUTCOME_TEXTS: Record<string, string> = {
  R01: 'ผลสำรวจความพึงพอใจของผู้รับบริการ ปีงบประมาณ 2565 ร้อยละ 92.4 จากกลุ่มตัวอย่าง 1,200 ราย',
  R02: 'มีช่องทางการให้บริการ 5 ช่องทาง ผู้ใช้ช่องทางออนไลน์ 3,450 ราย',
  R03: 'ใช้ระบบรับเรื่องร้องเรียนออนไลน์และระบบติดตามสถานะคำขอ',
};

const ADVANCED_FILES: Record<string, string[]> = {
  A01: ['files/advanced/A01-online-queue.pdf', 'files/advanced/A01-queue-screen.jpg'],
  A05: ['files/advanced/A05-มุมบริการตนเอง.jpg'],
  A09: ['files/advanced/A09-waiting-area.jpg'],
};

const OUTCOME_FILES: Record<string, string> = {
  R01: 'files/outcome/R01-ความพึงพอใจ.pdf',
  R02: 'files/outcome/R02-channels.pdf',
  R03: 'files/outcome/R03-technology.pdf',
};

function advancedGroup(): AppSpec {
  return Object.fromEntries(
    Object.entries(ADVANCED_TEXTS).map(([id, text]) => [
      id,
      { text, files: ADVANCED_FILES[id] ?? [`files/advanced/${id}.pdf`], score: id === 'A01' || id === 'A02' ? 6 : 2 },
    ]),
  );
}

function outcomeGroup(): AppSpec {
  const scores: Record<string, number> = { R01: 7, R02: 6, R03: 5 };
  return Object.fromEntries(
    Object.entries(OUTCOME_TEXTS).map(([id, text]) => [id, { text, files: [OUTCOME_FILES[id]], score: scores[id] }]),
  );
}

function exampleNewUnit(): AppSpec {
  const basicFiles: Record<string, string> = {
    B01: 'files/B01-สำรวจความต้องการ.pdf',
    B02: 'files/B02-วิเคราะห์ผลสำรวจ.pdf',
  };
  return {
    edition: '2566',
    unit: {
      name: 'สำนักงานเขตพระนคร',
      kind: 'district-office',
      parent: 'สำนักงานปลัดกรุงเทพมหานคร',
      applicant: 'new',
      contact: { name: 'นางสาวตัวอย่าง ใจดี', phone: '02 123 4567', email: 'gecc-phranakhon@example.go.th' },
    },
    readiness_form: {
      file: 'files/แบบประเมินความพร้อม.pdf',
      signer: 'นายตัวอย่าง ผู้ลงนาม',
      signer_position: 'รองปลัดกรุงเทพมหานคร',
    },
    physical: Object.fromEntries(PHYSICAL_IDS.map((id) => [id, 'มี'])),
    basic: Object.fromEntries(BASIC_IDS.map((id) => [id, { text: BASIC_TEXTS[id], files: [basicFiles[id] ?? `files/basic/${id}.pdf`] }])),
    advanced: advancedGroup(),
    outcome: outcomeGroup(),
  };
}

function exampleReturningUnit(): AppSpec {
  return {
    edition: '2566',
    unit: {
      name: 'โรงพยาบาลกลาง',
      kind: 'department-unit',
      parent: 'สำนักการแพทย์',
      applicant: 'returning',
      contact: { name: 'นายตัวอย่าง บริการดี', phone: '02 123 4568', email: 'gecc-hospital@example.go.th' },
    },
    readiness_form: {
      file: 'files/แบบประเมินความพร้อม.pdf',
      signer: 'นางตัวอย่าง ผู้อำนวยการ',
      signer_position: 'ผู้อำนวยการสำนักการแพทย์',
    },
    physical: Object.fromEntries(PHYSICAL_IDS.map((id) => [id, 'มี'])),
    basic: Object.fromEntries(BASIC_IDS.map((id) => [id, { answer: 'มี' }])),
    advanced: advancedGroup(),
    outcome: outcomeGroup(),
  };
}

const SECTION_COMMENTS: Record<string, string> = {
  unit: ' ข้อมูลหน่วยงาน',
  readiness_form: ' แบบประเมินความพร้อมที่ลงนามแล้ว',
  physical: ' เกณฑ์ด้านกายภาพ 14 ข้อ: ต้องตอบ "มี" ทุกข้อ',
  basic: ' เกณฑ์ด้านคุณภาพ ระดับพื้นฐาน 16 ข้อ',
  advanced: ' เกณฑ์ด้านคุณภาพ ระดับชั้นสูง 23 ข้อ (คะแนนที่ประเมินตนเอง)',
  outcome: ' เกณฑ์ด้านผลลัพธ์ 3 ข้อ (ต้องได้อย่างน้อย 16 คะแนน)',
};

/** Readable YAML: header comments, section comments, quoted phone, flow lists of files. */
function toYaml(spec: AppSpec, header: string[]): string {
  const doc = new Document(spec);
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      if (pair.key.value === 'files' && isSeq(pair.value)) pair.value.flow = true;
      if (pair.key.value === 'phone' && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  doc.commentBefore = [SCHEMA_LINE, ...header].map((l) => ` ${l}`).join('\n');
  const top = doc.contents as unknown as { items: { key: { value: string; commentBefore?: string; spaceBefore?: boolean } }[] };
  for (const pair of top.items) {
    const c = SECTION_COMMENTS[pair.key.value];
    if (c) {
      pair.key.commentBefore = c;
      pair.key.spaceBefore = true;
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n\n\n+/g, '\n\n');
}

/** A few-KB PDF or JPEG for an example attachment; PDF text is ASCII (Helvetica). */
function exampleAttachment(unitAscii: string, file: string, item: string): Buffer {
  if (/\.jpe?g$/i.test(file)) {
    let seed = 7;
    for (const ch of file) seed = (seed * 31 + ch.codePointAt(0)!) >>> 0;
    return makeJpeg({ width: 64, height: 48, seed });
  }
  if (item === 'readiness_form')
    return makePdf({
      text: [
        `${unitAscii} - GECC 2566 readiness self-assessment form`,
        'Physical 14/14, quality and outcome criteria assessed by the unit',
        'Signed and approved (signature on file)',
      ],
    });
  return makePdf({
    text: [`${unitAscii} - GECC 2566 evidence for item ${item}`, `Supporting document for ${item}, page 2`],
  });
}

function writeExample(
  dir: string,
  spec: AppSpec,
  yamlText: string,
  unitAscii: string,
  opts: { files?: Record<string, Buffer>; omit?: string[] } = {},
): void {
  const files: Record<string, Buffer> = {};
  for (const { file, item } of referencedFiles(spec)) {
    if (opts.omit?.includes(file)) continue;
    files[file] = opts.files?.[file] ?? exampleAttachment(unitAscii, file, item);
  }
  writeApplication(dir, spec, { yamlText, files, omit: opts.omit });
}

const NOT_READY_YAML = `# ${SCHEMA_LINE}
# ตัวอย่างใบสมัครที่ "ยังไม่พร้อม" ส่ง: จงใจใส่ข้อผิดพลาดหลายแบบไว้ให้ gecc ตรวจพบ
# ทุกจุดที่ผิดมีความเห็นกำกับว่า "ผิด:" ลองรัน  gecc check examples/not-ready-unit
edition: "2566"

unit:
  name: สำนักงานเขตบางรัก
  kind: district-office
  parent: สำนักงานปลัดกรุงเทพมหานคร
  applicant: new
  contact:
    name: นายทดสอบ ตรวจสอบ
    phone: 021234567              # ผิด: ไม่ใส่เครื่องหมายคำพูด เลข 0 นำหน้าจะหายไป (ควรเป็น "02 123 4567")
    email: gecc-bangrak@example.go.th

readiness_form:
  file: files/แบบประเมินความพร้อม.pdf
  signer: นายทดสอบ ผู้อำนวยการ
  # ผิด: สำนักงานเขตต้องให้รองปลัดกรุงเทพมหานคร (ที่กำกับดูแล) ลงนาม
  signer_position: ผู้อำนวยการเขต

physical:
  P01: มี
  P02: มี
  P03: มี
  P04: มี
  P05: มี
  P06: มี
  P07: ไม่มี                     # ผิด: ตอบ "ไม่มี" แม้เพียงข้อเดียว ใบสมัครถูกตัดสิทธิ์
  P08: มี
  P09: มี
  P10: มี
  P11: มี
  P12: มี
  P13: มี
  P14: มี

basic:
  B01: { text: สำรวจความต้องการของผู้รับบริการในพื้นที่, files: [files/B01-สำรวจความต้องการ.pdf] }
  B02: { text: วิเคราะห์ผลการสำรวจและนำไปปรับปรุงบริการ, files: [files/basic/B02.pdf] }
  # ผิด: ไม่มีข้อ B03 เลย
  B04: { text: จัดลำดับขั้นตอนการบริการให้ง่าย, files: [files/basic/B04.pdf] }
  B05:
    text: ประกาศระยะเวลาแล้วเสร็จของงานบริการไว้ที่จุดบริการ
    # ผิด: มีคำอธิบายแต่ไม่มีไฟล์แนบ (ผู้สมัครรายใหม่ต้องแนบอย่างน้อย 1 ไฟล์)
  B06: { text: จัดทำคู่มือสำหรับประชาชนครบทุกงานบริการ, files: [files/basic/B06.pdf] }
  B07: { text: เปิดช่องทางติดต่อทางโทรศัพท์ LINE และเว็บไซต์, files: [files/basic/B07.pdf] }
  B08: { text: นำผลการติดตามงานมาปรับปรุงการให้บริการ, files: [files/basic/B08.pdf] }
  B09: { text: จัดวางแบบฟอร์มและตัวอย่างการกรอก, files: [files/basic/B09.pdf] }
  B10: { text: เจ้าหน้าที่ติดป้ายชื่อทุกคน, files: [files/basic/B10.pdf] }
  B11: { text: อบรมการให้บริการแก่เจ้าหน้าที่, files: [files/basic/B11.pdf] }
  B12: { text: จัดทำแผนติดตามผลการดำเนินการ, files: [files/basic/B12.pdf] }
  B13: { text: มีระบบรับและตอบข้อร้องเรียน, files: [files/basic/B13.pdf] }
  B14: { text: เผยแพร่ข้อมูลข่าวสารของหน่วยงาน, files: [files/basic/B14.pdf] }
  B15: { text: จัดช่องบริการพิเศษสำหรับผู้สูงอายุและผู้พิการ, files: [files/basic/B15.pdf] }
  B16: { text: จัดทำแผนบริหารความต่อเนื่องกรณีภาวะฉุกเฉิน, files: [files/basic/B16.pdf] }

advanced:
  A01: { text: นำระบบจองคิวออนไลน์มาใช้, files: [files/advanced/A01.pdf], score: 2 }
  A02: { text: ให้บริการโดยไม่ต้องใช้สำเนาเอกสาร, files: [files/advanced/A02.pdf], score: 2 }
  A03: { text: วิเคราะห์กำลังคนช่วงที่มีผู้รับบริการมาก, files: [files/advanced/A03.pdf], score: 2 }
  A04:
    text: เปิดบริการนอกเวลาราชการวันเสาร์
    files: [files/advanced/A04-วันเสาร์.pdf]   # ผิด: ไม่มีไฟล์นี้อยู่ในโฟลเดอร์
    score: 2
  A05: { text: จัดมุมบริการตนเอง, files: [files/advanced/A05-photo.jpg], score: 2 }
  A06: { text: รับชำระค่าธรรมเนียมด้วย QR Code, files: [files/advanced/A06.pdf], score: 2 }
  A07: { txet: มีระบบติดตามสถานะคำขอผ่านเว็บไซต์, files: [files/advanced/A07.pdf], score: 2 }  # ผิด: พิมพ์ชื่อช่องผิด (txet แทน text) จึงไม่มีคำอธิบาย
  A08: { text: ประเมินการปฏิบัติตามมาตรฐานการให้บริการ, files: [files/advanced/A08.pdf], score: 2 }
  A09:
    text: จัดพื้นที่รอรับบริการพร้อมที่นั่งและน้ำดื่ม
    files: [files/advanced/A09-waiting-area.jpg]  # ผิด: ที่จริงเป็นไฟล์ PNG ที่เปลี่ยนชื่อเป็น .jpg
    score: 2
  A10:
    text: ให้บริการล่ามภาษามือผ่านวิดีโอคอล
    files: [files/advanced/A10-report.pdf]  # ผิด: ที่จริงเป็นไฟล์ข้อความธรรมดาที่เปลี่ยนชื่อเป็น .pdf
    score: 2
  A11: { text: เจ้าหน้าที่ให้บริการได้หลายงาน, files: [files/advanced/A11.pdf], score: 2 }
  A12:
    text: นำข้อเสนอแนะมาปรับปรุงบริการภายใน 30 วัน
    files: [files/advanced/A12.pdf]
    score: 8                      # ผิด: เกินคะแนนสูงสุดของข้อ (6)
  A13: { text: ประชาสัมพันธ์บริการผ่านสื่อออนไลน์, files: [files/advanced/A13.pdf], score: 2 }
  A14: { text: จัดบริการเคลื่อนที่ออกพื้นที่ชุมชน, files: [files/advanced/A14.pdf], score: 2 }
  A15: { text: ประเมินความพึงพอใจทันทีหลังรับบริการ, files: [files/advanced/A15.pdf], score: 2 }
  A16: { text: แลกเปลี่ยนเรียนรู้การให้บริการกับหน่วยงานอื่น, files: [files/advanced/A16.pdf], score: 2 }
  A17: { text: ใช้ระบบสารบรรณอิเล็กทรอนิกส์, files: [files/advanced/A17.pdf], score: 2 }
  A18: { text: มีแผนพัฒนาบุคลากรด้านการบริการ, files: [files/advanced/A18.pdf], score: 2 }
  A19: { text: แจ้งเตือนผู้รับบริการทาง SMS, files: [files/advanced/A19.pdf], score: 2 }
  A20: { text: รับคำขอผ่านระบบออนไลน์, files: [files/advanced/A20.pdf], score: 2 }
  A21: { text: ติดตั้งป้ายอักษรเบรลล์และทางลาด, files: [files/advanced/A21.pdf], score: 2 }
  A22: { text: พัฒนานวัตกรรมการบริการ, files: [files/advanced/A22.pdf], score: 2 }
  A23: { text: ทบทวนกระบวนงานลดระยะเวลาดำเนินการ, files: [files/advanced/A23.pdf], score: 2 }

# ผิด: คะแนนผลลัพธ์รวม 5 + 4 = 9 ต่ำกว่าเกณฑ์ขั้นต่ำ 16 คะแนน
outcome:
  R01:
    text: ผลสำรวจความพึงพอใจของผู้รับบริการ ร้อยละ 78
    files: [files/outcome/R01-ความพึงพอใจ.pdf]
    score: 5
  R02:
    text: มีช่องทางการให้บริการ 3 ช่องทาง
    files: [files/outcome/R02-channels.pdf]
    # ผิด: ไม่ได้ระบุคะแนน (score) ซึ่งเกณฑ์ด้านผลลัพธ์บังคับต้องมี
  R03:
    text: ใช้ระบบรับเรื่องร้องเรียนออนไลน์
    files: [files/outcome/R03-technology.pdf]
    score: 4
`;

/** Writes the three example folders under targetRoot (replacing them if present). */
export function buildExamples(targetRoot: string): string[] {
  const dirs: string[] = [];
  for (const name of EXAMPLE_NAMES) {
    const dir = path.join(targetRoot, name);
    fs.rmSync(dir, { recursive: true, force: true });
    dirs.push(dir);
  }

  const newSpec = exampleNewUnit();
  writeExample(
    dirs[0]!,
    newSpec,
    toYaml(newSpec, [
      'ตัวอย่างใบสมัครที่ "พร้อม" ส่ง: หน่วยงานรายใหม่ (สำนักงานเขต)',
      'คำตอบของทุกเกณฑ์อยู่ในไฟล์นี้ ไฟล์แนบอยู่ในโฟลเดอร์ files/ (อ้างอิงแบบพาธสัมพัทธ์)',
    ]),
    'Phra Nakhon District Office',
  );

  const retSpec = exampleReturningUnit();
  writeExample(
    dirs[1]!,
    retSpec,
    toYaml(retSpec, ['ตัวอย่างใบสมัครที่ "พร้อม" ส่ง: หน่วยงานรายเดิม (เคยได้รับการรับรองแล้ว) สังกัดสำนักการแพทย์', 'เกณฑ์พื้นฐานตอบเพียง มี/ไม่มี ไม่ต้องแนบไฟล์']),
    'Klang Hospital, Medical Service Department',
  );

  const notReady = parse(NOT_READY_YAML) as AppSpec;
  writeExample(dirs[2]!, notReady, NOT_READY_YAML, 'Bang Rak District Office', {
    omit: ['files/advanced/A04-วันเสาร์.pdf'],
    files: {
      'files/advanced/A09-waiting-area.jpg': makePng({ width: 8, height: 8 }),
      'files/advanced/A10-report.pdf': Buffer.from(
        'รายงานการให้บริการล่ามภาษามือ (ไฟล์ข้อความธรรมดา ไม่ใช่ PDF)\nSign-language interpreter report (plain text, not a PDF)\n',
        'utf8',
      ),
    },
  });
  return dirs;
}
