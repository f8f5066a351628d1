import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FacetCounts } from './query/facet-aggregations';

/**
 * Names of the programmes and universities a facet lists, by id, read from Postgres: a selected value with no
 * hit has no document to take its name from, and a renamed programme shows its new name at once.
 */
@Injectable()
export class OrganisationNames {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(counts: Pick<FacetCounts, 'programme' | 'university'>): Promise<Map<string, string>> {
    const programmes = counts.programme.map((item) => item.value);
    const universities = counts.university.map((item) => item.value);
    if (programmes.length === 0 && universities.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT id::text, name FROM programmes WHERE id = ANY ($1::uuid[])
       UNION ALL
       SELECT id::text, name FROM universities WHERE id = ANY ($2::uuid[])`,
      [programmes, universities],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
