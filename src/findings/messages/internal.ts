import { message } from '../message-spec.js';

/** A fault of gecc itself, reported as a finding so that the other applications still get checked. */
export const internalMessages = {
  'internal.error': message<{ detail: string }>({
    internalFault: true,
    severity: 'error',
    th: { text: (a) => `gecc ทำงานผิดพลาดระหว่างตรวจใบสมัครนี้ (${a.detail})`, fix: () => 'แจ้งผู้ดูแล gecc พร้อมโฟลเดอร์ใบสมัครนี้' },
    en: {
      text: (a) => `gecc failed while checking this application (${a.detail})`,
      fix: () => 'Report it to the gecc maintainers with this folder.',
    },
  }),
};
