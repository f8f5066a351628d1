import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { Locale } from '../common/i18n/locale';
import { PreparedStatement } from '../database/prepared-statement';
import { ReferenceService } from '../reference/reference.service';
import { approvedCompanyContact } from '../requests/request-read-scope';
import { criteriaOf, ProfileSearchQueryDto } from './dto/profile-search-query.dto';
import { ProfileSearchResponseDto } from './dto/profile-search-response.dto';
import { OrganisationNames } from './organisation-names';
import { toSearchResponse } from './profile-search.results';
import { ProfilesSearchIndex } from './profiles-search-index';
import { readFacetCounts } from './query/facet-aggregations';
import { buildProfileSearch } from './query/profile-search.query';
import { SearchError, SearchException } from './search.exception';

/** Whether the contact's company is approved, and whether they are an active member of one at all. */
const COMPANY_CONTACT_STATUS = new PreparedStatement<{ approved: boolean; active: boolean }>(
  'company-contact-status',
  `SELECT ${approvedCompanyContact('$1::uuid')} AS approved,
          EXISTS (SELECT 1 FROM company_memberships WHERE user_id = $1::uuid AND status = 'active') AS active`,
);

/** The company's guided search of student profiles ("Accéder aux meilleurs profils"). */
@Injectable()
export class ProfileSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: ProfilesSearchIndex,
    private readonly reference: ReferenceService,
    private readonly organisationNames: OrganisationNames,
  ) {}

  async search(user: AuthUser, query: ProfileSearchQueryDto, locale: Locale): Promise<ProfileSearchResponseDto> {
    const criteria = criteriaOf(query);
    // The engine query starts while the membership is checked; the check still decides first (403 before any 503).
    const searching = this.index.search(buildProfileSearch(criteria));
    searching.catch(() => undefined);
    await this.assertMaySearch(user);
    const response = await searching;
    const counts = readFacetCounts(response?.aggregations, criteria.selected);
    const [catalog, names] = await Promise.all([this.reference.catalog(), this.organisationNames.of(counts)]);
    return toSearchResponse(response, counts, criteria, { catalog, names, locale });
  }

  /**
   * Admins, and active contacts of an approved company (a pending membership has no company to search for yet; a
   * company registered through the platform waits for its approval).
   */
  private async assertMaySearch(user: AuthUser): Promise<void> {
    if (user.role === Role.Admin) return;
    if (user.role === Role.CompanyContact) {
      const [row] = await COMPANY_CONTACT_STATUS.rows(this.dataSource, [user.id]);
      if (row.approved) return;
      if (row.active) throw new SearchException(SearchError.CompanyNotApproved);
    }
    throw new SearchException(SearchError.NotActiveCompanyContact);
  }
}
