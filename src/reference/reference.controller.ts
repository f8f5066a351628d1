import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/auth.decorators';
import { ProblemDetails } from '../common/errors/problem-details';
import { Locale, RequestLocale } from '../common/i18n/locale';
import { NaceDivisionsQuery } from './nace-divisions.query';
import { CountryDto, InternshipTypeDto, NaceDivisionDto, NaceSectionDto, StudyYearDto } from './reference-items.dto';
import { ReferenceService } from './reference.service';

/** Public lists for forms and filters. Labels follow Accept-Language, hence `Vary` for any cache on the way. */
@ApiTags('reference')
@ApiHeader({
  name: 'Accept-Language',
  required: false,
  description: 'Language of the labels: French unless English is preferred (e.g. `en`)',
})
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('nace-sections')
  @Public()
  @Header('Vary', 'Accept-Language')
  @ApiOperation({ summary: 'NACE Rev. 2 sections (A–U)', description: 'Sorted by code.' })
  @ApiOkResponse({ type: [NaceSectionDto], description: 'The 21 sections' })
  naceSections(@RequestLocale() locale: Locale): Promise<NaceSectionDto[]> {
    return this.reference.naceSections(locale);
  }

  @Get('nace-divisions')
  @Public()
  @Header('Vary', 'Accept-Language')
  @ApiOperation({ summary: 'NACE Rev. 2 divisions (two-digit sectors)', description: 'Sorted by code.' })
  @ApiOkResponse({ type: [NaceDivisionDto], description: 'The 88 divisions, or those of the section asked for' })
  @ApiBadRequestResponse({ type: ProblemDetails, description: '`section` is not a NACE section code' })
  naceDivisions(@RequestLocale() locale: Locale, @Query() query: NaceDivisionsQuery): Promise<NaceDivisionDto[]> {
    return this.reference.naceDivisions(locale, query.section);
  }

  @Get('countries')
  @Public()
  @Header('Vary', 'Accept-Language')
  @ApiOperation({ summary: 'Countries (ISO 3166-1 alpha-2)', description: 'Sorted by name in the request language.' })
  @ApiOkResponse({ type: [CountryDto], description: 'The 249 countries' })
  countries(@RequestLocale() locale: Locale): Promise<CountryDto[]> {
    return this.reference.countries(locale);
  }

  @Get('study-years')
  @Public()
  @Header('Vary', 'Accept-Language')
  @ApiOperation({ summary: 'Years of study', description: 'Sorted by year.' })
  @ApiOkResponse({ type: [StudyYearDto], description: 'Years 1 to 5' })
  studyYears(@RequestLocale() locale: Locale): Promise<StudyYearDto[]> {
    return this.reference.studyYears(locale);
  }

  @Get('internship-types')
  @Public()
  @Header('Vary', 'Accept-Language')
  @ApiOperation({
    summary: 'Internship types',
    description: 'In pedagogical order: Découverte, Insertion, Aide à la maîtrise, Maîtrise.',
  })
  @ApiOkResponse({ type: [InternshipTypeDto], description: 'The 4 internship types' })
  internshipTypes(@RequestLocale() locale: Locale): Promise<InternshipTypeDto[]> {
    return this.reference.internshipTypes(locale);
  }
}
