import { message } from '../message-spec.js';

/** Findings about answers that YAML read differently from what the unit wrote. */
export const textLossMessages = {
  'yaml.comment-cut-text': message<{ field: string; cut: string }>({
    severity: 'warning',
    th: {
      text: (a) =>
        `ข้อความต่อจาก ${a.field.split('.').pop()}: ถูกตัดที่เครื่องหมาย # ที่มีเว้นวรรคข้างหน้า ส่วนที่เหลือของบรรทัด "${a.cut}" จึงถูกอ่านเป็นหมายเหตุและจะไม่อยู่ในคำตอบ`,
      fix: (a) =>
        `ใส่ข้อความทั้งหมดไว้ในเครื่องหมายคำพูด เช่น ${a.field.split('.').pop()}: "ข้อความ #ต่อ" หรือพิมพ์ ${a.field.split('.').pop()}: | แล้วขึ้นบรรทัดใหม่ เว้นวรรคหน้าข้อความเข้าไปมากกว่าหัวข้อ 2 ช่อง`,
    },
    en: {
      text: (a) => `The text of ${a.field} stops at the #: the rest of the line, "${a.cut}", was read as a YAML comment and is lost`,
      fix: () => 'Put the whole text in quotes (text: "… #…"), or write text: | and the text on the next lines, indented.',
    },
  }),
};
