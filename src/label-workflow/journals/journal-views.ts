import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page } from '../../common/paging/page';
import { InternshipParty } from '../internships/internship-party';
import { JournalCommentView, JournalEntryView } from './dto/journal.view';

interface EntryRow {
  id: string;
  internship_id: string;
  entry_date: string;
  tasks: string;
  difficulties: string;
  hours: string;
  flagged: boolean;
  created_at: Date;
  author_id: string | null;
  first_name: string | null;
  last_name: string | null;
}

interface CommentRow {
  id: string;
  entry_id: string;
  author_role: InternshipParty;
  body: string;
  created_at: Date;
  author_id: string | null;
  first_name: string | null;
  last_name: string | null;
}

/** Reads journal entries as the API answers them: with their author's name and their comments. */
@Injectable()
export class JournalViews {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of an internship's journal, newest day first. */
  async page(internshipId: string, limit: number, offset: number, flagged?: boolean): Promise<Page<JournalEntryView>> {
    const filter = flagged === undefined ? '' : 'AND e.flagged = $4';
    const params: unknown[] = [internshipId, limit, offset, ...(flagged === undefined ? [] : [flagged])];
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `${ENTRY_SELECT} WHERE e.internship_id = $1 ${filter}
          ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC LIMIT $2 OFFSET $3`,
        params,
      ) as Promise<EntryRow[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM internship_journal_entries e
          WHERE e.internship_id = $1 ${filter.replace('$4', '$2')}`,
        flagged === undefined ? [internshipId] : [internshipId, flagged],
      ) as Promise<Array<{ total: number }>>,
    ]);
    return { items: await this.withComments(rows), total, limit, offset };
  }

  async entry(id: string): Promise<JournalEntryView> {
    const rows: EntryRow[] = await this.dataSource.query(`${ENTRY_SELECT} WHERE e.id = $1`, [id]);
    return (await this.withComments(rows))[0];
  }

  async comment(id: string): Promise<JournalCommentView> {
    const rows: CommentRow[] = await this.dataSource.query(`${COMMENT_SELECT} WHERE c.id = $1`, [id]);
    return commentView(rows[0]);
  }

  private async withComments(rows: EntryRow[]): Promise<JournalEntryView[]> {
    if (rows.length === 0) return [];
    const comments: CommentRow[] = await this.dataSource.query(
      `${COMMENT_SELECT} WHERE c.entry_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      id: row.id,
      internshipId: row.internship_id,
      date: row.entry_date,
      tasks: row.tasks,
      difficulties: row.difficulties,
      hours: Number(row.hours),
      flagged: row.flagged,
      author: authorView(row),
      comments: comments.filter((comment) => comment.entry_id === row.id).map(commentView),
      createdAt: row.created_at,
    }));
  }
}

// entry_date as text: a date column must not travel through a JavaScript Date and shift by a day.
const ENTRY_SELECT = `
  SELECT e.id, e.internship_id, e.entry_date::text AS entry_date, e.tasks, e.difficulties, e.hours, e.flagged,
         e.created_at, e.author_id, u.first_name, u.last_name
    FROM internship_journal_entries e LEFT JOIN users u ON u.id = e.author_id`;

const COMMENT_SELECT = `
  SELECT c.id, c.entry_id, c.author_role, c.body, c.created_at, c.author_id, u.first_name, u.last_name
    FROM internship_journal_comments c LEFT JOIN users u ON u.id = c.author_id`;

function authorView(row: { author_id: string | null; first_name: string | null; last_name: string | null }) {
  return { id: row.author_id, firstName: row.first_name ?? '', lastName: row.last_name ?? '' };
}

function commentView(row: CommentRow): JournalCommentView {
  return { id: row.id, role: row.author_role, author: authorView(row), body: row.body, createdAt: row.created_at };
}
