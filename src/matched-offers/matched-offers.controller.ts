import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ProblemDetails } from '../common/errors/problem-details';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { Page, PageOf } from '../common/paging/page';
import { MatchedOfferView } from './dto/matched-offer.view';
import { MatchedOffersService } from './matched-offers.service';

@ApiTags('matched offers')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'Students only' })
@Controller('me/matched-offers')
export class MatchedOffersController {
  constructor(private readonly matched: MatchedOffersService) {}

  @Get()
  @Roles(Role.Student)
  @ApiOperation({
    summary: 'Offers matched to my published requests, best first, each with why it was chosen',
    description:
      'Only offers still published, with their application deadline ahead and aimed at me. Scored by the matching ' +
      "shared with the companies' candidate lists: text relevance of my request to the offer, sector, study year, " +
      'programme, skills (partial credit, equivalents), languages, country, city, country of residence, university ' +
      'country, dates still ahead, freshness (MATCHING_* settings). A match is kept from MATCHING_THRESHOLD points.',
  })
  @ApiOkResponse({ type: PageOf(MatchedOfferView) })
  list(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<MatchedOfferView>> {
    return this.matched.list(user, page);
  }
}
