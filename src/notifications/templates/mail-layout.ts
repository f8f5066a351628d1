import { Locale } from '../../common/i18n/locale';
import { MailBlock, MailDraft } from './mail-draft';

/** A mail ready for SMTP. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const wording: Record<Locale, { signature: [string, string]; linkFallback: string }> = {
  fr: {
    signature: ['Cordialement,', "L'équipe SEMSEM-stages"],
    linkFallback: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',
  },
  en: {
    signature: ['Best regards,', 'The SEMSEM-stages team'],
    linkFallback: 'If the button does not work, copy this address into your browser:',
  },
};

/** Builds the text and HTML parts of a draft. Every value reaches the HTML through `escapeHtml`. */
export function layOutMail(draft: MailDraft, locale: Locale): MailContent {
  const { signature, linkFallback } = wording[locale];
  // A subject is one header line: whatever a param holds must not start a new one.
  const subject = draft.subject.replace(/\s+/g, ' ').trim();
  const text = [draft.greeting, ...draft.blocks.map(textOf), signature.join('\n')].join('\n\n') + '\n';
  const body = [
    paragraph(escapeHtml(draft.greeting)),
    ...draft.blocks.map((block) => htmlOf(block, linkFallback)),
    paragraph(signature.map(escapeHtml).join('<br>')),
  ].join('\n');
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="${bodyStyle}">`,
    body,
    '</body>',
    '</html>',
  ].join('\n');
  return { subject, text, html };
}

const bodyStyle =
  'margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933';
const linkStyle =
  'display:inline-block;padding:10px 18px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:4px';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => htmlEntities[char]);
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function textOf(block: MailBlock): string {
  return typeof block === 'string' ? block : block.href;
}

function htmlOf(block: MailBlock, linkFallback: string): string {
  if (typeof block === 'string') return paragraph(escapeHtml(block));
  const href = escapeHtml(block.href);
  return [
    paragraph(`<a href="${href}" style="${linkStyle}">${escapeHtml(block.label)}</a>`),
    `<p style="margin:0 0 16px;font-size:13px;color:#52606d">${escapeHtml(linkFallback)}<br>${href}</p>`,
  ].join('\n');
}

function paragraph(inner: string): string {
  return `<p style="margin:0 0 16px">${inner}</p>`;
}
