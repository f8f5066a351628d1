/** The signature that opens Postgres's binary COPY format ("PGCOPY\n\377\r\n\0"), then flags and extension length. */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_BYTES = SIGNATURE.length + 8;
const TRAILER = -1;

/**
 * Cuts the byte stream of `COPY … TO STDOUT (FORMAT binary)` into rows of raw field bytes, however the chunks fall.
 * A text or json field in binary COPY is its UTF-8 bytes as stored: nothing is decoded, escaped or copied but the
 * few bytes of a row that spans two chunks. A null field is refused: the rebuild's queries never give one.
 */
export class CopyBinaryRows {
  private pending: Buffer = Buffer.alloc(0);
  private headerRead = false;
  private ended = false;

  /** The complete rows of `chunk` (with what was left of the previous one); the rest waits for the next chunk. */
  push(chunk: Buffer): Buffer[][] {
    if (this.ended) throw new Error('binary COPY: data after the trailer');
    const buffer = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let position = 0;
    if (!this.headerRead) {
      if (buffer.length < HEADER_BYTES) return this.keep(buffer, 0, []);
      if (!buffer.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('binary COPY: bad signature');
      const extension = buffer.readUInt32BE(SIGNATURE.length + 4);
      if (buffer.length < HEADER_BYTES + extension) return this.keep(buffer, 0, []);
      position = HEADER_BYTES + extension;
      this.headerRead = true;
    }
    const rows: Buffer[][] = [];
    for (;;) {
      if (buffer.length - position < 2) break;
      const count = buffer.readInt16BE(position);
      if (count === TRAILER) {
        this.ended = true;
        position += 2;
        break;
      }
      const row = this.readRow(buffer, position + 2, count);
      if (!row) break;
      rows.push(row.fields);
      position = row.end;
    }
    return this.keep(buffer, position, rows);
  }

  /** True once the trailer was read: the stream held every row. */
  get complete(): boolean {
    return this.ended;
  }

  private readRow(buffer: Buffer, start: number, count: number): { fields: Buffer[]; end: number } | null {
    const fields: Buffer[] = [];
    let position = start;
    for (let i = 0; i < count; i++) {
      if (buffer.length - position < 4) return null;
      const length = buffer.readInt32BE(position);
      if (length < 0) throw new Error('binary COPY: a null field where none is expected');
      position += 4;
      if (buffer.length - position < length) return null;
      fields.push(buffer.subarray(position, position + length));
      position += length;
    }
    return { fields, end: position };
  }

  /** Keeps the unread tail for the next chunk. */
  private keep(buffer: Buffer, position: number, rows: Buffer[][]): Buffer[][] {
    this.pending = buffer.subarray(position);
    return rows;
  }
}
