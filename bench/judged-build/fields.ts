import { FieldBank } from './field-bank';
import { INDUSTRY_FIELDS } from './fields-industry';
import { INFRASTRUCTURE_FIELDS } from './fields-infrastructure';
import { SERVICE_FIELDS } from './fields-services';

export const FIELDS: FieldBank[] = [...INDUSTRY_FIELDS, ...INFRASTRUCTURE_FIELDS, ...SERVICE_FIELDS];
export const FIELD_BY_ID = new Map(FIELDS.map((field) => [field.id, field]));
