/**
 * A file that begins with a JPEG's start marker (FF D8) is a JPEG, however broken: file-type
 * recognises one only when a third FF follows and no F7 (JPEG-LS) after it, so a JPEG damaged in
 * its first segment would be told "not a PDF or JPEG, convert it" instead of "damaged".
 */
export function startsLikeJpeg(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0xff && head[1] === 0xd8;
}
