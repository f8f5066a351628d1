import { Body, Controller, Get, HttpCode, Patch, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import { AccountChangesService } from './account-changes.service';
import { UpdateSchoolingDto } from './dto/schooling.dto';
import { Role } from '../common/auth/role.enum';
import { MeDto, UpdateMeDto } from './dto/me.dto';
import { MeService } from './me.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly changes: AccountChangesService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeDto })
  get(@CurrentUser() user: AuthUser) {
    return this.me.get(user);
  }

  @Patch()
  @ApiOkResponse({ type: MeDto })
  update(@CurrentUser() user: AuthUser, @Body() body: UpdateMeDto) {
    return this.me.update(user, body);
  }

  @Put('schooling')
  @HttpCode(204)
  @Roles(Role.Student)
  @ApiOperation({
    summary: "The student's programme, study year and country of residence; their published profiles follow",
  })
  updateSchooling(@CurrentUser() user: AuthUser, @Body() body: UpdateSchoolingDto) {
    return this.changes.updateSchooling(user, body);
  }
}
