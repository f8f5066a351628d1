import { fittingField } from './programme-fit';

describe('fittingField', () => {
  it('fits through folding, stemming, hyphens and compounds', () => {
    expect(fittingField(['Biologie'], 'Licence sciences biologiques')).toBe('Biologie');
    expect(fittingField(['Génie Chimique-Procédés'], 'Génie des procédés chimiques')).toBe('Génie Chimique-Procédés');
    expect(fittingField(['Industries alimentaires'], 'Ingénierie agroalimentaire')).toBeNull();
    expect(fittingField(['alimentaires'], 'Génie agroalimentaire')).toBe('alimentaires');
    expect(fittingField(['Informatique'], 'Licence en informatique de gestion')).toBe('Informatique');
  });

  it('does not fit a different field or an empty name', () => {
    expect(fittingField(['Génie logiciel'], 'Génie civil')).toBeNull();
    expect(fittingField(['Génie logiciel'], 'Master')).toBeNull();
    expect(fittingField([], 'Génie civil')).toBeNull();
  });
});
