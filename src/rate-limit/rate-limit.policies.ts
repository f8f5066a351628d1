import { AppConfig } from '../config/app-config';

/** A limit of AppConfig.rateLimits; its window comes from the RATE_LIMIT_* setting. */
export type RateLimitName = keyof AppConfig['rateLimits'];

/**
 * Whom a limit counts: the client IP, the e-mail address in the body (normalised, hashed), or that address from that
 * IP (so that strangers cannot lock an account's owner out by failing on purpose from elsewhere), or the
 * authenticated user (routes behind the access token: an account leaning on an expensive or mailing route).
 */
export type RateLimitSubject = 'ip' | 'email' | 'email-ip' | 'user';

export interface RateLimitPolicy {
  subject: RateLimitSubject;
  /** What is counted, for the 429's detail. */
  counted: string;
  setting: string;
}

export const RATE_LIMIT_POLICIES: Record<RateLimitName, RateLimitPolicy> = {
  loginPerEmail: {
    subject: 'email-ip',
    counted: 'log-in attempts for this e-mail address from this IP address',
    setting: 'RATE_LIMIT_LOGIN_PER_EMAIL',
  },
  loginPerAccount: {
    subject: 'email',
    counted: 'log-in attempts for this e-mail address',
    setting: 'RATE_LIMIT_LOGIN_PER_ACCOUNT',
  },
  loginPerIp: { subject: 'ip', counted: 'log-in attempts from this IP address', setting: 'RATE_LIMIT_LOGIN_PER_IP' },
  accountMailPerEmail: {
    subject: 'email',
    counted: 'account e-mails to this address',
    setting: 'RATE_LIMIT_ACCOUNT_MAIL_PER_EMAIL',
  },
  accountMailPerIp: {
    subject: 'ip',
    counted: 'account e-mail requests from this IP address',
    setting: 'RATE_LIMIT_ACCOUNT_MAIL_PER_IP',
  },
  registrationPerIp: {
    subject: 'ip',
    counted: 'sign-ups from this IP address',
    setting: 'RATE_LIMIT_REGISTRATION_PER_IP',
  },
  labelLookupPerIp: {
    subject: 'ip',
    counted: 'label verifications from this IP address',
    setting: 'RATE_LIMIT_LABEL_LOOKUP_PER_IP',
  },
  signatureLinkPerIp: {
    subject: 'ip',
    counted: 'signature link requests from this IP address',
    setting: 'RATE_LIMIT_SIGNATURE_LINK_PER_IP',
  },
  accountTokenPerIp: {
    subject: 'ip',
    counted: 'e-mail verifications and password resets from this IP address',
    setting: 'RATE_LIMIT_ACCOUNT_TOKEN_PER_IP',
  },
  refreshPerIp: {
    subject: 'ip',
    counted: 'session refreshes from this IP address',
    setting: 'RATE_LIMIT_REFRESH_PER_IP',
  },
  companyLookupPerIp: {
    subject: 'ip',
    counted: 'company look-ups from this IP address',
    setting: 'RATE_LIMIT_COMPANY_LOOKUP_PER_IP',
  },
  profileSearchPerUser: {
    subject: 'user',
    counted: 'profile searches by this account',
    setting: 'RATE_LIMIT_PROFILE_SEARCH_PER_USER',
  },
  applicationMessagesPerUser: {
    subject: 'user',
    counted: 'messages sent by this account',
    setting: 'RATE_LIMIT_APPLICATION_MESSAGES_PER_USER',
  },
};
