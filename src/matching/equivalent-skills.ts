/**
 * Skills the project holds for equivalent: a request that names one earns the credit of an offer skill naming
 * another of the same group. Kept short and reviewed by hand: each line is a pair a recruiter would accept.
 * (Our Elasticsearch distribution has no synonym filter; the matching expands skills here, on both directions.)
 */
export const EQUIVALENT_SKILLS: ReadonlyArray<readonly string[]> = [
  ['HACCP', 'hygiène alimentaire', "bonnes pratiques d'hygiène", 'sécurité alimentaire'],
  ['Excel', 'tableur', 'tableaux croisés dynamiques'],
  ['CRM', 'gestion de la relation client', 'Salesforce', 'HubSpot'],
  ['ERP', 'progiciel de gestion intégré', 'SAP', 'Odoo'],
  ['prospection téléphonique', 'phoning', 'téléprospection'],
  ['analyse vibratoire', 'analyse des vibrations'],
  ['maintenance préventive', 'GMAO'],
  ['soudage', 'soudure'],
  ['DAO', 'AutoCAD', 'dessin assisté par ordinateur'],
  ['CAO', 'SolidWorks', 'CATIA', 'conception assistée par ordinateur'],
  ['PAO', 'InDesign', 'mise en page'],
  ['SEO', 'référencement naturel'],
  ['BIM', 'Revit'],
  ['JavaScript', 'JS'],
  ['comptabilité', 'comptabilité générale', 'saisie comptable'],
  ['gestion de projet', 'conduite de projet', 'MS Project'],
  ['anglais', 'English'],
  ['réseaux sociaux', 'community management'],
  ['bureautique', 'Pack Office', 'Microsoft Office'],
  ['Git', 'gestion de versions'],
  ['statistiques', 'analyse statistique'],
  ['paie', 'gestion de la paie'],
];
