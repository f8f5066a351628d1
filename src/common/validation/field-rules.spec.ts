import { validateSync } from 'class-validator';
import { IsDecimal } from './field-rules';

class Amount {
  @IsDecimal(2)
  value!: unknown;
}

const problems = (value: unknown) => {
  const amount = Object.assign(new Amount(), { value });
  return validateSync(amount).flatMap((error) => Object.values(error.constraints ?? {}));
};

describe('IsDecimal', () => {
  it('takes numbers with up to the given decimals', () => {
    for (const value of [0, 12, 12.3, 12.34, -7.5, 1e6]) expect(problems(value)).toEqual([]);
  });

  it('refuses more decimals, and numbers written in exponent form, without throwing', () => {
    expect(problems(12.345)).toEqual(['value must be a number with at most 2 decimals']);
    expect(problems(-8e-323)).toEqual(['value must be a number with at most 2 decimals']);
    expect(problems(1e-7)).toEqual(['value must be a number with at most 2 decimals']);
  });

  it('refuses what is not a finite number', () => {
    for (const value of ['12', NaN, Infinity, null]) expect(problems(value).length).toBeGreaterThan(0);
  });
});
