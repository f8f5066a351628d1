import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StudentSchoolingView } from './dto/request.view';

/** Reads students' programme, university and study year from their profiles (requests keep no copy). */
@Injectable()
export class StudentSchooling {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(studentIds: string[]): Promise<Map<string, StudentSchoolingView>> {
    if (studentIds.length === 0) return new Map();
    const rows: Array<StudentSchoolingView & { userId: string }> = await this.dataSource.query(
      `SELECT sp.user_id AS "userId", sp.programme_id AS "programmeId", p.name AS "programmeName",
              p.university_id AS "universityId", u.name AS "universityName", sp.study_year AS "studyYear"
         FROM student_profiles sp
         JOIN programmes p ON p.id = sp.programme_id
         JOIN universities u ON u.id = p.university_id
        WHERE sp.user_id = ANY($1::uuid[])`,
      [[...new Set(studentIds)]],
    );
    return new Map(rows.map(({ userId, ...schooling }) => [userId, schooling]));
  }
}
