import { message } from '../message-spec.js';

/** Findings about answers that YAML read differently from what the unit wrote. */
export const textLossMessages = {
  'yaml.comment-cut-text': message<{ field: string; cut: string }>({
    severity: 'warning',
    th: {
      text: (a) => `ข้อความของ ${a.field} ถูกตัดที่เครื่องหมาย #: ส่วนที่เหลือของบรรทัด "${a.cut}" ถูกอ่านเป็นหมายเหตุ (comment) และจะไม่อยู่ในคำตอบ`,
      fix: () =>
        'ใส่ข้อความทั้งหมดไว้ในเครื่องหมายคำพูด เช่น text: "วิเคราะห์ผล #สำคัญ" หรือเขียน text: | แล้วขึ้นบรรทัดใหม่ เว้นวรรคหน้าข้อความ 2 ช่องมากกว่า text',
    },
    en: {
      text: (a) => `The text of ${a.field} stops at the #: the rest of the line, "${a.cut}", was read as a YAML comment and is lost`,
      fix: () => 'Put the whole text in quotes (text: "… #…"), or write text: | and the text on the next lines, indented.',
    },
  }),
};
