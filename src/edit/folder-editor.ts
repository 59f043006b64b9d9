import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parseDocument } from 'yaml';
import { ANSWERS_FILES } from '../answers/answers-files.js';
import { applicantOf, unitKindOf } from '../answers/unit-kind-names.js';
import type { Finding } from '../findings/finding.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import { finding } from '../findings/make-finding.js';
import type { Lang } from '../lang.js';
import { renderMessage } from '../findings/render-message.js';
import { createApplication, InitError } from '../init/create-application.js';
import { starterFor } from '../init/starter-for.js';
import { html } from '../report/html/escape-html.js';
import { UI_TEXT } from '../report/ui-text.js';
import type { ApplicationResult } from '../result.js';
import { EDIT_TEXT, type EditFailure } from './edit-text.js';
import { type PageState, type PageView, pageState } from './edit-page.js';
import type { EditSession } from './edit-session.js';
import { formFields, sameShown, type ShownValue, shownValue, valueAt } from './form-fields.js';
import type { AnswersWriter } from './answers-writer.js';
import { answersText, readAnswerValues } from './answers-edit.js';

/** What a change came to: the new state of the page, or why nothing was written. */
export type Outcome =
  | { ok: true; state: PageState; savedAs?: string }
  | {
      ok: false;
      status: number;
      /** refused: an upload gecc would refuse (`refused` says why); not-saved: the writer's own reason, in `message` */
      reason: EditFailure | 'conflict' | 'refused' | 'not-saved';
      message: string;
      /** the value the file has now, where it changed since the page read it */
      conflict?: { path: string; value: ShownValue };
      /** the findings that refuse an upload, as markup (escaped) */
      refused?: string;
    };

export interface StarterSettings {
  catalogue: Catalogue;
  /** the criteria file given with --criteria, named in the starter as gecc init names it */
  criteriaFile?: string | undefined;
}

/** A text of the answers file: the most it may hold, as gecc check reads it. */
const MAX_ANSWERS_BYTES = 2 * 1024 * 1024;

/**
 * The application folder as the page edits it: every change is written here, one at a time, into
 * application.yaml and files/ alone; after each, the folder is checked again and the new state
 * is handed to whoever listens (the page that made the change, and every open tab).
 */
export class FolderEditor {
  private version = 0;
  private writes: Promise<unknown> = Promise.resolve();
  private latest: PageView | undefined;
  private lastSent = '';
  private readonly listeners = new Set<(state: PageState) => void>();
  private stopping = false;

  constructor(
    readonly dir: string,
    /** the folder as the user named it */
    readonly display: string,
    readonly lang: Lang,
    private readonly session: EditSession,
    private readonly starter: StarterSettings,
    /** the writer for the catalogue the application is checked against (its items, their order) */
    private readonly writerFor: (catalogue: Catalogue) => AnswersWriter,
  ) {}

  /** The answers file the folder has (application.yaml, or application.yml where only that exists). */
  async answersFile(): Promise<string | undefined> {
    for (const name of ANSWERS_FILES) {
      try {
        await lstat(path.join(this.dir, name));
        return path.join(this.dir, name);
      } catch {
        // not this one
      }
    }
    return undefined;
  }

  /** The last view drawn, or a new one. */
  async view(): Promise<PageView | undefined> {
    return this.latest ?? this.refresh();
  }

  /** Checks the folder again and tells every listener, when anything the page shows changed. */
  async refresh(): Promise<PageView | undefined> {
    const file = await this.answersFile();
    if (!file) {
      this.latest = undefined;
      return undefined;
    }
    const [result, text] = await Promise.all([this.session.check(), this.readText(file).catch(() => undefined)]);
    const catalogue = result.catalogue;
    // as gecc reads them; a file it cannot read shows what a lenient reading finds, for the check's findings to explain
    const read = text === undefined ? undefined : readAnswerValues(text);
    const lenient = read?.ok || text === undefined ? undefined : parsed(text);
    const answerAt = (path: string) => (read?.ok ? read.value(path.split('.')) : valueAt(lenient, path));
    const applicant = applicantOf(answerAt('unit.applicant')) ?? 'new';
    const fields = formFields(catalogue, applicant);
    const values = Object.fromEntries(fields.map((f) => [f.path, shownValue(f, answerAt(f.path))]));
    const view: PageView = {
      result,
      catalogue,
      fields,
      values,
      folder: this.display,
      layout: `${catalogue.edition}:${applicant}`,
      version: ++this.version,
    };
    this.latest = view;
    const state = pageState(view, this.lang);
    const { version: _version, ...content } = state;
    const seen = JSON.stringify(content);
    if (seen !== this.lastSent) {
      this.lastSent = seen;
      for (const listen of this.listeners) listen(state);
    }
    return view;
  }

