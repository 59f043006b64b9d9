/**
 * pdf.js's "legacy" build (the one pdf-parse loads, for Node 20) replaces Array.prototype.push
 * with a core-js version written in JavaScript, because V8 before 12 does not throw when pushing
 * onto an array whose length is read-only. Nothing here pushes onto such arrays, and pdf.js
 * pushes for every glyph it reads: the replacement cost about 15 % of a PDF's reading time.
 * Captured when this module loads, before pdf.js does; put back after pdf.js has loaded its parts.
 */
const nativePush = Array.prototype.push;

export function restoreNativeArrayPush(): void {
  if (Array.prototype.push !== nativePush) {
    Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
  }
}
