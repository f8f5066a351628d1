import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/paging/page-query.dto';
import { IsReferenceCode } from '../../reference/is-reference-code.validator';

export class CreateUniversityDto {
  @ApiProperty({ example: 'École Nationale d’Électronique et des Télécommunications de Sfax' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty({ example: 'TN' })
  @IsReferenceCode('country')
  countryCode!: string;

  @ApiProperty({ example: 'Sfax' })
  @IsString()
  @Length(1, 120)
  city!: string;
}

export class UniversityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
}

export class UniversityDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() countryCode!: string;
  @ApiProperty() city!: string;
}

export class CreateProgrammeDto {
  @ApiProperty({ example: 'Génie des systèmes électroniques et de communication' })
  @IsString()
  @Length(2, 200)
  name!: string;
}

export class ProgrammeDto {
  @ApiProperty() id!: string;
  @ApiProperty() universityId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) managerId!: string | null;
}

export class SetManagerDto {
  @ApiProperty({ description: 'A programme manager of the same university' })
  @IsUUID()
  userId!: string;
}

export class SetYearManagersDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @Type(() => Number)
  @IsReferenceCode('study_year')
  studyYear!: number;

  @ApiProperty({ type: [String], description: 'Year managers of the same university; replaces the current list' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  userIds!: string[];
}

export class StaffMemberDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Amel' }) firstName!: string;
  @ApiProperty({ example: 'Ben Salem' }) lastName!: string;
}

/** The year managers of one study year of a programme. */
export class YearManagersDto {
  @ApiProperty({ minimum: 1, maximum: 5, example: 4 }) studyYear!: number;
  @ApiProperty({ type: [StaffMemberDto] }) managers!: StaffMemberDto[];
}

export class StudentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsReferenceCode('study_year')
  studyYear?: number;

  @ApiPropertyOptional({
    enum: ['confirmed', 'pending'],
    description: 'pending: students whose programme waits for confirmation',
  })
  @IsOptional()
  @IsIn(['confirmed', 'pending'])
  schooling?: 'confirmed' | 'pending';
}

export class ProgrammeStudentDto {
  @ApiProperty() userId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty() email!: string;
  @ApiProperty() studyYear!: number;
  @ApiProperty({ description: 'The programme manager confirmed that the student belongs to the programme' })
  schoolingConfirmed!: boolean;
}

export class SchoolingConfirmationDto {
  @ApiProperty() userId!: string;
  @ApiProperty() programmeId!: string;
  @ApiProperty({ type: String, format: 'date-time' }) confirmedAt!: string;
}
