import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsReferenceCode } from './is-reference-code.validator';
import { referenceData } from './reference-data';

export class NaceDivisionsQuery {
  @ApiPropertyOptional({
    description: 'Only the divisions of this NACE section',
    enum: referenceData.naceSections.map((section) => section.code),
    example: 'J',
  })
  @IsOptional()
  @IsReferenceCode('nace_section')
  section?: string;
}
