import { DataSource } from 'typeorm';

/**
 * What a refused request must not change: every table's row count and, where it has one, its latest updated_at.
 * Tables a refusal writes on purpose (rate limits live in Redis; audit-like logs are named here) are left out.
 */
export class DbFingerprint {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly sql: string,
  ) {}

  static async of(dataSource: DataSource, ignored: string[] = []): Promise<DbFingerprint> {
    const tables: Array<{ table_name: string; has_updated: boolean }> = await dataSource.query(
      `SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c
                                    WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'updated_at') AS has_updated
         FROM information_schema.tables t
        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> ALL($1)
        ORDER BY t.table_name`,
      [['migrations', ...ignored]],
    );
    const parts = tables.map(
      ({ table_name, has_updated }) =>
        `SELECT '${table_name}' AS t, count(*)::text || ':' || ${has_updated ? "coalesce(max(updated_at)::text, '')" : "''"} AS v FROM "${table_name}"`,
    );
    return new DbFingerprint(dataSource, parts.join(' UNION ALL '));
  }

  async take(): Promise<Map<string, string>> {
    const rows: Array<{ t: string; v: string }> = await this.dataSource.query(this.sql);
    return new Map(rows.map((row) => [row.t, row.v]));
  }

  /** Tables whose fingerprint differs between two takes. */
  static changed(before: Map<string, string>, after: Map<string, string>): string[] {
    return [...after.keys()].filter((table) => before.get(table) !== after.get(table));
  }
}
