import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * Bulk writes with `COPY … FROM STDIN` through one `psql` session: a script of COPY commands with their rows
 * inline, streamed to psql's stdin with back-pressure, so memory stays flat whatever the size. Each COPY commits
 * on its own, so a later table's foreign keys see the rows of an earlier one. The constraints, triggers and
 * indexes of the service's schema all apply: nothing goes around it.
 */
export class PsqlCopySession {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly exited: Promise<void>;
  private stderr = '';

  constructor(databaseUrl: string) {
    this.child = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', databaseUrl], { stdio: 'pipe' });
    this.child.stdout.resume();
    this.child.stdin.on('error', () => undefined); // EPIPE when psql stopped: the exit code reports it
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)));
    this.exited = new Promise((resolve, reject) => {
      this.child.on('error', reject);
      this.child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`psql COPY session failed (exit ${code}): ${this.stderr.trim()}`)),
      );
    });
    // A failure surfaces through close(); an unhandled rejection before that would kill the process.
    this.exited.catch(() => undefined);
  }

  /** Copies rows (already in COPY text format, one per line with its newline) into `table (columns)`. */
  async copy(table: string, columns: string[], rows: string): Promise<void> {
    if (rows.length === 0) return;
    await this.write(`COPY ${table} (${columns.join(', ')}) FROM STDIN;\n`);
    await this.write(rows);
    await this.write('\\.\n');
  }

  async sql(statement: string): Promise<void> {
    await this.write(`${statement.trim().replace(/;?$/, ';')}\n`);
  }

  async close(): Promise<void> {
    this.child.stdin.end();
    await this.exited;
  }

  private async write(text: string): Promise<void> {
    if (this.child.exitCode !== null) return this.exited;
    if (this.child.stdin.write(text)) return;
    // psql may die mid-stream (a constraint violation): then 'drain' never comes, and the exit says why.
    await Promise.race([
      once(this.child.stdin, 'drain'),
      this.exited.then(() => Promise.reject(new Error('psql exited early'))),
    ]);
  }
}

/** One field of a COPY text row: backslash, tab and line breaks escaped; null as \N. */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** A Postgres array literal ({"a","b"}), every element quoted. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

export function copyRow(fields: Array<string | number | boolean | null | undefined>): string {
  return `${fields.map(copyField).join('\t')}\n`;
}
