import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { NotBlank } from '../../common/validation/field-rules';
import { CompanyApprovalStatus } from '../company.entity';
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

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'A university the company works with ("établissement partenaire"): its programme managers may approve the company',
  })
  @IsOptional()
  @IsUUID('all')
  partnerUniversityId?: string;
}

export class UpdateCompanyDto extends PartialType(OmitType(CreateCompanyDto, ['partnerUniversityId'] as const)) {}

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
  @ApiProperty({
    enum: CompanyApprovalStatus,
    description: 'A registered company waits for approval before its contacts read profiles and CVs or publish offers',
  })
  approvalStatus!: CompanyApprovalStatus;
}

export class CompanyContactSummaryDto {
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ nullable: true, type: String }) jobTitle!: string | null;
}

/** A company in the approval queue, with what a reviewer needs to decide. */
export class CompanyApprovalDto extends CompanyDto {
  @ApiProperty({ nullable: true, type: String }) partnerUniversityId!: string | null;
  @ApiProperty({ nullable: true, type: String }) partnerUniversityName!: string | null;
  @ApiProperty({ type: [CompanyContactSummaryDto] }) contacts!: CompanyContactSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) decidedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

export class CompanyApprovalQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CompanyApprovalStatus, default: CompanyApprovalStatus.Pending })
  @IsOptional()
  @IsIn(Object.values(CompanyApprovalStatus))
  status?: CompanyApprovalStatus;
}

export class CompanyApprovalDecisionDto {
  @ApiProperty({ enum: ['approved', 'rejected'] })
  @IsIn(['approved', 'rejected'])
  decision!: 'approved' | 'rejected';

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Why (e-mailed to the company’s contacts); expected on a rejection',
  })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(2000)
  reason?: string;
}
