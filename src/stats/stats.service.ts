import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role } from '../common/auth/role.enum';
import { visibleToCompanies } from '../requests/request-read-scope';
import { PlatformStatsDto } from './platform-stats.dto';

@Injectable()
export class StatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Three counts in one round trip; a published CV is one a company could open from the guided search. */
  async platform(): Promise<PlatformStatsDto> {
    const [row] = (await this.dataSource.query(
      `SELECT (SELECT count(*) FROM users WHERE role = $1)::int AS students,
              (SELECT count(*) FROM universities)::int AS universities,
              (SELECT count(*) FROM documents d JOIN internship_requests r ON r.id = d.request_id
                WHERE d.kind = 'cv' AND ${visibleToCompanies('r')})::int AS "publishedCvs"`,
      [Role.Student],
    )) as PlatformStatsDto[];
    return row;
  }
}
