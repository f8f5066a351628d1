import { IsNumber, Matches, ValidateBy, ValidateIf } from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { tidyText } from './text-list';

/** May be left out, but not sent as null (the column has no "unknown" value). */
export const NotNull = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/** Trims and collapses the spaces of a string value; anything else is left for the validators to refuse. */
export const tidyIfString = ({ value }: { value: unknown }) => (typeof value === 'string' ? tidyText(value) : value);

/** Some visible text: a name or a message of spaces only would reach e-mails and screens as nothing. */
export const NotBlank = () =>
  Matches(/\S/, { message: '$property must not be blank', context: { message: 'isNotBlank' } });

/**
 * A finite number with at most `places` decimals. class-validator's own `maxDecimalPlaces` throws on numbers it
 * prints in exponent form (-8e-323), a 500 the fuzz suite found; this rule reads the number, not its text.
 */
export const IsDecimal = (places: number) =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }),
    ValidateBy({
      name: 'maxDecimals',
      constraints: [places],
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number(value.toFixed(places)) === value,
        defaultMessage: () => `$property must be a number with at most ${places} decimals`,
      },
    }),
  );
