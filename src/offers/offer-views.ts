import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApplicationFacts } from '../application-facts/application-facts.service';
import { ResponseRateView } from '../application-facts/response-rate.view';
import { Locale } from '../common/i18n/locale';
import { OfferSummaryView, OfferTargetView, OfferView } from './dto/offer.view';
import { Offer } from './offer.entity';
import { OfferTargeting } from './offer-targeting';

const targetingLabels: Record<Locale, { open: string; targeted: string }> = {
  fr: { open: 'Offre ouverte', targeted: 'Offre ciblée' },
  en: { open: 'Open offer', targeted: 'Targeted offer' },
};

interface Names {
  responseRates: Map<string, ResponseRateView>;
  companies: Map<string, string>;
  users: Map<string, string>;
  universities: Map<string, string>;
  programmes: Map<string, string>;
}

/** Turns offers into what the API answers, with the names of their company, author and target. */
@Injectable()
export class OfferViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationFacts,
  ) {}

  async full(offers: Offer[], locale: Locale): Promise<OfferView[]> {
    const names = await this.names(offers);
    return offers.map((offer) => ({
      ...summary(offer, names, locale),
      internshipType: offer.internshipType,
      mission: offer.mission,
      durationWeeks: offer.durationWeeks,
      startDate: offer.startDate,
      position: offer.position,
      allowance:
        offer.allowanceAmount === null
          ? null
          : { amount: offer.allowanceAmount, currency: offer.allowanceCurrency!, period: offer.allowancePeriod! },
      places: offer.places,
      wantedNaceDivisions: offer.wantedNaceDivisions,
      wantedStudyYears: offer.wantedStudyYears,
      wantedProgrammes: offer.wantedProgrammes,
      skills: offer.skills,
      languages: offer.languages,
      wantedCountries: offer.wantedCountries,
      profileText: offer.profileText,
      version: offer.version,
      updatedAt: offer.updatedAt,
    }));
  }

  async summaries(offers: Offer[], locale: Locale): Promise<OfferSummaryView[]> {
    const names = await this.names(offers);
    return offers.map((offer) => summary(offer, names, locale));
  }

  private async names(offers: Offer[]): Promise<Names> {
    const ids = (pick: (offer: Offer) => string | null) => [...new Set(offers.map(pick).filter((id) => id !== null))];
    const lookup = async (sql: string, values: string[]) =>
      values.length === 0
        ? new Map<string, string>()
        : new Map<string, string>(
            ((await this.dataSource.query(sql, [values])) as Array<{ id: string; name: string }>).map((r) => [
              r.id,
              r.name,
            ]),
          );
    const [companies, users, universities, programmes, responseRates] = await Promise.all([
      lookup(
        'SELECT id, name FROM companies WHERE id = ANY($1::uuid[])',
        ids((o) => o.companyId),
      ),
      lookup(
        `SELECT id, concat_ws(' ', civility, first_name, last_name) AS name FROM users WHERE id = ANY($1::uuid[])`,
        ids((o) => o.authorId),
      ),
      lookup(
        'SELECT id, name FROM universities WHERE id = ANY($1::uuid[])',
        ids((o) => o.targetUniversityId),
      ),
      lookup(
        'SELECT id, name FROM programmes WHERE id = ANY($1::uuid[])',
        ids((o) => o.targetProgrammeId),
      ),
      this.applications.responseRates(ids((o) => o.companyId)),
    ]);
    return { companies, users, universities, programmes, responseRates };
  }
}

function summary(offer: Offer, names: Names, locale: Locale): OfferSummaryView {
  return {
    id: offer.id,
    companyId: offer.companyId,
    companyName: names.companies.get(offer.companyId) ?? '',
    title: offer.title,
    createdAt: offer.createdAt,
    authorName: offer.authorId ? (names.users.get(offer.authorId) ?? null) : null,
    city: offer.city,
    countryCode: offer.countryCode,
    target: target(offer, names, locale),
    status: offer.status,
    applicationDeadline: offer.applicationDeadline,
    publishedAt: offer.publishedAt,
    companyResponseRate: names.responseRates.get(offer.companyId) ?? null,
  };
}

function target(offer: Offer, names: Names, locale: Locale): OfferTargetView {
  const labels = targetingLabels[locale];
  return {
    targeting: offer.targeting,
    label: offer.targeting === OfferTargeting.Open ? labels.open : labels.targeted,
    countryCode: offer.targetCountryCode,
    universityId: offer.targetUniversityId,
    universityName: offer.targetUniversityId ? (names.universities.get(offer.targetUniversityId) ?? null) : null,
    programmeId: offer.targetProgrammeId,
    programmeName: offer.targetProgrammeId ? (names.programmes.get(offer.targetProgrammeId) ?? null) : null,
  };
}
