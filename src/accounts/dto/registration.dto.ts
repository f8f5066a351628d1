import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { CreateCompanyDto } from '../../organisations/dto/company.dto';
import { IsReferenceCode } from '../../reference/is-reference-code.validator';
import { Role } from '../../common/auth/role.enum';
import { EmailDto, PasswordRule } from './auth.dto';
import { NotBlank } from '../../common/validation/field-rules';

export class PersonDto extends IntersectionType(EmailDto, PasswordRule) {
  @ApiPropertyOptional({ enum: ['M.', 'Mme'] })
  @IsOptional()
  @IsIn(['M.', 'Mme'])
  civility?: 'M.' | 'Mme';

  @ApiProperty({ example: 'Khira' })
  @IsString()
  @Length(1, 100)
  @NotBlank()
  firstName!: string;

  @ApiProperty({ example: 'Khadraoui' })
  @IsString()
  @Length(1, 100)
  @NotBlank()
  lastName!: string;

  @ApiPropertyOptional({ enum: ['fr', 'en'], default: 'fr', description: 'Language of the e-mails' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: 'fr' | 'en';
}

export class RegisterStudentDto extends PersonDto {
  @ApiProperty({ description: 'The programme ("filière"); its university becomes the student\'s' })
  @IsUUID()
  programmeId!: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 2 })
  @Type(() => Number)
  @IsReferenceCode('study_year')
  studyYear!: number;
}

export class RegisterCompanyContactDto extends PersonDto {
  @ApiPropertyOptional({ example: 'Responsable RH' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  jobTitle?: string;

  @ApiPropertyOptional({ example: '+216 74 000 000' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;

  @ApiPropertyOptional({ description: 'Join this already registered company (found with GET /companies/lookup)' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ type: CreateCompanyDto, description: 'Or register a new company' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CreateCompanyDto)
  company?: CreateCompanyDto;
}

export const STAFF_ROLES = [Role.AcademicTutor, Role.ProgrammeManager, Role.YearManager, Role.Admin] as const;

export class CreateStaffDto extends OmitType(PersonDto, ['password'] as const) {
  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  role!: (typeof STAFF_ROLES)[number];

  @ApiPropertyOptional({ description: 'Required for university staff (every role but admin)' })
  @IsOptional()
  @IsUUID()
  universityId?: string;
}

export class RegisteredDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty({ description: 'A verification link was e-mailed; log-in waits for it' })
  emailVerificationRequired!: boolean;
  @ApiPropertyOptional({ description: 'Company contacts: the company and the state of the membership' })
  company?: { id: string; membershipStatus: 'active' | 'pending' };
}
