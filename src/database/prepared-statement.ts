import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A query that runs on every request (the session check, a search's membership check), prepared once per pooled
 * connection under its name: Postgres then skips parsing and planning it on each run, two thirds of its CPU for
 * these small lookups (bench/README.md, "The API against the engine, measured in turn").
 */
export class PreparedStatement<Row> {
  private static readonly names = new Set<string>();

  /** One name per text: Postgres keeps a statement per name on each connection. */
  constructor(
    readonly name: string,
    readonly text: string,
  ) {
    if (PreparedStatement.names.has(name)) throw new Error(`prepared statement ${name} is declared twice`);
    PreparedStatement.names.add(name);
  }

  async rows(dataSource: DataSource, values: unknown[]): Promise<Row[]> {
    // TypeORM sends unnamed statements only; the pool under it prepares a named one.
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    const result = await pool.query<Row & object>({ name: this.name, text: this.text, values });
    return result.rows;
  }
}
