import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { PreparedStatement } from '../src/database/prepared-statement';
import { createTestDatabase, TestDatabase, testConfig } from './support/test-stack';

const ADD_ONE = new PreparedStatement<{ n: number }>('test-add-one', 'SELECT $1::int + 1 AS n');

/** The hot checks' statements are prepared once per connection and answer like any query. */
describe('prepared statements', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection: what it prepared is what pg_prepared_statements shows to the next query.
    dataSource = new DataSource({ ...dataSourceOptions(testConfig(database)), extra: { max: 1 } });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('answers each run with its own values, from one statement prepared on the connection', async () => {
    expect(await ADD_ONE.rows(dataSource, [1])).toEqual([{ n: 2 }]);
    expect(await ADD_ONE.rows(dataSource, [41])).toEqual([{ n: 42 }]);
    const prepared: Array<{ name: string }> = await dataSource.query(`SELECT name FROM pg_prepared_statements`);
    expect(prepared.map((row) => row.name)).toEqual(['test-add-one']);
  });

  it('refuses a second statement under a name already given', () => {
    expect(() => new PreparedStatement('test-add-one', 'SELECT 2')).toThrow(/declared twice/);
  });
});
