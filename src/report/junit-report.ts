import { GROUP_IDS } from '../criteria/catalogue-groups.js';
import type { Finding } from '../findings/finding.js';
import type { Lang } from '../lang.js';
import { renderMessage } from '../findings/render-message.js';
import { isWindowFinding } from '../rules/application-window.js';
import type { ApplicationResult, CheckReport } from '../result.js';
import { answersRead, countsOf, findingPlace, verdictOf } from './application-facts.js';
import { markOf } from './marks.js';
import { BATCH_TEXT } from './batch-text.js';
import { forDisplay } from './for-display.js';
import { groupByTarget, targetTitle } from './human-report.js';
import { UI_TEXT } from './ui-text.js';

export interface JunitOptions {
  lang: Lang;
}

interface TestCase {
  name: string;
  /** the findings that fail it (empty: it passes) */
  failure?: { message: string; type: string; body: string };
  skipped?: string;
  /** warnings and notes, shown beside a passing or failing case */
  output?: string;
}

/**
 * JUnit XML for CI servers: one test suite per application; one test case for the verdict
 * (with the findings about the application as a whole), one for the unit details, one for the
 * readiness form and one per catalogue item. A failure carries its findings' messages. The
 * folder's values have their control characters escaped, as the human report shows them (a CI
 * server shows these texts on a terminal or a web page); what XML cannot hold even then (a lone
 * surrogate, U+FFFE, a control character of the catalogue) becomes U+FFFD.
 */
export function junitReport(given: CheckReport, { lang }: JunitOptions): string {
  const report = forDisplay(given);
  const suites = report.applications.map((app) => ({ app, cases: testCases(app, lang) }));
  const count = (cases: TestCase[], what: 'failure' | 'skipped') => cases.filter((c) => c[what] !== undefined).length;
  const all = suites.flatMap((s) => s.cases);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="gecc" tests="${all.length}" failures="${count(all, 'failure')}" errors="0" skipped="${count(all, 'skipped')}">`,
  ];
  for (const { app, cases } of suites) {
    out.push(
      `  <testsuite name="${attr(app.path)}" tests="${cases.length}" failures="${count(cases, 'failure')}" errors="0" skipped="${count(cases, 'skipped')}">`,
    );
    out.push('    <properties>');
    const properties: [string, string | undefined][] = [
      ['unit', app.unit.name],
      ['kind', app.unit.kind],
      ['applicant', app.unit.applicant],
      ['edition', app.edition],
      ['ready', String(app.ready)],
      ['disqualified', String(app.disqualified)],
    ];
    for (const [name, value] of properties) if (value !== undefined) out.push(`      <property name="${name}" value="${attr(value)}"/>`);
    out.push('    </properties>');
    for (const test of cases) {
      const open = `    <testcase classname="${attr(app.path)}" name="${attr(test.name)}"`;
      const inner: string[] = [];
      if (test.skipped !== undefined) inner.push(`      <skipped message="${attr(test.skipped)}"/>`);
      if (test.failure)
        inner.push(
          `      <failure message="${attr(test.failure.message)}" type="${attr(test.failure.type)}">${text(test.failure.body)}</failure>`,
        );
      if (test.output) inner.push(`      <system-out>${text(test.output)}</system-out>`);
      out.push(inner.length === 0 ? `${open}/>` : `${open}>`, ...inner, ...(inner.length === 0 ? [] : ['    </testcase>']));
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function testCases(app: ApplicationResult, lang: Lang): TestCase[] {
  const t = BATCH_TEXT[lang];
  const ui = UI_TEXT[lang];
  const { catalogue } = app;
  const read = answersRead(app);
  const itemIds = GROUP_IDS.flatMap((group) => catalogue.groups[group].items.map((item) => item.id));
  const targets = ['unit', 'readiness_form', ...itemIds];
  const byTarget = new Map<string, Finding[]>();
  const general: Finding[] = [];
  // the calendar is not a test of the application (the human report says it once); findings of
  // no known section or item belong to the verdict's own case
  for (const [target, list] of groupByTarget(
    app.findings.filter((f) => !isWindowFinding(f)),
    catalogue,
  )) {
    if (targets.includes(target)) byTarget.set(target, list);
    else general.push(...list);
  }

  const { errors, warnings } = countsOf(app);
  const verdict: TestCase = { name: t.verdictCase };
  if (app.ready) Object.assign(verdict, outputOf(general, app, lang));
  else {
    const message = `${ui.notReady}${app.disqualified ? ` — ${ui.disqualified}` : ''} (${ui.counts(errors, warnings)})`;
    const blocking = general.filter((f) => f.severity !== 'info');
    verdict.failure = { message, type: verdictOf(app), body: [message, ...blocking.map((f) => findingText(f, app, lang))].join('\n\n') };
    Object.assign(
      verdict,
      outputOf(
        general.filter((f) => f.severity === 'info'),
        app,
        lang,
      ),
    );
  }

  const cases = targets.map((target): TestCase => {
    const name = targetTitle(target, catalogue, lang);
    if (!read) return { name, skipped: t.notChecked };
    const findings = byTarget.get(target) ?? [];
    const errorsHere = findings.filter((f) => f.severity === 'error');
    const item = app.items.find((i) => i.id === target);
    const incomplete = item !== undefined && item.state !== 'complete';
    const test: TestCase = {
      name,
      ...outputOf(
        findings.filter((f) => f.severity !== 'error'),
        app,
        lang,
      ),
    };
    if (errorsHere.length > 0) {
      test.failure = {
        message: renderMessage(errorsHere[0]!, lang, app.catalogue).text,
        type: errorsHere[0]!.code,
        body: errorsHere.map((f) => findingText(f, app, lang)).join('\n\n'),
      };
    } else if (incomplete) {
      test.failure = { message: t.itemIncomplete, type: `item.${item.state}`, body: t.itemIncomplete };
    }
    return test;
  });
  return [verdict, ...cases];
}

function outputOf(findings: Finding[], app: ApplicationResult, lang: Lang): { output?: string } {
  return findings.length === 0 ? {} : { output: findings.map((f) => findingText(f, app, lang)).join('\n\n') };
}

/** A finding as the human report words it: mark, message, place in application.yaml or file, fix. */
function findingText(finding: Finding, app: ApplicationResult, lang: Lang): string {
  const { text: message, fix } = renderMessage(finding, lang, app.catalogue);
  const mark = markOf(finding.severity);
  const where = findingPlace(finding, app);
  return [`${mark} ${message}`, ...(where ? [`  ${where}`] : []), ...(fix ? [`  ${BATCH_TEXT[lang].fix}: ${fix}`] : [])].join('\n');
}

/** Characters XML 1.0 cannot hold at all (most control characters, lone surrogates, U+FFFE/F). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const clean = (value: string) => value.replace(NOT_XML, '\uFFFD');

function text(value: string): string {
  // a parser turns a raw CR into LF: written as a reference, it survives
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute values also keep their new lines and tabs (a parser would fold them into spaces). */
function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
