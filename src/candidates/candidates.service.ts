import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../common/auth/auth-user';
import { Locale } from '../common/i18n/locale';
import { OfferAccess } from '../offers/offer-access';
import { ReferenceService } from '../reference/reference.service';
import { criteriaOf, ProfileSearchQueryDto } from '../search/dto/profile-search-query.dto';
import { OrganisationNames } from '../search/organisation-names';
import { ProfileSort } from '../search/profile-search-criteria';
import { readFacetCounts } from '../search/query/facet-aggregations';
import { CandidateRanker } from './candidate-ranker';
import { toCandidatesResponse } from './candidate-results';
import { CandidateQueryDto, hardFiltersOf } from './dto/candidate-query.dto';
import { CandidatesResponseDto } from './dto/candidates-response.dto';
import { maxScore } from '../matching/max-score';

/** "Une première sélection pour vous": an offer's candidates ranked by fit with its wanted profile. */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly offers: OfferAccess,
    private readonly ranker: CandidateRanker,
    private readonly reference: ReferenceService,
    private readonly organisationNames: OrganisationNames,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async forOffer(
    user: AuthUser,
    offerId: string,
    query: CandidateQueryDto,
    locale: Locale,
  ): Promise<CandidatesResponseDto> {
    // Only the offer's own company (and admins) reach it; anyone else gets the offers' 404.
    const offer = await this.offers.findReadable(user, offerId);
    const criteria = criteriaOf({ ...query, sort: ProfileSort.Relevance } as ProfileSearchQueryDto);
    // The ranking starts while the company's approval is checked; the check still decides first (403 before any 503).
    const ranking = this.ranker.wantedProfile(offer).then(async (profile) => ({
      profile,
      response: await this.ranker.search(profile, criteria, hardFiltersOf(query)),
    }));
    ranking.catch(() => undefined);
    await this.offers.assertCompanyApproved(this.dataSource, user, offer.companyId);
    const { profile, response } = await ranking;
    const counts = readFacetCounts(response?.aggregations, criteria.selected);
    const [catalog, names] = await Promise.all([this.reference.catalog(), this.organisationNames.of(counts)]);
    const max = maxScore(profile, this.ranker.settings);
    return toCandidatesResponse(offer.id, max, response, counts, criteria, { catalog, names, locale });
  }
}
