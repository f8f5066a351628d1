import { stemSet } from './french-words';
import { skillCredit, skillTerms } from './skill-match';

const credit = (skill: string, text: string) => skillCredit(skillTerms(skill), stemSet([text]));

describe('skill matching', () => {
  it('credits a skill whose words are all in the text, in any form', () => {
    expect(credit('prospection téléphonique', 'Stage de prospection par téléphone et téléphoniques')).toMatchObject({
      credit: 1,
    });
    expect(credit('Analyse vibratoire (notions)', "J'ai fait de l'analyse vibratoire sur des pompes")).toMatchObject({
      credit: 1,
      matched: ['analyse', 'vibratoire'],
    });
  });

  it('gives partial credit for half the words, none under half', () => {
    expect(credit('prospection téléphonique', 'prospection terrain').credit).toBe(0.5);
    expect(credit('gestion de stock magasin', 'gestion budgétaire').credit).toBe(0);
  });

  it('takes a qualifier in parentheses as an alternative', () => {
    expect(credit('CRM (Odoo)', 'paramétrage Odoo')).toMatchObject({ credit: 1, matched: ['odoo'] });
  });

  it('credits the equivalents the project keeps', () => {
    expect(credit('HACCP', "bonnes pratiques d'hygiène en cuisine").credit).toBe(1);
    expect(credit("bonnes pratiques d'hygiène", 'formé HACCP').credit).toBe(1);
    expect(credit('Excel', 'maîtrise du tableur').credit).toBe(1);
    expect(credit('Excel', 'Word et PowerPoint').credit).toBe(0);
  });
});
