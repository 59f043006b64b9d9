/** Where a PE file's optional header starts. */
function optionalHeader(program: Buffer): number {
  if (program.length < 0x40 || program.toString('latin1', 0, 2) !== 'MZ') throw new Error('not a Windows program');
  const pe = program.readUInt32LE(0x3c);
  if (program.toString('latin1', pe, pe + 4) !== 'PE\0\0') throw new Error('not a Windows program (no PE header)');
  return pe + 24;
}

/**
 * Takes the Authenticode signature off a Windows program (a PE file): node.exe is signed by the
 * OpenJS Foundation, and once gecc is injected into it that signature no longer matches its bytes.
 * A broken signature is worse than none (Windows reports the file as tampered with), and a
 * division that signs gecc.exe itself needs the old one gone first. As `signtool remove /s` and
 * `osslsigncode remove-signature` do: the certificate table's entry is cleared and the table,
 * which a signature appends at the end of the file, is cut off.
 */
export function withoutSignature(program: Buffer): Buffer {
  const optional = optionalHeader(program);
  const magic = program.readUInt16LE(optional);
  // the data directories follow the optional header's fixed part: 96 bytes in PE32, 112 in PE32+
  const directories = optional + (magic === 0x20b ? 112 : magic === 0x10b ? 96 : Number.NaN);
  if (Number.isNaN(directories)) throw new Error('unknown PE optional header');
  // directory 4: the certificate table, whose "address" is a file offset
  const entry = directories + 4 * 8;
  const offset = program.readUInt32LE(entry);
  const size = program.readUInt32LE(entry + 4);
  if (offset === 0 && size === 0) return program;
  if (offset + size !== program.length) throw new Error('the signature is not at the end of the program');
  const unsigned = Buffer.from(program.subarray(0, offset));
  unsigned.writeUInt32LE(0, entry);
  unsigned.writeUInt32LE(0, entry + 4);
  return unsigned;
}

/**
 * Sets the checksum in the header to the program's bytes (as `signtool` and the linker do):
 * injecting gecc changes them, and a stale checksum is what tampering looks like to some scanners.
 */
export function withChecksum(program: Buffer): Buffer {
  const field = optionalHeader(program) + 64;
  let sum = 0;
  for (let at = 0; at < program.length; at += 2) {
    if (at === field || at === field + 2) continue;
    sum += at + 1 < program.length ? program.readUInt16LE(at) : program[at]!;
    sum = (sum & 0xffff) + (sum >>> 16);
  }
  sum = (sum & 0xffff) + (sum >>> 16);
  program.writeUInt32LE((sum + program.length) >>> 0, field);
  return program;
}
