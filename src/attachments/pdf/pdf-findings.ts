import type { Finding } from '../../findings/finding.js';
import type { PdfVerdict } from './pdf-verdict.js';

/** What a user is told about a PDF, from what reading it found. */
export function pdfFindings(verdict: PdfVerdict, path: string): Finding[] {
  switch (verdict.kind) {
    case 'password':
      return [{ code: 'pdf.password', severity: 'error', args: { path } }];
    case 'invalid':
      return [{ code: 'pdf.unreadable', severity: 'error', args: { path, detail: verdict.detail } }];
    case 'no-pages':
      return [{ code: 'pdf.no-pages', severity: 'error', args: { path, claimed: verdict.claimed } }];
    case 'xfa-only':
      return [{ code: 'pdf.xfa-only', severity: 'error', args: { path } }];
    case 'page-broken':
      return [{ code: 'pdf.page-broken', severity: 'error', args: { path, page: verdict.page, detail: verdict.detail } }];
    case 'damaged':
      return [{ code: 'pdf.damaged', severity: 'error', args: { path, detail: verdict.detail } }];
    case 'timeout':
      return [{ code: 'pdf.timeout', severity: 'error', args: { path, seconds: verdict.seconds } }];
    case 'too-much-memory':
      return [{ code: 'pdf.too-much-memory', severity: 'error', args: { path, megabytes: verdict.megabytes } }];
    case 'image-too-large':
      return [
        {
          code: 'pdf.image-too-large',
          severity: 'error',
          args: { path, width: verdict.width, height: verdict.height, megabytes: verdict.megabytes },
        },
      ];
    case 'reader-failed':
      return [{ code: 'pdf.not-checked', severity: 'error', args: { path, detail: verdict.detail } }];
    case 'read': {
      const findings: Finding[] = [];
      if (verdict.refused.length > 0)
        findings.push({
          code: 'pdf.restricted',
          severity: 'warning',
          args: { path, print: verdict.refused.includes('print'), copy: verdict.refused.includes('copy') },
        });
      if (verdict.portfolio) findings.push({ code: 'pdf.portfolio', severity: 'warning', args: { path } });
      else if (verdict.attachments > 0)
        findings.push({ code: 'pdf.embedded-files', severity: 'warning', args: { path, count: verdict.attachments } });
      if (verdict.formFields > 0)
        findings.push({ code: 'pdf.form-fields', severity: 'warning', args: { path, count: verdict.formFields } });
      // a portfolio's cover page says little: its own warning is enough
      if (verdict.textChars === 0 && !verdict.portfolio)
        findings.push({ code: 'pdf.no-text', severity: 'warning', args: { path, pages: verdict.pagesRead } });
      return findings;
    }
  }
}
