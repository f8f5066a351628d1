import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExpiringCache } from '../common/cache/expiring-cache';
import { FacetCounts } from './query/facet-aggregations';

/**
 * Names of the programmes and universities a facet lists, by id, read from Postgres: a selected value with no
 * hit has no document to take its name from. Kept 30 s in each API process (every search lists the same few
 * hundred): a renamed programme shows its new name in the facets within that time.
 */
@Injectable()
export class OrganisationNames {
  private readonly names = new ExpiringCache<string, string>(30_000, 20_000);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(counts: Pick<FacetCounts, 'programme' | 'university'>): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const missing = (ids: string[]) =>
      ids.filter((id) => {
        const name = this.names.get(id);
        if (name !== undefined) found.set(id, name);
        return name === undefined;
      });
    const programmes = missing(counts.programme.map((item) => item.value));
    const universities = missing(counts.university.map((item) => item.value));
    if (programmes.length === 0 && universities.length === 0) return found;
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT id::text, name FROM programmes WHERE id = ANY ($1::uuid[])
       UNION ALL
       SELECT id::text, name FROM universities WHERE id = ANY ($2::uuid[])`,
      [programmes, universities],
    );
    for (const row of rows) {
      this.names.set(row.id, row.name);
      found.set(row.id, row.name);
    }
    return found;
  }
}
