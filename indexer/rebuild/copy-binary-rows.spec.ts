import { CopyBinaryRows } from './copy-binary-rows';

/** A binary COPY stream as Postgres writes it: signature, flags, extension, rows of length-prefixed fields, trailer. */
function copyStream(rows: string[][], extension = Buffer.alloc(0)): Buffer {
  const parts = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(4), Buffer.alloc(4)];
  parts[2].writeUInt32BE(extension.length);
  parts.push(extension);
  for (const row of rows) {
    const count = Buffer.alloc(2);
    count.writeInt16BE(row.length);
    parts.push(count);
    for (const field of row) {
      const bytes = Buffer.from(field, 'utf8');
      const length = Buffer.alloc(4);
      length.writeInt32BE(bytes.length);
      parts.push(length, bytes);
    }
  }
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1);
  parts.push(trailer);
  return Buffer.concat(parts);
}

const ROWS = [
  ['0b7d…', '3', '{"title":"Stage « data » — \\"quotes\\"","cv_text":"😀 ligne\\n2"}'],
  ['1c2e…', '12', '{}'],
  ['2f00…', '1', ''],
];

const asText = (rows: Buffer[][]) => rows.map((row) => row.map((field) => field.toString('utf8')));

describe('CopyBinaryRows', () => {
  it('reads every row, field bytes as stored, from one chunk', () => {
    const reader = new CopyBinaryRows();
    expect(asText(reader.push(copyStream(ROWS)))).toEqual(ROWS);
    expect(reader.complete).toBe(true);
  });

  it('gives the same rows however the stream is cut, even inside the header or a multi-byte character', () => {
    const stream = copyStream(ROWS, Buffer.from('ext'));
    for (let size = 1; size <= 23; size++) {
      const reader = new CopyBinaryRows();
      const rows: Buffer[][] = [];
      for (let start = 0; start < stream.length; start += size)
        rows.push(...reader.push(stream.subarray(start, start + size)));
      expect(asText(rows)).toEqual(ROWS);
      expect(reader.complete).toBe(true);
    }
  });

  it('says when the trailer has not come (a stream cut short)', () => {
    const stream = copyStream(ROWS);
    const reader = new CopyBinaryRows();
    expect(reader.push(stream.subarray(0, stream.length - 2))).toHaveLength(3);
    expect(reader.complete).toBe(false);
  });

  it('refuses what is not binary COPY, and null fields', () => {
    expect(() => new CopyBinaryRows().push(Buffer.from('id\tversion\tdocument\n0\t1\t{}\n'.repeat(2)))).toThrow(
      /signature/,
    );
    const stream = copyStream([['a']]);
    stream.writeInt32BE(-1, 21);
    expect(() => new CopyBinaryRows().push(stream)).toThrow(/null/);
  });
});
