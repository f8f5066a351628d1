import { newLabelCode } from './label-grade';
import { normaliseLabelCode } from './label-code';

describe('label codes as typed', () => {
  it('keep every code the label grant makes as it is', () => {
    for (let i = 0; i < 200; i++) {
      const code = newLabelCode();
      expect(code.length).toBeLessThanOrEqual(20);
      expect(normaliseLabelCode(code)).toBe(code);
    }
  });

  it('survive retyping: lower case, spaces, dashes', () => {
    expect(normaliseLabelCode('abcd efgh 2345')).toBe('ABCDEFGH2345');
    expect(normaliseLabelCode(' ABCD-EFGH-2345 ')).toBe('ABCDEFGH2345');
  });

  it('refuse what cannot be a code', () => {
    for (const bad of ['', 'abc', 'ABCD_EFGH_2345', "' OR 1=1 --", 'ABCDÉFGH2345', 'A'.repeat(21), 'x'.repeat(500)]) {
      expect(normaliseLabelCode(bad)).toBeNull();
    }
  });
});
