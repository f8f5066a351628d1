import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/auth.decorators';
import { CreateStaffDto, RegisteredDto } from './dto/registration.dto';
import { AccountChangesService } from './account-changes.service';
import { RegistrationService } from './registration.service';
import { Role } from './role.enum';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class StaffController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly changes: AccountChangesService,
  ) {}

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
