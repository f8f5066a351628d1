import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/auth.decorators';
import { PageOf } from '../common/paging/page';
import { CreateStaffDto, RegisteredDto } from './dto/registration.dto';
import { UserListItemDto, UserListQueryDto } from './dto/user-list.dto';
import { AccountChangesService } from './account-changes.service';
import { RegistrationService } from './registration.service';
import { Role } from '../common/auth/role.enum';
import { UsersDirectoryService } from './users-directory.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class StaffController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly changes: AccountChangesService,
    private readonly directory: UsersDirectoryService,
  ) {}

  @Get('users')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Every account, newest first, by role, university or a piece of name or e-mail (paged)' })
  @ApiOkResponse({ type: PageOf(UserListItemDto) })
  users(@Query() query: UserListQueryDto) {
    return this.directory.list(query);
  }

  @Post('staff')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Create a staff account (tutor, managers, admin); they get a link to choose a password' })
  @ApiCreatedResponse({ type: RegisteredDto })
  create(@Body() body: CreateStaffDto) {
    return this.registration.createStaff(body);
  }

  @Post('users/:id/disable')
  @HttpCode(204)
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Disable an account: sessions closed at once, profiles out of the search' })
  disable(@Param('id', ParseUUIDPipe) id: string) {
    return this.changes.setDisabled(id, true);
  }

  @Post('users/:id/enable')
  @HttpCode(204)
  @Roles(Role.Admin)
  enable(@Param('id', ParseUUIDPipe) id: string) {
    return this.changes.setDisabled(id, false);
  }
}
