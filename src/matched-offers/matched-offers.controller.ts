import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '../accounts/role.enum';
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
      'Only offers still published, with their application deadline ahead and aimed at me. Criteria and points: ' +
      'sector 3 (else related NACE section 1), study year 2, programme 1, skills 3 × share of the offer\'s skills ' +
      'found in my request and CV, languages 1, country or city 1, period 1.5 and freshness 0.5 (decaying). ' +
      'A match is kept from 5 points.',
  })
  @ApiOkResponse({ type: PageOf(MatchedOfferView) })
  list(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<MatchedOfferView>> {
    return this.matched.list(user, page);
  }
}
