import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/check-targets.js';
import { watchChangesText } from '../../src/report/watch-text.js';
import { reportChanges } from '../../src/watch/report-changes.js';
import { isNoise, watchFolders } from '../../src/watch/watch-folders.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { runCli } from '../helpers/capture-io.js';
import { makeImageOnlyPdf, makePdf } from '../helpers/pdf.js';
import { sleep, until } from '../helpers/waiting.js';
import { folderToSave, saves } from '../helpers/editor-saves.js';

afterAll(() => removeTempDirs());

const NOW = '2023-02-01T09:00:00+07:00';

describe('watching survives files that are replaced, removed and made again', () => {
  it('notices every save of application.yaml and of an attachment, whatever way it is saved, and lists no scratch file', async () => {
    const { dir, answers, attachment } = folderToSave(tempDir());
    const controller = new AbortController();
    const calls: string[][] = [];
    const done = watchFolders([dir], async (changed) => void calls.push(changed.map((f) => path.relative(dir, f))), {
      signal: controller.signal,
      debounceMs: 100,
    });
    await sleep(500);
    let round = 0;
    const expectNoticed = async (file: string) => {
      const before = calls.length;
      await until(() => calls.slice(before).some((c) => c.includes(path.relative(dir, file))), `save ${round} of ${file}`);
      await sleep(300);
    };
    // each save twice: the second one is what a watcher blinded by the first would miss
    for (const [name, save] of Object.entries(saves)) {
      for (const file of [answers, attachment]) {
        for (let i = 0; i < 2; i++) {
          round++;
          save(file, file === answers ? `edition: "2566"\n# ${name} ${round}\n` : makePdf({ text: `${name} ${round}` }));
          await expectNoticed(file);
        }
      }
    }
    // removed, then made again, then saved again
    for (const file of [answers, attachment]) {
      fs.rmSync(file);
      await expectNoticed(file);
      fs.writeFileSync(file, 'again');
      await expectNoticed(file);
      fs.appendFileSync(file, ' and again');
      await expectNoticed(file);
    }
    controller.abort();
    await done;
    const listed = new Set(calls.flat());
    expect([...listed].filter((f) => isNoise(f))).toEqual([]);
    expect([...listed].sort()).toEqual(['application.yaml', path.join('files', 'B01.pdf')]);
  }, 120_000);

  it('keeps watching a folder that is removed and made again', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'app');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'application.yaml'), 'a');
    const controller = new AbortController();
    const calls: string[][] = [];
    const done = watchFolders([dir], async (changed) => void calls.push(changed), {
      signal: controller.signal,
      debounceMs: 100,
      pollMs: 300,
    });
    await sleep(500);
    fs.renameSync(dir, path.join(parent, 'app-old'));
    await until(() => calls.length > 0, 'the folder gone');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'application.yaml'), 'b');
    const seen = calls.length;
    await until(() => calls.length > seen, 'the folder back');
    await sleep(1000);
    const again = calls.length;
    fs.writeFileSync(path.join(dir, 'application.yaml'), 'changed once more');
    await until(() => calls.length > again, 'a save in the new folder');
    controller.abort();
    await done;
  }, 60_000);

  it('isNoise knows the scratch files of common editors and of Office', () => {
    for (const name of [
      'application.yaml.swp',
      '.application.yaml.swx',
      'application.yaml~',
      '4913',
      'files/4913',
      '.#application.yaml',
      '#application.yaml#',
      'files/~$B01.docx',
      '.goutputstream-ABC123',
      'application.yaml.tmp',
      'application.yaml.tmp.1234',
      'files/~WRL0001.tmp',
      'application.yaml___jb_tmp___',
      'files/Thumbs.db',
    ])
      expect(isNoise(name), name).toBe(true);
    for (const name of ['application.yaml', 'application.yml', 'files/B01.pdf', 'files/ภาพ/A05.jpg', 'files/temp-plan.pdf'])
      expect(isNoise(name), name).toBe(false);
  });
});

