import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** The platform speaks French first; English is available. */
export type Locale = 'fr' | 'en';
export const DEFAULT_LOCALE: Locale = 'fr';

/** Picks the first supported language of an Accept-Language header, by quality; French otherwise. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.split('-')[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const match = ranked.find((entry) => entry.language === 'fr' || entry.language === 'en');
  return (match?.language as Locale | undefined) ?? DEFAULT_LOCALE;
}

/** The locale of the request, from its Accept-Language header. */
export const RequestLocale = createParamDecorator((_: unknown, context: ExecutionContext): Locale =>
  localeFromHeader(
    context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers['accept-language'],
  ),
);

const collators = new Map<Locale, Intl.Collator>();

/** The alphabetical order of a locale. Made once per locale: building one costs far more than a sort of labels. */
export function collatorOf(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  return collator;
}
