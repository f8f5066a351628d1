import { ApiProperty } from '@nestjs/swagger';

/** One read of a student's request or document by a company contact, as the student sees it. */
export class ProfileReadView {
  @ApiProperty() at!: Date;
  @ApiProperty({ description: 'The company whose contact read it' }) companyName!: string;
  @ApiProperty({ description: 'Who read it, as named when they read it' }) readerName!: string;
  @ApiProperty({
    enum: ['request', 'cv', 'letter', 'other'],
    description: 'The request itself, or one of its documents',
  })
  kind!: 'request' | 'cv' | 'letter' | 'other';
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The request’s title, when it still exists' })
  requestTitle!: string | null;
  @ApiProperty({ nullable: true, type: String }) documentId!: string | null;
}
