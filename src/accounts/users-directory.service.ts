import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page } from '../common/paging/page';
import { escapeLike } from '../common/sql/escape-like';
import { UserListItemDto, UserListQueryDto } from './dto/user-list.dto';

/** The admin's list of accounts, newest first, filtered by role, university and a piece of name or e-mail. */
@Injectable()
export class UsersDirectoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: UserListQueryDto): Promise<Page<UserListItemDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.role) where.push(`u.role = $${params.push(query.role)}`);
    if (query.universityId) where.push(`u.university_id = $${params.push(query.universityId)}`);
    const text = query.q?.trim();
    if (text) {
      const n = params.push(`%${escapeLike(text)}%`);
      where.push(`(unaccent(u.first_name || ' ' || u.last_name) ILIKE unaccent($${n}) OR unaccent(u.last_name || ' ' || u.first_name) ILIKE unaccent($${n})
        OR u.email ILIKE $${n})`);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM users u ${filter}`, params);
    const limit = params.push(query.limit);
    const offset = params.push(query.offset);
    // A contact has one active (or pending) membership: the newest one names their company.
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.role, u.civility, u.first_name, u.last_name, u.university_id, un.name AS university_name,
              (SELECT c.name FROM company_memberships m JOIN companies c ON c.id = m.company_id
                WHERE m.user_id = u.id ORDER BY m.created_at DESC LIMIT 1) AS company_name,
              u.email_verified_at, u.disabled_at, u.created_at
         FROM users u LEFT JOIN universities un ON un.id = u.university_id
         ${filter}
        ORDER BY u.created_at DESC, u.id
        LIMIT $${limit} OFFSET $${offset}`,
      params,
    );
    return { items: rows.map(toItem), total, limit: query.limit, offset: query.offset };
  }
}

function toItem(row: Record<string, unknown>): UserListItemDto {
  return {
    id: row.id as string,
    email: row.email as string,
    role: row.role as UserListItemDto['role'],
    civility: row.civility as string | null,
    firstName: row.first_name as string,
    lastName: row.last_name as string,
    universityId: row.university_id as string | null,
    universityName: row.university_name as string | null,
    companyName: row.company_name as string | null,
    emailVerifiedAt: row.email_verified_at as Date | null,
    disabledAt: row.disabled_at as Date | null,
    createdAt: row.created_at as Date,
  };
}
