import { IsDecimal } from '../../../common/validation/field-rules';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/paging/page-query.dto';
import { InternshipParty } from '../../internships/internship-party';
import { TemplateStepInput } from '../template-rules';
import { LabelMode } from '../workflow-template.entity';
import { StepEvidence, StepPhase } from '../workflow-template-step.entity';

const PARTIES = Object.values(InternshipParty);
const PHASES: StepPhase[] = ['before', 'during', 'after'];
const EVIDENCE: StepEvidence[] = ['form', 'document', 'signature', 'none'];
const ESCALATION = [InternshipParty.YearManager, InternshipParty.ProgrammeManager] as const;

/** One step of a new template version. Cross-step rules (keys, prerequisites, cycles) are checked in the service. */
export class TemplateStepDto implements TemplateStepInput {
  @ApiProperty({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 40, example: 'intermediate_review' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]*$/, {
    message: 'key must be lower-case letters, digits and _ , starting with a letter',
    context: { message: 'isStepKey' },
  })
  @Length(1, 40)
  key!: string;

  @ApiProperty({ enum: PHASES }) @IsIn(PHASES) phase!: StepPhase;
  @ApiProperty({ maxLength: 150 }) @IsString() @Length(1, 150) nameFr!: string;
  @ApiProperty({ maxLength: 150 }) @IsString() @Length(1, 150) nameEn!: string;
  @ApiProperty() @IsBoolean() mandatory!: boolean;
  @ApiProperty({ enum: PARTIES }) @IsIn(PARTIES) performer!: InternshipParty;

  @ApiProperty({ enum: PARTIES, isArray: true, description: 'Each validates once the performer has submitted' })
  @IsArray()
  @ArrayMaxSize(5)
  @IsIn(PARTIES, { each: true })
  validators!: InternshipParty[];

  @ApiProperty({ enum: EVIDENCE }) @IsIn(EVIDENCE) evidence!: StepEvidence;

  @ApiProperty({ type: [String], description: 'Keys of steps that must be validated first' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  prerequisites!: string[];

  @ApiPropertyOptional({ enum: ['start', 'end'], nullable: true })
  @IsOptional()
  @IsIn(['start', 'end'])
  deadlineAnchor?: 'start' | 'end' | null;

  @ApiPropertyOptional({ nullable: true, description: 'Days after (or before, negative) the anchor date' })
  @IsOptional()
  @IsInt()
  @Min(-365)
  @Max(365)
  deadlineOffsetDays?: number | null;

  @ApiProperty({ type: [Number], description: 'Days before the deadline when the party in charge is reminded' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(365, { each: true })
  reminderDaysBefore!: number[];

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(365) escalateAfterDays?: number | null;
  @ApiPropertyOptional({ enum: ESCALATION, nullable: true }) @IsOptional() @IsIn(ESCALATION) escalateTo?:
    (typeof ESCALATION)[number] | null;
  @ApiProperty({ description: 'Only the programme manager reads the evidence' }) @IsBoolean() confidential!: boolean;
  @ApiProperty({ description: 'The evidence carries a grade 0–20 that counts in the final grade' })
  @IsBoolean()
  graded!: boolean;
}

/** The next version of a programme's template, written whole. */
export class CreateWorkflowTemplateDto {
  @ApiProperty({ maxLength: 150 }) @IsString() @Length(1, 150) name!: string;
  @ApiProperty({ enum: ['automatic', 'manager_decision'] })
  @IsIn(['automatic', 'manager_decision'])
  labelMode!: LabelMode;

  @ApiProperty({
    minimum: 0,
    maximum: 1,
    example: 0.4,
    description: 'Weight of the company tutor’s grade in the final grade',
  })
  @IsDecimal(2)
  @Min(0)
  @Max(1)
  companyGradeWeight!: number;

  @ApiProperty({ type: [TemplateStepDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TemplateStepDto)
  steps!: TemplateStepDto[];
}

export class WorkflowTemplateQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this programme’s versions (and the platform default)' })
  @IsOptional()
  @IsUUID('all')
  programmeId?: string;
}

export class WorkflowTemplateStepView extends TemplateStepDto {
  @ApiProperty() position!: number;
}

export class WorkflowTemplateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: the platform default' })
  programmeId!: string | null;
  @ApiProperty({ type: String, nullable: true }) programmeName!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Whether it is the newest version of its programme (or of the default)' })
  latest!: boolean;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['automatic', 'manager_decision'] }) labelMode!: LabelMode;
  @ApiProperty() companyGradeWeight!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() stepCount!: number;
}

export class WorkflowTemplateDetailView extends WorkflowTemplateView {
  @ApiProperty({ type: [WorkflowTemplateStepView] }) steps!: WorkflowTemplateStepView[];
}
