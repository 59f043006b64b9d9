import { describe, expect, it } from 'vitest';
import { ATTACHMENT_KINDS, ATTACHMENT_TYPES, kindNames, refusedPicture, UPLOAD_ACCEPT } from '../../src/attachment-kinds.js';
import { detectType, extensionFits, preferredExtension } from '../../src/attachments/detect-type.js';
import { catalogueSchema } from '../../src/criteria/catalogue-schema.js';
import { loadEdition } from '../../src/criteria/load-catalogue.js';
import { finding } from '../../src/findings/make-finding.js';
import { renderMessage } from '../../src/findings/render-message.js';
import type { Lang } from '../../src/lang.js';
import { makeJpeg, makePng } from '../helpers/jpeg.js';
import { makePdf } from '../helpers/pdf.js';

// One list of the kinds of file an attachment may be: everything that names or tells them apart
// follows it, so a new kind is one entry there (and its judge), not a search through the code.
describe('the kinds of attachment', () => {
  it('are PDF and JPEG, by content type and by name', () => {
    expect(ATTACHMENT_TYPES).toEqual(['pdf', 'jpeg']);
    expect(ATTACHMENT_KINDS.pdf).toMatchObject({ mime: 'application/pdf', extensions: ['.pdf'], name: 'PDF' });
    expect(ATTACHMENT_KINDS.jpeg).toMatchObject({ mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'], name: 'JPEG' });
    expect(UPLOAD_ACCEPT).toBe('.pdf,.jpg,.jpeg,application/pdf,image/jpeg');
    expect(kindNames('th')).toBe('PDF หรือ JPEG');
    expect(kindNames('en')).toBe('PDF or JPEG');
  });

  it('are what a catalogue may accept, and nothing else', () => {
    const edition = loadEdition('2568')!;
    const withTypes = (types: unknown) => catalogueSchema().safeParse({ ...edition, attachments: { ...edition.attachments, types } });
    expect(withTypes([...ATTACHMENT_TYPES]).success).toBe(true);
    expect(withTypes(['png']).success).toBe(false);
  });

  it('are told apart by content, and each has the extensions its name may end in', async () => {
    expect(await detectType(makePdf())).toEqual({ accepted: true, type: 'pdf' });
    expect(await detectType(makeJpeg())).toEqual({ accepted: true, type: 'jpeg' });
    expect(await detectType(makePng())).toEqual({ accepted: false, detected: 'PNG' });
    for (const type of ATTACHMENT_TYPES) {
      for (const extension of ATTACHMENT_KINDS[type].extensions)
        expect(extensionFits(`files/a${extension.toUpperCase()}`, type)).toBe(true);
      expect(preferredExtension(type)).toBe(ATTACHMENT_KINDS[type].extensions[0]);
    }
  });

  it('leave out of the pictures refused by name every picture that is a kind', () => {
    expect(refusedPicture('PNG')).toBe(true);
    expect(refusedPicture('HEIC')).toBe(true);
    expect(refusedPicture('JPG')).toBe(false);
    expect(refusedPicture('DOCX')).toBe(false);
  });

  it.each<Lang>(['th', 'en'])('are each named by the messages that say what an attachment may be (%s)', (lang) => {
    const texts = [
      renderMessage(finding('file.wrong-type', { path: 'files/a.docx', detected: 'DOCX' }), lang).text,
      renderMessage(finding('file.wrong-type', { path: 'files/a.zip', detected: 'ZIP' }), lang).fix!,
      renderMessage(finding('file.not-regular', { path: 'files/a', kind: 'fifo' }), lang).fix!,
      renderMessage(finding('answers.too-large', { file: 'application.yaml', limit: 2_097_152 }), lang).fix!,
      renderMessage(finding('file.type-not-accepted', { path: 'files/a.jpg', actual: 'jpeg' }), lang).text,
    ];
    for (const text of texts.slice(0, 4)) for (const type of ATTACHMENT_TYPES) expect(text).toContain(ATTACHMENT_KINDS[type].name);
    expect(texts[4]).toContain('JPEG');
  });
});