  /** The state of the page now, for a tab that (re)connects. */
  async state(): Promise<PageState | undefined> {
    const view = await this.view();
    return view ? pageState(view, this.lang) : undefined;
  }

  onState(listener: (state: PageState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for the change being written, then takes no more. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.writes.catch(() => undefined);
  }

  /**
   * Saves one value. `from` is what the page showed before the user changed it: if the file says
   * something else now (another program saved it meanwhile) and not already the new value,
   * nothing is written and the page asks which to keep.
   */
  save(fieldPath: string, value: unknown, from: unknown): Promise<Outcome> {
    return this.exclusive(async (file, text, view) => {
      const field = view.fields.find((f) => f.path === fieldPath);
      if (!field || field.kind === 'files' || field.kind === 'file') return this.failure(400, 'unknown-field');
      if (typeof value !== 'string' || (from !== undefined && typeof from !== 'string')) return this.failure(400, 'unknown-field');
      const now = shownValue(field, this.writerFor(view.catalogue).readAnswerValue(text, fieldPath));
      if (from !== undefined && !sameShown(now, from) && !sameShown(now, value)) {
        return { ...this.failure(409, 'conflict'), conflict: { path: fieldPath, value: now } };
      }
      if (sameShown(now, value)) return this.done();
      return this.written(file, this.writerFor(view.catalogue).setAnswer(text, fieldPath, value), view);
    });
  }

  /** Takes an attachment off an item (or the readiness form): its reference only; the file stays in files/. */
  remove(fieldPath: string, reference: unknown): Promise<Outcome> {
    return this.exclusive(async (file, text, view) => {
      const field = view.fields.find((f) => f.path === fieldPath);
      if (!field || (field.kind !== 'files' && field.kind !== 'file') || typeof reference !== 'string')
        return this.failure(400, 'unknown-field');
      return this.written(file, this.writerFor(view.catalogue).removeFileReference(text, fieldPath, reference), view);
    });
  }

  /**
   * Attaches a file: its body (at most `limit` bytes) received straight into a temporary file in
   * files/, judged there as `gecc check` judges attachments (a file it would refuse is refused
   * here, with the same finding, and the temporary file removed: nothing is left in files/); then
   * put in place under a name no other file has, and named in the item's `files:`.
   */
  upload(fieldPath: string, name: string, body: Readable, limit: number): Promise<Outcome> {
    return this.exclusive(async (file, text, view) => {
      const writer = this.writerFor(view.catalogue);
      const field = view.fields.find((f) => f.path === fieldPath);
      if (!field || (field.kind !== 'files' && field.kind !== 'file')) return this.failure(400, 'unknown-field');
      const safe = writer.uploadName(name);
      if (!safe.ok) return this.refusal([safe.finding], view.result);
      const received = await writer.receiveUpload(this.dir, safe.name, body, limit);
      if (!received.ok) return received.tooLong ? this.tooLarge(safe.name, limit + 1) : this.refusal([received.finding], view.result);
      const { upload } = received;
      try {
        const report = await this.session.judge(`files/${safe.name}`, upload.file, view.catalogue);
        if (!report.usable) return this.refusal(report.findings, view.result);
        const saved = await upload.place();
        if (!saved.ok) return this.refusal([saved.finding], view.result);
        const outcome = await this.written(file, writer.addFileReference(text, fieldPath, saved.reference), view);
        return outcome.ok ? { ...outcome, savedAs: saved.reference } : outcome;
      } finally {
        await upload.discard();
      }
    });
  }

  /** A folder without answers: the starter `gecc init --kind --applicant` would write, byte for byte. */
  start(kind: unknown, applicant: unknown): Promise<Outcome> {
    return this.queue(async () => {
      const unitKind = kind === '' || kind === undefined ? undefined : unitKindOf(kind);
      const who = applicantOf(applicant);
      if ((kind !== '' && kind !== undefined && !unitKind) || !who) return this.failure(400, 'bad-value');
      const text = starterFor(this.dir, this.starter.catalogue, {
        kind: unitKind,
        applicant: who,
        criteriaFile: this.starter.criteriaFile,
        lang: this.lang,
      });
      try {
        createApplication(this.dir, text);
      } catch (error) {
        if (!(error instanceof InitError)) throw error;
        if (error.reason === 'answers-exist') return this.failure(409, 'answers-exist');
        return this.failure(500, readOnly(error.detail) ? 'read-only' : 'cannot-write');
      }
      return this.done();
    });
  }

  /** Writes the changed text, or says why it was not changed. */
  private async written(
    file: string,
    edited: { ok: true; text: string } | { ok: false; finding: Finding },
    view: PageView,
  ): Promise<Outcome> {
    if (!edited.ok) return this.refusedChange(edited.finding);
    if (edited.text === (await this.readText(file).catch(() => undefined))) return this.done();
    const write = await this.writerFor(view.catalogue).writeAtomically(file, edited.text);
    return write.ok ? this.done() : this.refusedChange(write.finding);
  }

  private async done(): Promise<Outcome> {
    const view = await this.refresh();
    return view ? { ok: true, state: pageState(view, this.lang) } : this.failure(409, 'no-answers-file');
  }

  /** One change at a time, in the order asked, on the answers file as it is on disk now. */
  private exclusive(change: (file: string, text: string, view: PageView) => Promise<Outcome>): Promise<Outcome> {
    return this.queue(async () => {
      const file = await this.answersFile();
      if (!file) return this.failure(409, 'no-answers-file');
      if ((await lstat(file)).isSymbolicLink()) return this.failure(409, 'link');
      let text: string;
      try {
        text = await this.readText(file);
      } catch (error) {
        if (error instanceof NotText) return this.refusedChange(error.finding);
        throw error;
      }
      const view = await this.view();
      if (!view) return this.failure(409, 'no-answers-file');
      return change(file, text, view);
    });
  }

  private queue(change: () => Promise<Outcome>): Promise<Outcome> {
    if (this.stopping) return Promise.resolve(this.failure(503, 'stopped'));
    const run = this.writes.then(async () => {
      try {
        return await change();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EFBIG') return this.failure(413, 'too-large');
        return this.failure(500, readOnly(code) ? 'read-only' : 'cannot-write');
      }
    });
    this.writes = run;
    return run;
  }

  /**
   * The answers file as text to edit: only UTF-8 (a byte-order mark kept). Bytes of another
   * encoding are refused with the finding gecc check gives: read as UTF-8 and written back, every
   * Thai letter of a Windows-874 file would be lost.
   */
  private async readText(file: string): Promise<string> {
    const info = await lstat(file);
    if (info.size > MAX_ANSWERS_BYTES) throw Object.assign(new Error('answers too large'), { code: 'EFBIG' });
    const decoded = answersText(await readFile(file));
    if (!decoded.ok) throw new NotText(decoded.finding);
    return decoded.text;
  }

  /** An upload refused: the findings that refuse it, as the check words them, with their fixes. */
  private refusal(findings: readonly Finding[], result: ApplicationResult): Outcome {
    const t = UI_TEXT[this.lang];
    const refused = html`<ul class="findings">${findings
      .filter((f) => f.severity === 'error')
      .map((f) => {
        const { text, fix } = renderMessage(f, this.lang, result.catalogue);
        return html`<li class="error"><span class="pre">${text}</span>${fix ? html`<div class="fix">${t.fix}: ${fix}</div>` : ''}</li>`;
      })}</ul>`.value;
    return { ok: false, status: 422, reason: 'refused', message: '', refused };
  }

  /** A change not written: why, and how to fix it, in the page's language. */
  private refusedChange(why: Finding): Outcome {
    const { text, fix } = renderMessage(why, this.lang, this.latest?.catalogue);
    return { ok: false, status: 422, reason: 'not-saved', message: fix ? `${text} — ${UI_TEXT[this.lang].fix}: ${fix}` : text };
  }

  /** An upload over the size limit: refused on its announced length before a byte of it is read, or as soon as its body passes the limit. */
  tooLarge(name: string, bytes: number): Outcome {
    const maxBytes = this.latest?.catalogue.attachments.maxBytes ?? this.starter.catalogue.attachments.maxBytes;
    const catalogue = this.latest?.catalogue ?? this.starter.catalogue;
    return this.refusal(
      [finding('file.too-large', { path: `files/${name}`, bytes, maxBytes })],
      this.latest?.result ?? ({ catalogue } as ApplicationResult),
    );
  }

  private failure(status: number, reason: EditFailure | 'conflict'): Outcome & { ok: false } {
    const t = EDIT_TEXT[this.lang];
    const message = reason === 'conflict' ? t.conflict : t.reasons[reason];
    return { ok: false, status, reason, message };
  }
}

/** An answers file whose bytes are not UTF-8 text: nothing is written to it. */
class NotText extends Error {
  constructor(readonly finding: Finding) {
    super(finding.code);
  }
}

/** The answers, parsed leniently for the page to show (the check says what is wrong with them). */
function parsed(text: string): unknown {
  try {
    const document = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: false });
    return document.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

const readOnly = (code: string | undefined) => code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
