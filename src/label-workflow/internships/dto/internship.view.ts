import { ApiProperty } from '@nestjs/swagger';
import { InternshipParty, InternshipStatus } from '../internship-party';
import { StepStatus } from '../../steps/internship-step.entity';
import { StepEvidence, StepPhase } from '../../steps/workflow-template-step.entity';

export class PersonView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class NamedView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class StepValidationView {
  @ApiProperty({ enum: InternshipParty }) role!: InternshipParty;
  @ApiProperty({ type: String, nullable: true }) by!: string | null;
  @ApiProperty() at!: Date;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
}

export class StepView {
  @ApiProperty() key!: string;
  @ApiProperty({ enum: ['before', 'during', 'after'] }) phase!: StepPhase;
  @ApiProperty() nameFr!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ description: 'Needed for the label' }) mandatory!: boolean;
  @ApiProperty({ enum: InternshipParty }) performer!: InternshipParty;
  @ApiProperty({ enum: InternshipParty, isArray: true }) validators!: InternshipParty[];
  @ApiProperty({ enum: ['form', 'document', 'signature', 'none'] }) evidenceKind!: StepEvidence;
  @ApiProperty() confidential!: boolean;
  @ApiProperty() graded!: boolean;
  @ApiProperty({ type: [String] }) prerequisites!: string[];
  @ApiProperty({ enum: ['todo', 'submitted', 'validated'] }) status!: StepStatus;
  @ApiProperty({ description: 'Its prerequisites are validated' }) available!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn!: string | null;
  @ApiProperty({ description: 'Due before today and not validated' }) overdue!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) validatedAt!: Date | null;
  @ApiProperty({ type: [StepValidationView] }) validations!: StepValidationView[];
  @ApiProperty({ enum: InternshipParty, isArray: true, description: 'Validators still to act' })
  pendingValidators!: InternshipParty[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Null when hidden: a confidential step’s evidence is shown to the programme manager alone',
  })
  evidence!: Record<string, unknown> | null;
  @ApiProperty() evidenceHidden!: boolean;
  @ApiProperty({ enum: ['submit', 'validate'], isArray: true, description: 'What the caller may do on it now' })
  actions!: Array<'submit' | 'validate'>;
}

export class PhasesView {
  @ApiProperty({ type: [StepView] }) before!: StepView[];
  @ApiProperty({ type: [StepView] }) during!: StepView[];
  @ApiProperty({ type: [StepView] }) after!: StepView[];
}

export class ProgressView {
  @ApiProperty() done!: number;
  @ApiProperty() toDo!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() mandatoryDone!: number;
  @ApiProperty() mandatoryTotal!: number;
}

export class TemplateRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) programmeId!: string | null;
  @ApiProperty({ enum: ['automatic', 'manager_decision'] }) labelMode!: string;
}

export class LabelView {
  @ApiProperty({ description: 'Verification code of the certificate (GET /labels/{code})' }) code!: string;
  @ApiProperty() grantedAt!: Date;
}

export class CancellationView {
  @ApiProperty() at!: Date;
  @ApiProperty() reason!: string;
}

/** One line of "Suivi global des stagiaires". */
export class InternshipSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: InternshipStatus }) status!: InternshipStatus;
  @ApiProperty({ type: PersonView }) student!: PersonView;
  @ApiProperty({ type: NamedView }) company!: NamedView;
  @ApiProperty({ type: NamedView, nullable: true }) programme!: NamedView | null;
  @ApiProperty({ type: Number, nullable: true }) studyYear!: number | null;
  @ApiProperty({ type: String, nullable: true }) academicYear!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate!: string | null;
  @ApiProperty({ type: ProgressView }) progress!: ProgressView;
}

/** The dashboard of one internship ("plus de détails" included). */
export class InternshipView extends InternshipSummaryView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) offerId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) applicationId!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty({ type: PersonView, nullable: true }) companyTutor!: PersonView | null;
  @ApiProperty({ type: PersonView, nullable: true }) academicTutor!: PersonView | null;
  @ApiProperty({ type: [PersonView] }) yearManagers!: PersonView[];
  @ApiProperty({ type: PersonView, nullable: true }) programmeManager!: PersonView | null;
  @ApiProperty({ type: TemplateRefView, nullable: true }) template!: TemplateRefView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt!: Date | null;
  @ApiProperty({ type: Number, nullable: true }) finalGrade!: number | null;
  @ApiProperty({ type: LabelView, nullable: true }) label!: LabelView | null;
  @ApiProperty({ type: CancellationView, nullable: true, description: 'When and why the internship was cancelled' })
  cancellation!: CancellationView | null;
  @ApiProperty({ enum: InternshipParty, isArray: true, description: 'The parts the caller plays' })
  yourParts!: InternshipParty[];
  @ApiProperty({ type: PhasesView }) phases!: PhasesView;
}

export class AuditEntryView {
  @ApiProperty() id!: string;
  @ApiProperty() at!: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The actor’s name, or who acted without an account' })
  actor!: string | null;
  @ApiProperty({ enum: ['api', 'link', 'system'] }) source!: string;
  @ApiProperty() action!: string;
  @ApiProperty({ type: String, nullable: true }) stepKey!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
}
