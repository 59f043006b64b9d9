import type { Finding } from '../../findings/finding.js';
import type { PdfVerdict } from './pdf-verdict.js';
import { finding } from '../../findings/make-finding.js';

/** What a user is told about a PDF, from what reading it found. */
export function pdfFindings(verdict: PdfVerdict, path: string): Finding[] {
  switch (verdict.kind) {
    case 'password':
      return [finding('pdf.password', { path })];
    case 'invalid':
      return [finding('pdf.unreadable', { path, detail: verdict.detail })];
    case 'no-pages':
      return [finding('pdf.no-pages', { path, claimed: verdict.claimed })];
    case 'blank':
      return [finding('pdf.blank-pages', { path, blank: verdict.blank, pages: verdict.pages })];
    case 'xfa-only':
      return [finding('pdf.xfa-only', { path })];
    case 'page-broken':
      return [finding('pdf.page-broken', { path, page: verdict.page, detail: verdict.detail })];
    case 'damaged':
      return [finding('pdf.damaged', { path, detail: verdict.detail })];
    case 'timeout':
      return [finding('pdf.timeout', { path, seconds: verdict.seconds })];
    case 'too-slow':
      return [finding('pdf.too-slow', { path, seconds: verdict.seconds })];
    case 'too-much-memory':
      return [finding('pdf.too-much-memory', { path, megabytes: verdict.megabytes })];
    case 'image-too-large':
      return [finding('pdf.image-too-large', { path, width: verdict.width, height: verdict.height, megabytes: verdict.megabytes })];
    case 'reader-failed':
      return [finding('pdf.not-checked', { path, detail: verdict.detail })];
    case 'read': {
      const findings: Finding[] = [];
      // blank pages before the content: what a reviewer opening the file sees first
      if (verdict.blankFirst > 0) findings.push(finding('pdf.blank-first-pages', { path, blank: verdict.blankFirst }));
      if (verdict.refused.length > 0)
        findings.push(
          finding('pdf.restricted', { path, print: verdict.refused.includes('print'), copy: verdict.refused.includes('copy') }),
        );
      if (verdict.portfolio) findings.push(finding('pdf.portfolio', { path }));
      else if (verdict.attachments > 0) findings.push(finding('pdf.embedded-files', { path, count: verdict.attachments }));
      if (verdict.formFields > 0) findings.push(finding('pdf.form-fields', { path, count: verdict.formFields }));
      // a portfolio's cover page says little: its own warning is enough
      // a scan draws a picture: a page of shapes only is not called one
      if (verdict.textChars === 0 && !verdict.portfolio)
        findings.push(finding('pdf.no-text', { path, pages: verdict.pagesRead, scan: verdict.pictures }));
      return findings;
    }
  }
}
