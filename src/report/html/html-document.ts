import { createHash } from 'node:crypto';
import type { Lang } from '../../lang.js';
import { html, trusted, type SafeHtml } from './escape-html.js';
import { sarabunFontFaces } from './sarabun-font.js';

/** The look shared by gecc's printable pages: Sarabun, A4, tables that break cleanly across pages. */
export const BASE_CSS = `
:root{--ink:#1b1f24;--muted:#5b6470;--line:#c9ced6;--ok:#17663a;--ok-bg:#e3f4e9;--bad:#a61b1b;--bad-bg:#fbe6e6;--warn:#8a5a00;--warn-bg:#fff3d6;--info:#1d4f91;--info-bg:#e5eefb;--accent:#243b6b}
*{box-sizing:border-box}
html{font-family:'Sarabun','TH Sarabun New',Tahoma,'Leelawadee UI',sans-serif;font-size:11pt;line-height:1.45;color:var(--ink);-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:200mm;padding:10mm 6mm;background:#fff}
h1{font-size:17pt;margin:0 0 2mm;color:var(--accent);line-height:1.4}
h2{font-size:14pt;margin:6mm 0 2mm;color:var(--accent);line-height:1.4}
h3{font-size:12pt;margin:5mm 0 2mm;line-height:1.4}
h1,h2,h3,.finding-target{break-after:avoid}
p{margin:1mm 0}
table{border-collapse:collapse;width:100%;margin:2mm 0}
th,td{border:0.3mm solid var(--line);padding:1mm 2mm;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:700}
thead{display:table-header-group}
tr{break-inside:avoid}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.center{text-align:center}
.muted{color:var(--muted)}
.small{font-size:9.5pt}
.overview .folder{color:var(--muted);font-size:9pt}
.mono{font-family:'DejaVu Sans Mono',Consolas,monospace;font-size:8pt;word-break:break-all}
.pre{white-space:pre-wrap;overflow-wrap:anywhere}
.page-break{break-before:page}
.avoid-break{break-inside:avoid}
@page{size:A4;margin:14mm 13mm 15mm}
@media print{body{max-width:none;padding:0}}
.watermark{position:fixed;top:0;left:0;width:100%;height:100%;display:flex;align-items:center;justify-content:center;pointer-events:none;z-index:10}
.watermark span{font-size:150pt;font-weight:700;color:rgba(166,27,27,.13);transform:rotate(-32deg);white-space:nowrap}
`;

export interface DocumentParts {
  lang: Lang;
  title: string;
  /** styles of the page itself, fixed by gecc */
  css: string;
  body: SafeHtml;
  /** a word set across every page (e.g. "ร่าง") */
  watermark?: string;
  /**
   * gecc's own script for the page, fixed text (never from an application): the page's policy
   * allows this one script by its hash and nothing else
   */
  script?: string;
  /** data for the script, as JSON in a block that is never run (application text goes here, not into the script) */
  data?: { id: string; value: unknown };
}

/** JSON that cannot end the block it sits in: every < is escaped, so no </script> and no <!-- */
const jsonBlock = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A complete, self-contained HTML page: fonts and styles inline, at most gecc's own script, nothing fetched. */
export function htmlDocument({ lang, title, css, body, watermark, script, data }: DocumentParts): string {
  const scriptPolicy = script ? ` script-src 'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}';` : '';
  return html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:;${trusted(scriptPolicy)} connect-src 'none'; form-action 'none'">
<title>${title}</title>
<style>
${trusted(sarabunFontFaces())}
${trusted(BASE_CSS)}
${trusted(css)}
</style>
</head>
<body>
${watermark ? html`<div class="watermark" aria-hidden="true"><span>${watermark}</span></div>` : ''}
${body}
${data ? html`<script type="application/json" id="${data.id}">${trusted(jsonBlock(data.value))}</script>` : ''}
${script ? html`<script>${trusted(script)}</script>` : ''}
</body>
</html>
`.value;
}
