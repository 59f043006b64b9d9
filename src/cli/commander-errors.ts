import type { CommanderError } from 'commander';
import type { Lang } from '../lang.js';

/**
 * commander's own error message, in the user's language: it is written in English, so the
 * common ones are said again in Thai with the values they name (an option, a value, a command).
 */
export function commanderErrorText(error: CommanderError, lang: Lang): string {
  const english = error.message.replace(/^error:\s*/i, '');
  if (lang === 'en') return english;
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const didYouMean = /Did you mean (.+?)\?/.exec(error.message)?.[1];
  const suggestion = didYouMean ? ` หรือหมายถึง ${didYouMean}?` : '';
  switch (error.code) {
    case 'commander.unknownOption':
      return `ไม่รู้จักตัวเลือก ${quoted[0] ?? ''}${suggestion}`;
    case 'commander.unknownCommand':
      return `ไม่รู้จักคำสั่ง ${quoted[0] ?? ''}${suggestion}`;
    case 'commander.invalidArgument': {
      const allowed = /Allowed choices are (.+?)\.?$/.exec(error.message)?.[1];
      return `ค่า "${quoted[1] ?? ''}" ใช้กับ ${quoted[0] ?? ''} ไม่ได้${allowed ? ` — ค่าที่ใช้ได้: ${allowed}` : ''}`;
    }
    case 'commander.optionMissingArgument':
      return `ตัวเลือก ${quoted[0] ?? ''} ต้องตามด้วยค่า`;
    case 'commander.missingArgument':
      return `ยังไม่ได้ระบุ ${quoted[0] ?? ''}`;
    case 'commander.excessArguments':
      return 'ระบุค่ามากเกินกว่าที่คำสั่งนี้รับ';
    default:
      return english;
  }
}
