import { Locale } from '../../common/i18n/locale';

/**
 * What a template writes: a subject, a greeting and paragraphs or links, all plain text. The layout turns a
 * draft into the text and HTML parts and escapes every value on the way, so no template writes HTML itself.
 */
export interface MailDraft {
  subject: string;
  greeting: string;
  blocks: MailBlock[];
}

export type MailBlock = string | MailLink;

export interface MailLink {
  href: string;
  label: string;
}

/**
 * How a param is checked before its row is written: non-empty text, text that may be empty, an http(s) URL, or
 * one of fixed values.
 */
export type ParamRule = 'text' | 'optional-text' | 'url' | readonly string[];

/** One template: the rule of each param it reads and its draft in every locale. */
export interface MailTemplateDefinition<P> {
  params: { readonly [K in keyof P]-?: ParamRule };
  drafts: { readonly [L in Locale]: (params: P) => MailDraft };
}
