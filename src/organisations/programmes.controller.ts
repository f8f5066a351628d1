import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import { PageOf } from '../common/paging/page';
import {
  ProgrammeDto,
  ProgrammeStudentDto,
  SchoolingConfirmationDto,
  SetManagerDto,
  SetYearManagersDto,
  StudentsQueryDto,
  YearManagersDto,
} from './dto/university.dto';
import { ProgrammeStaffService } from './programme-staff.service';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly staff: ProgrammeStaffService) {}

  @Put(':id/manager')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Set the programme manager ("responsable de filière")' })
  @ApiOkResponse({ type: ProgrammeDto })
  setManager(@Param('id', ParseUUIDPipe) id: string, @Body() body: SetManagerDto) {
    return this.staff.setManager(id, body.userId);
  }

  @Get(':id/year-managers')
  @Roles(Role.Admin, Role.ProgrammeManager)
  @ApiOperation({ summary: 'The current year managers of the programme, by study year' })
  @ApiOkResponse({ type: [YearManagersDto] })
  yearManagers(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<YearManagersDto[]> {
    return this.staff.listYearManagers(user, id);
  }

  @Put(':id/year-managers')
  @HttpCode(204)
  @Roles(Role.Admin, Role.ProgrammeManager)
  @ApiOperation({ summary: 'Set the year managers ("responsables d\'année") of one study year' })
  setYearManagers(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SetYearManagersDto,
  ) {
    return this.staff.setYearManagers(user, id, body.studyYear, body.userIds);
  }

  @Get(':id/students')
  @Roles(Role.Admin, Role.ProgrammeManager, Role.YearManager)
  @ApiOperation({ summary: 'Students of the programme (a year manager sees their years only)' })
  @ApiOkResponse({ type: PageOf(ProgrammeStudentDto) })
  students(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: StudentsQueryDto) {
    return this.staff.listStudents(user, id, query);
  }

  @Post(':id/students/:studentId/schooling-confirmation')
  @HttpCode(200)
  @Roles(Role.Admin, Role.ProgrammeManager)
  @ApiOperation({
    summary: 'Confirm that a student belongs to the programme',
    description:
      'A programme declared by a student (at sign-up or through PUT /me/schooling) is a claim: offers targeted at a ' +
      'country, university or programme reach the student only once its manager confirms it. ' +
      'GET /programmes/{id}/students?schooling=pending lists the students waiting.',
  })
  @ApiOkResponse({ type: SchoolingConfirmationDto })
  confirmSchooling(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('studentId', ParseUUIDPipe) studentId: string,
  ) {
    return this.staff.confirmSchooling(user, id, studentId);
  }
}
