const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

/**
 * Serialises PDF objects 1..n (index 0 is object 1) with a header, an exact cross-reference
 * table and a trailer whose /Root is object 1; `trailer` adds entries to the trailer dictionary.
 * gecc makes its one small PDF with it (the reading threads' warm-up); tests and benchmarks
 * make theirs.
 */
export function assemblePdf(objects: readonly (string | Uint8Array)[], trailer = ''): Buffer {
  // the second line holds bytes above 127 so that tools treat the file as binary
  const parts: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([latin1(`${i + 1} 0 obj\n`), typeof body === 'string' ? latin1(body) : body, latin1('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const start of offsets) xref += `${String(start).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(latin1(xref));
  return Buffer.concat(parts);
}
