import { IsDecimal } from '../../common/validation/field-rules';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, Matches, Max, Min } from 'class-validator';
import { AllowancePeriod } from '../offer.entity';

export const ALLOWANCE_PERIODS: AllowancePeriod[] = ['month', 'week', 'total'];

/** The internship allowance ("gratification"): all three parts, or `null` for none. */
export class AllowanceDto {
  @ApiProperty({ minimum: 0, example: 600 })
  @IsDecimal(2)
  @Min(0)
  @Max(1_000_000)
  amount!: number;

  @ApiProperty({ description: 'ISO 4217 currency code', example: 'EUR' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{3}$/, {
    message: 'currency must be an ISO 4217 code (e.g. EUR)',
    context: { message: 'isCurrency' },
  })
  currency!: string;

  @ApiProperty({ enum: ALLOWANCE_PERIODS, example: 'month' })
  @IsIn(ALLOWANCE_PERIODS)
  period!: AllowancePeriod;
}
