import { MailTemplateDefinition } from './mail-draft';

export interface MatchedOffersDigestParams {
  firstName: string;
  /** How many offers the digest lists. */
  count: string;
  /** One line per offer (title, company, place and why it was chosen), separated by line breaks. */
  offerList: string;
  link: string;
}

/** The digest of new offers matching a student's requests; each offer is announced once. */
export const matchedOffersDigest: MailTemplateDefinition<MatchedOffersDigestParams> = {
  params: { firstName: 'text', count: 'text', offerList: 'text', link: 'url' },
  drafts: {
    fr: (p) => ({
      subject:
        p.count === '1'
          ? 'Une nouvelle offre de stage correspond à votre demande'
          : `${p.count} nouvelles offres de stage correspondent à vos demandes`,
      greeting: `Bonjour ${p.firstName},`,
      blocks: [
        p.count === '1'
          ? 'Cette offre publiée sur SEMSEM-stages correspond à votre demande de stage :'
          : 'Ces offres publiées sur SEMSEM-stages correspondent à vos demandes de stage :',
        ...p.offerList.split('\n'),
        { href: p.link, label: 'Voir mes offres' },
        "Chaque offre ne vous est annoncée qu'une fois ; retrouvez-les toutes, classées, dans votre espace.",
      ],
    }),
    en: (p) => ({
      subject:
        p.count === '1'
          ? 'A new internship offer matches your request'
          : `${p.count} new internship offers match your requests`,
      greeting: `Hello ${p.firstName},`,
      blocks: [
        p.count === '1'
          ? 'This offer published on SEMSEM-stages matches your internship request:'
          : 'These offers published on SEMSEM-stages match your internship requests:',
        ...p.offerList.split('\n'),
        { href: p.link, label: 'See my offers' },
        'Each offer is announced to you only once; find them all, ranked, in your space.',
      ],
    }),
  },
};
