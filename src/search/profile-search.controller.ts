import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiHeader,
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
import { ProfileSearchQueryDto } from './dto/profile-search-query.dto';
import { ProfileSearchResponseDto } from './dto/profile-search-response.dto';
import { ProfileSearchService } from './profile-search.service';

@ApiTags('search')
@ApiBearerAuth()
@Controller('profiles')
export class ProfileSearchController {
  constructor(private readonly profiles: ProfileSearchService) {}

  @Get('search')
  @Roles(Role.CompanyContact, Role.Admin)
  @RateLimit('profileSearchPerUser')
  @ApiOperation({
    summary: '"Accéder aux meilleurs profils": search published requests with keywords, filters and facets',
    description:
      'Facets are multi-select: values of one facet combine with OR, facets with AND, and each facet counts under ' +
      'every selected filter but its own. Page with `nextCursor`.',
  })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'fr (default) or en: the language of labels' })
  @ApiOkResponse({ type: ProfileSearchResponseDto })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'An invalid parameter, e.g. a malformed cursor' })
  @ApiUnauthorizedResponse({ type: ProblemDetails })
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'Not an admin or an active company contact' })
  @ApiServiceUnavailableResponse({ type: ProblemDetails, description: 'Elasticsearch is unavailable' })
  search(
    @CurrentUser() user: AuthUser,
    @Query() query: ProfileSearchQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<ProfileSearchResponseDto> {
    return this.profiles.search(user, query, locale);
  }
}