describe('gecc check --watch after a rename-save', () => {
  it('redraws after every save, with no stale verdict, and --ascii prints ASCII marks only', async () => {
    const dir = writeApplication(path.join(tempDir(), 'app'), readyNewUnit());
    const answers = path.join(dir, 'application.yaml');
    const good = fs.readFileSync(answers, 'utf8');
    const broken = good.replace(/ {2}B01:\n {4}text: [^\n]*\n/, '  B01:\n    text: ""\n');
    expect(broken).not.toBe(good);
    const controller = new AbortController();
    let stdout = '';
    const running = runCli(['check', '--watch', '--ascii', '--lang', 'en', dir, '--now', NOW], {
      stdout: (text) => void (stdout += text),
      interrupt: () => controller.signal,
    });
    const runs = () => stdout.split('First check').length - 1 + (stdout.match(/Since the last check/g)?.length ?? 0);
    await until(() => stdout.includes('First check'), 'the first check');
    await sleep(500);
    const last = () => stdout.slice(stdout.lastIndexOf('Result:') === -1 ? 0 : stdout.lastIndexOf('GECC'));
    for (let i = 0; i < 2; i++) {
      let seen = runs();
      saves.renameOver(answers, broken);
      await until(() => runs() > seen && /no longer ready/.test(stdout.slice(stdout.lastIndexOf('Since the last check'))), 'broken');
      expect(last()).not.toContain('[OK] Ready');
      await sleep(300);
      seen = runs();
      saves.renameOver(answers, good);
      await until(
        () => runs() > seen && /is now ready to send/.test(stdout.slice(stdout.lastIndexOf('Since the last check'))),
        'fixed again',
      );
      await sleep(300);
    }
    controller.abort();
    const { code } = await running;
    expect(code).toBe(0);
    expect(stdout).toContain('[OK]');
    expect(stdout).toContain('[X]');
    expect(stdout).not.toMatch(/[✔✖⚠ℹ—·…]/);
    expect(stdout).not.toContain('.tmp');
  }, 120_000);
});

describe('what the redrawn report says has changed', () => {
  it('an answers file that can no longer be read did not fix the problems it had', async () => {
    const dir = writeApplication(tempDir(), { ...readyNewUnit(), basic: {} });
    const before = await checkTargets([dir], { now: new Date(NOW) });
    expect(before.applications[0]!.findings.length).toBeGreaterThan(10);
    fs.appendFileSync(path.join(dir, 'application.yaml'), 'unit: [unclosed\n');
    const after = await checkTargets([dir], { now: new Date(NOW) });
    const changes = reportChanges(before, after);
    // problems, not notes: a note is neither fixed nor left unchecked
    const problems = before.applications[0]!.findings.filter((f) => f.severity !== 'info').length;
    expect(changes.fixed).toEqual([]);
    expect(changes.unchecked.length).toBe(problems);
    expect(changes.added.map((c) => c.finding.code)).toContainEqual(expect.stringMatching(/^yaml\./));
    const text = watchChangesText(changes, [], { lang: 'th', color: false, time: '10:00:00' });
    expect(text).not.toContain('แก้แล้ว');
    expect(text).toContain(`ตรวจซ้ำไม่ได้ ${changes.unchecked.length} รายการเดิม`);
    // and when it can be read again, what is still wrong is not new
    const back = reportChanges(after, before);
    expect(back.added.length).toBe(problems);
    expect(back.fixed.map((c) => c.finding.code)).toContainEqual(expect.stringMatching(/^yaml\./));
  }, 60_000);

  it('an attachment that can no longer be read did not fix what was found inside it', async () => {
    const spec = readyNewUnit();
    const dir = writeApplication(tempDir(), spec, { files: { 'files/B01.pdf': makeImageOnlyPdf() } });
    const before = await checkTargets([dir], { now: new Date(NOW) });
    expect(before.applications[0]!.findings.map((f) => [f.code, f.file])).toContainEqual(['pdf.no-text', 'files/B01.pdf']);
    fs.writeFileSync(path.join(dir, 'files', 'B01.pdf'), '%PDF-1.4\nnot really a PDF');
    const after = await checkTargets([dir], { now: new Date(NOW) });
    const changes = reportChanges(before, after);
    expect(changes.fixed.map((c) => c.finding.code)).not.toContain('pdf.no-text');
    expect(changes.unchecked.map((c) => c.finding.code)).toContain('pdf.no-text');
  }, 60_000);

  it('the same code for different groups is two problems', async () => {
    const spec = readyNewUnit() as Record<string, any>;
    const dir = writeApplication(tempDir(), { ...spec, basic: { ...spec.basic, B01: undefined } });
    const before = await checkTargets([dir], { now: new Date(NOW) });
    writeApplication(dir, {
      ...spec,
      outcome: { ...spec.outcome, R01: { ...spec.outcome.R01, score: 0 }, R02: { ...spec.outcome.R02, score: 0 } },
    });
    const after = await checkTargets([dir], { now: new Date(NOW) });
    const below = (report: typeof before) =>
      report.applications[0]!.findings.filter((f) => f.code === 'group.below-required').map((f) => (f.args as { group: string }).group);
    expect(below(before)).toHaveLength(1);
    expect(below(after)).toHaveLength(1);
    expect(below(after)).not.toEqual(below(before));
    const changes = reportChanges(before, after);
    expect(changes.fixed.filter((c) => c.finding.code === 'group.below-required')).toHaveLength(1);
    expect(changes.added.filter((c) => c.finding.code === 'group.below-required')).toHaveLength(1);
  }, 60_000);
});
