/** Universities of the judged set by key (the student's city), with their country. */
export const UNIVERSITIES: Record<string, { name: string; country: string }> = {
  Sfax: { name: 'Université de Sfax', country: 'TN' },
  Tunis: { name: 'Université de Tunis El Manar', country: 'TN' },
  Monastir: { name: 'Université de Monastir', country: 'TN' },
  Carthage: { name: 'Université de Carthage', country: 'TN' },
  Sousse: { name: 'Université de Sousse', country: 'TN' },
  Montpellier: { name: 'Université de Montpellier', country: 'FR' },
  Lyon: { name: 'Université Claude Bernard Lyon 1', country: 'FR' },
  'Paris-Saclay': { name: 'Université Paris-Saclay', country: 'FR' },
  Nantes: { name: 'Nantes Université', country: 'FR' },
  Lille: { name: 'Université de Lille', country: 'FR' },
  Bordeaux: { name: 'Université de Bordeaux', country: 'FR' },
  Rabat: { name: 'Université Mohammed V de Rabat', country: 'MA' },
  Casablanca: { name: 'Université Hassan II de Casablanca', country: 'MA' },
};

export const COUNTRIES = ['TN', 'FR', 'MA'];

export function universitiesIn(country: string): string[] {
  return Object.entries(UNIVERSITIES)
    .filter(([, university]) => university.country === country)
    .map(([key]) => key);
}

export const FIRST_NAMES: Array<[name: string, civility: 'mr' | 'mrs']> = [
  ['Khira', 'mrs'], ['Amira', 'mrs'], ['Sarra', 'mrs'], ['Léa', 'mrs'], ['Manon', 'mrs'], ['Yasmine', 'mrs'], ['Inès', 'mrs'],
  ['Salma', 'mrs'], ['Chloé', 'mrs'], ['Nour', 'mrs'], ['Camille', 'mrs'], ['Rania', 'mrs'], ['Emma', 'mrs'], ['Hajar', 'mrs'],
  ['Mohamed', 'mr'], ['Youssef', 'mr'], ['Hugo', 'mr'], ['Lucas', 'mr'], ['Aymen', 'mr'], ['Karim', 'mr'], ['Omar', 'mr'],
  ['Théo', 'mr'], ['Mehdi', 'mr'], ['Nathan', 'mr'], ['Skander', 'mr'], ['Anas', 'mr'], ['Louis', 'mr'], ['Firas', 'mr'],
];
export const LAST_NAMES = [
  'Khadraoui', 'Ben Salah', 'Trabelsi', 'Martin', 'Bernard', 'Dubois', 'Gharbi', 'El Amrani', 'Moreau', 'Jaziri', 'Lefèvre',
  'Bouazizi', 'Haddad', 'Laurent', 'Mansouri', 'Chaabane', 'Girard', 'Benali', 'Rousseau', 'Tahiri', 'Mejri', 'Fontaine',
  'Ayadi', 'Bennani', 'Garnier', 'Zouari', 'Chevalier', 'Idrissi', 'Masmoudi', 'Perrin', 'Sassi',
];
