import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import { PageOf } from '../common/paging/page';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { ProfileReadView } from './dto/profile-read.view';
import { ProfileReadsService } from './profile-reads.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/profile-reads')
export class ProfileReadsController {
  constructor(private readonly reads: ProfileReadsService) {}

  @Get()
  @Roles(Role.Student)
  @ApiOperation({ summary: 'Which company contacts read my requests and CVs, and when (newest first)' })
  @ApiOkResponse({ type: PageOf(ProfileReadView) })
  mine(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto) {
    return this.reads.mine(user, page);
  }
}
