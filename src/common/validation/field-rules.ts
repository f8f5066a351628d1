import { Matches, ValidateIf } from 'class-validator';
import { tidyText } from './text-list';

/** May be left out, but not sent as null (the column has no "unknown" value). */
export const NotNull = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/** Trims and collapses the spaces of a string value; anything else is left for the validators to refuse. */
export const tidyIfString = ({ value }: { value: unknown }) => (typeof value === 'string' ? tidyText(value) : value);

/** Some visible text: a name or a message of spaces only would reach e-mails and screens as nothing. */
export const NotBlank = () => Matches(/\S/, { message: '$property must not be blank' });
