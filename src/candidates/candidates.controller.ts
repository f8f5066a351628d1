import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ProblemDetails } from '../common/errors/problem-details';
import { Locale, RequestLocale } from '../common/i18n/locale';
import { uuidParam } from '../common/validation/uuid-param.pipe';
import { CandidatesService } from './candidates.service';
import { CandidateQueryDto } from './dto/candidate-query.dto';
import { CandidatesResponseDto } from './dto/candidates-response.dto';

@ApiTags('candidates')
@ApiBearerAuth()
@Controller('offers')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Get(':id/candidates')
  @Roles(Role.CompanyContact, Role.Admin)
  @ApiOperation({
    summary: 'The published profiles ranked by fit with the offer\'s wanted profile, each with its "why"',
    description:
      "Scored by the matching shared with the offers matched to a request: text relevance of the offer's title, " +
      "mission, skills and profile against the request's texts, then sector, year, programme, skills (partial credit, " +
      'equivalents), languages, country, city, country of residence, university country, dates still ahead, freshness ' +
      '(weights set by MATCHING_* settings); ties by text relevance, then id. The best MATCHING_WINDOW are ranked. ' +
      '`require*` and `minSkills` make a criterion compulsory. Keywords, facets and filters narrow the list as in ' +
      'GET /profiles/search without changing scores. Page with `nextCursor`.',
  })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'fr (default) or en: the language of labels' })
  @ApiOkResponse({ type: CandidatesResponseDto })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'An invalid parameter, e.g. a malformed cursor' })
  @ApiUnauthorizedResponse({ type: ProblemDetails })
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'Not an admin or a company contact' })
  @ApiNotFoundResponse({ type: ProblemDetails, description: "No such offer of the caller's company" })
  @ApiServiceUnavailableResponse({ type: ProblemDetails, description: 'Elasticsearch is unavailable' })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: CandidateQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<CandidatesResponseDto> {
    return this.candidates.forOffer(user, id, query, locale);
  }
}
