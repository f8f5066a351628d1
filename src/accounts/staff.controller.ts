import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/auth.decorators';
import { CreateStaffDto, RegisteredDto } from './dto/registration.dto';
import { RegistrationService } from './registration.service';
import { Role } from './role.enum';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/staff')
export class StaffController {
  constructor(private readonly registration: RegistrationService) {}

  @Post()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Create a staff account (tutor, managers, admin); they get a link to choose a password' })
  @ApiCreatedResponse({ type: RegisteredDto })
  create(@Body() body: CreateStaffDto) {
    return this.registration.createStaff(body);
  }
}
