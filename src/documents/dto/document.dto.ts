import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { DocumentKind, TextFailure, TextStatus } from '../document-kind';

/** The text fields of a document upload (the file itself is the multipart field `file`). */
export class UploadDocumentDto {
  @ApiProperty({ enum: DocumentKind, description: 'cv and letter must be PDFs; other may also be PNG or JPEG' })
  @IsEnum(DocumentKind)
  kind!: DocumentKind;
}

/** Documented shape of the multipart body, for OpenAPI. */
export class UploadDocumentForm extends UploadDocumentDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The file; its type is read from its content' })
  file!: unknown;
}

export class DocumentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) requestId!: string | null;
  @ApiProperty({ enum: DocumentKind }) kind!: DocumentKind;
  @ApiProperty({ example: 'CV Yasmine Ben Salah.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256!: string;
  @ApiProperty({ enum: TextStatus, description: 'Whether the text could be read for search' }) textStatus!: TextStatus;
  @ApiProperty({
    enum: TextFailure,
    nullable: true,
    description: 'Why the text is unreadable (timeout, damaged file, too many pages, oversized compressed stream...)',
  })
  textFailure!: TextFailure | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) textExtractedAt!: Date | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When first sent with an application; a sent document is kept as sent',
  })
  sentAt!: Date | null;
  @ApiProperty() createdAt!: Date;
}
