import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { NotBlank, NotNull } from '../../common/validation/field-rules';

/** Extra documents an application may carry besides its CV and letter. */
export const MAX_OTHER_APPLICATION_DOCUMENTS = 5;

/**
 * A student's application. The CV and letter come from `requestId` (its current CV and letter) unless given by
 * id; new files are uploaded first with `POST /documents`. The message is kept exactly as typed.
 */
export class ApplyDto {
  @ApiProperty({ minLength: 1, maxLength: 5000, example: 'Madame, Monsieur, je me permets de vous contacter…' })
  @IsString()
  @Length(1, 5000)
  @NotBlank()
  message!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One of my requests: its CV and letter are sent' })
  @NotNull()
  @IsUUID('all')
  requestId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A CV of mine (overrides the request’s)' })
  @NotNull()
  @IsUUID('all')
  cvDocumentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A cover letter of mine (overrides the request’s)' })
  @NotNull()
  @IsUUID('all')
  letterDocumentId?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_OTHER_APPLICATION_DOCUMENTS,
    description: 'Other documents of mine to send (any kind)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OTHER_APPLICATION_DOCUMENTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  otherDocumentIds?: string[];
}
