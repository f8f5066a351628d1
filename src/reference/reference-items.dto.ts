import { ApiProperty } from '@nestjs/swagger';

// Response items of /reference/*: a code and its label in the request's language.

export class NaceSectionDto {
  @ApiProperty({ description: 'NACE Rev. 2 section code', example: 'J', minLength: 1, maxLength: 1 })
  code!: string;
  @ApiProperty({ description: 'Title of the section in the request language', example: 'Information et communication' })
  label!: string;
}

export class NaceDivisionDto {
  @ApiProperty({ description: 'NACE Rev. 2 division code, two digits', example: '62', pattern: '^[0-9]{2}$' })
  code!: string;
  @ApiProperty({ description: 'Code of the section the division belongs to', example: 'J' })
  section!: string;
  @ApiProperty({
    description: 'Title of the division in the request language',
    example: 'Programmation informatique, conseils et activités connexes',
  })
  label!: string;
}

export class CountryDto {
  @ApiProperty({ description: 'ISO 3166-1 alpha-2 code', example: 'TN', pattern: '^[A-Z]{2}$' })
  code!: string;
  @ApiProperty({ description: 'Short name in the request language', example: 'Tunisie' })
  name!: string;
}

export class StudyYearDto {
  @ApiProperty({ description: 'Year of study', example: 3, type: 'integer', minimum: 1 })
  code!: number;
  @ApiProperty({ description: 'Label in the request language', example: '3ème année' })
  label!: string;
}

export class InternshipTypeDto {
  @ApiProperty({ description: 'Internship type code', example: 'discovery' })
  code!: string;
  @ApiProperty({ description: 'Label in the request language', example: 'Découverte' })
  label!: string;
}
