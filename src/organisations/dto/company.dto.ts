import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, Length, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/paging/page-query.dto';
import { IsReferenceCode } from '../../reference/is-reference-code.validator';

export class CreateCompanyDto {
  @ApiProperty({ example: 'Sfax Électronique SARL' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiPropertyOptional({ description: 'Trade register or tax number, where known', example: '1234567A' })
  @IsOptional()
  @IsString()
  @Length(2, 64)
  registrationNumber?: string;

  @ApiPropertyOptional({ description: 'NACE Rev. 2 division', example: '26' })
  @IsOptional()
  @IsReferenceCode('nace_division')
  naceDivision?: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'TN' })
  @IsReferenceCode('country')
  countryCode!: string;

  @ApiProperty({ example: 'Sfax' })
  @IsString()
  @Length(1, 120)
  city!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string;

  @ApiPropertyOptional({ example: 'https://example.tn' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  website?: string;
}

export class UpdateCompanyDto extends PartialType(CreateCompanyDto) {}

export class CompanyLookupQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name; case and accents do not matter', example: 'societe generale' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'Exact registration number', example: '1234567A' })
  @IsOptional()
  @IsString()
  @Length(2, 64)
  registrationNumber?: string;
}

export class CompanySummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() city!: string;
  @ApiProperty() countryCode!: string;
}

export class CompanyDto extends CompanySummaryDto {
  @ApiProperty({ nullable: true, type: String }) registrationNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) naceDivision!: string | null;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty({ nullable: true, type: String }) website!: string | null;
  @ApiProperty() createdAt!: Date;
}
