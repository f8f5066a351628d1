import { Civility } from '../users/user.entity';

/**
 * Every demo e-mail address ends with this. `.test` is reserved (RFC 2606): such an address can never reach a
 * real mailbox, whatever SMTP server the platform is pointed at.
 */
export const DEMO_EMAIL_DOMAIN = 'demo.semsem-stages.test';

export interface DemoPerson {
  civility: Civility;
  firstName: string;
  lastName: string;
  email: string;
}

/** `prénom.nom@demo…`, lowercase and accent-free. */
export function demoEmail(firstName: string, lastName: string): string {
  const part = (value: string) =>
    value
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${part(firstName)}.${part(lastName)}@${DEMO_EMAIL_DOMAIN}`;
}

export function person(civility: Civility, firstName: string, lastName: string): DemoPerson {
  return { civility, firstName, lastName, email: demoEmail(firstName, lastName) };
}
