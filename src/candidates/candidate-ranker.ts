import type { estypes } from '@elastic/elasticsearch';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Offer } from '../offers/offer.entity';
import { ReferenceService } from '../reference/reference.service';
import { ProfileSearchCriteria } from '../search/profile-search-criteria';
import { ProfilesSearchIndex } from '../search/profiles-search-index';
import { HitSource } from '../search/profile-search.results';
import { programmeFits } from './programme-match';
import { buildCandidateSearch, HardFilters } from './query/candidate-search.query';
import { offerPeriod, RankingSettings, WantedProfile } from './wanted-profile';

export type CandidateSource = HitSource & { nace_sections?: string[]; university_country?: string };

/** Turns an offer into its wanted profile and runs the ranking on the profiles alias. No access checks: callers do. */
@Injectable()
export class CandidateRanker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: ProfilesSearchIndex,
    private readonly config: AppConfig,
    private readonly reference: ReferenceService,
  ) {}

  get settings(): RankingSettings {
    return this.config.candidates;
  }

  async wantedProfile(offer: Offer): Promise<WantedProfile> {
    const divisions = offer.wantedNaceDivisions.map((code) => code.trim());
    const wantedProgrammes = offer.wantedProgrammes.map((text) => text.trim()).filter(Boolean);
    const [catalog, programmes] = await Promise.all([
      this.reference.catalog(),
      // Free text against names: read the names (a few hundred rows) and compare them here, by programme-match's rules.
      wantedProgrammes.length > 0 ? (this.dataSource.query(`SELECT id::text, name FROM programmes`) as Promise<Array<{ id: string; name: string }>>) : [],
    ]);
    const sections = [...new Set(divisions.map((code) => catalog.sectionOfDivision(code)).filter((code) => code !== undefined))].sort();
    return {
      divisions,
      sections,
      studyYears: offer.wantedStudyYears,
      programmes: wantedProgrammes,
      programmeIds: programmes.filter((row) => programmeFits(wantedProgrammes, row.name)).map((row) => row.id),
      skills: offer.skills,
      languages: offer.languages.map((code) => code.trim()),
      country: offer.countryCode.trim(),
      city: offer.city,
      homeCountries: offer.wantedCountries.map((code) => code.trim()),
      period: offerPeriod(offer.startDate, offer.durationWeeks),
    };
  }

  /** One page of ranked candidates with facet counts; null when there is no profiles index yet. */
  search(profile: WantedProfile, criteria: ProfileSearchCriteria, hard: HardFilters): Promise<estypes.SearchResponse<CandidateSource> | null> {
    return this.index.search(buildCandidateSearch(profile, this.settings, criteria, hard));
  }
}
