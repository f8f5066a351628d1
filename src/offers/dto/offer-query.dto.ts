import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/paging/page-query.dto';
import { OfferStatus } from '../offer-status';

/** `GET /offers`: the published offers a student may see, filtered by title. */
export class OfferSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the title, case and accents ignored', maxLength: 150 })
  @IsOptional()
  @IsString()
  @MaxLength(150)
  title?: string;
}

/** "Diffuser mes offres": a company's offers, filtered by title and status. */
export class CompanyOfferQueryDto extends OfferSearchQueryDto {
  @ApiPropertyOptional({ enum: OfferStatus })
  @IsOptional()
  @IsEnum(OfferStatus)
  status?: OfferStatus;
}
