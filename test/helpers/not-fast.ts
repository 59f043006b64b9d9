/**
 * The tests `npm run test:fast` leaves to the whole suite (`npm test`): those that start processes
 * (gecc itself, npm, the reference readers), drive a browser, install the package, or run Wine or
 * LibreOffice, and the sweeps that run hundreds of whole checks or generated inputs. A folder ends
 * in "/". test/helpers/fast-suite.test.ts fails when a test that starts a process is missing here.
 */
export const NOT_FAST = [
  // a browser
  'test/browser/',
  // Wine
  'test/windows/',
  // LibreOffice and the reference readers
  'test/report/csv-in-spreadsheets.test.ts',
  // npm: the package installed, a bundle rebuilt
  'test/package/tarball.test.ts',
  'test/hostile/cache-folders.test.ts',
  // the reference readers (pdftoppm, mutool, qpdf, djpeg, ImageMagick)
  'test/attachments/inspect-jpeg.test.ts',
  'test/attachments/pdf-annotations.test.ts',
  'test/attachments/pdf-blank-pages.test.ts',
  'test/attachments/pdf-pages.test.ts',
  'test/attachments/pdf-pictures-in-thread.test.ts',
  'test/attachments/pdf-references.test.ts',
  'test/helpers/reference-tools.test.ts',
  // gecc or another program as a process of its own
  'test/attachments/pdf-limits.test.ts',
  'test/attachments/pdf-pool.test.ts',
  'test/batch/batch-entries.test.ts',
  'test/cache/cache-folder-safety.test.ts',
  'test/cache/compile-cache.test.ts',
  'test/cache/hash-first.test.ts',
  'test/cli/batch-cli.test.ts',
  'test/cli/cli.test.ts',
  'test/cli/concurrency-option.test.ts',
  'test/cli/control-characters.test.ts',
  'test/cli/edit-command.test.ts',
  'test/cli/form-and-html-cli.test.ts',
  'test/cli/help.test.ts',
  'test/cli/load-bundle.test.ts',
  'test/cli/named-folders.test.ts',
  'test/cli/terminal-output.test.ts',
  'test/cli/version-process.test.ts',
  'test/edit/write-atomically.test.ts',
  'test/hostile/cli-process.test.ts',
  'test/hostile/corpus.test.ts',
  'test/hostile/false-ready.test.ts',
  'test/hostile/special-files.test.ts',
  'test/init/init.test.ts',
  'test/watch/check-watch.test.ts',
  'test/watch/read-files-watched.test.ts',
  // sweeps: a whole check for each of 133 indents, generated inputs by the hundred, the largest batches
  'test/core/item-key-indent.test.ts',
  'test/hostile/property.test.ts',
  'test/hostile/scale.test.ts',
  'test/edit/answers-edit.property.test.ts',
];

/** vitest's form of the list: a folder stands for everything under it */
export const NOT_FAST_GLOBS = NOT_FAST.map((entry) => (entry.endsWith('/') ? `${entry}**` : entry));

/** whether a test file (its path from the project's root, with forward slashes) is left to the whole suite */
export function notFast(file: string): boolean {
  return NOT_FAST.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));
}
