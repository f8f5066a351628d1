import { ApiProperty } from '@nestjs/swagger';
import { InternshipParty } from '../../internships/internship-party';

/** Who wrote an entry or a comment: names only, never the e-mail address. */
export class JournalAuthorView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) id!: string | null;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
}

export class JournalCommentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: [InternshipParty.CompanyTutor, InternshipParty.AcademicTutor] }) role!: InternshipParty;
  @ApiProperty({ type: JournalAuthorView }) author!: JournalAuthorView;
  @ApiProperty({ description: 'Plain text: never render it as HTML' }) body!: string;
  @ApiProperty() createdAt!: Date;
}

export class JournalEntryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) internshipId!: string;
  @ApiProperty({ example: '2027-02-15' }) date!: string;
  @ApiProperty({ description: 'Plain text: never render it as HTML' }) tasks!: string;
  @ApiProperty({ description: 'Empty when none' }) difficulties!: string;
  @ApiProperty() hours!: number;
  @ApiProperty({ description: 'The entry reports a difficulty (both tutors were e-mailed)' }) flagged!: boolean;
  @ApiProperty({ type: JournalAuthorView }) author!: JournalAuthorView;
  @ApiProperty({ type: [JournalCommentView], description: 'Oldest first' }) comments!: JournalCommentView[];
  @ApiProperty() createdAt!: Date;
}
