import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '../common/auth/role.enum';
import { Public, Roles } from '../common/auth/auth.decorators';
import { PageOf } from '../common/paging/page';
import { PageQueryDto } from '../common/paging/page-query.dto';
import {
  CreateProgrammeDto,
  CreateUniversityDto,
  ProgrammeDto,
  UniversityDto,
  UniversityQueryDto,
} from './dto/university.dto';
import { UniversitiesService } from './universities.service';

@ApiTags('universities')
@Controller('universities')
export class UniversitiesController {
  constructor(private readonly universities: UniversitiesService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Universities of the platform ("Présentation des organismes de formation")' })
  @ApiOkResponse({ type: PageOf(UniversityDto) })
  list(@Query() query: UniversityQueryDto) {
    return this.universities.list(query);
  }

  @Post()
  @ApiBearerAuth()
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: UniversityDto })
  create(@Body() body: CreateUniversityDto) {
    return this.universities.create(body);
  }

  @Public()
  @Get(':id/programmes')
  @ApiOperation({ summary: 'Programmes ("filières") of a university, e.g. to choose one at sign-up' })
  @ApiOkResponse({ type: PageOf(ProgrammeDto) })
  programmes(@Param('id', ParseUUIDPipe) id: string, @Query() page: PageQueryDto) {
    return this.universities.listProgrammes(id, page);
  }

  @Post(':id/programmes')
  @ApiBearerAuth()
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: ProgrammeDto })
  createProgramme(@Param('id', ParseUUIDPipe) id: string, @Body() body: CreateProgrammeDto) {
    return this.universities.createProgramme(id, body);
  }
}
