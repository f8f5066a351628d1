import { ApiProperty } from '@nestjs/swagger';

export class SectorLabelDto {
  @ApiProperty({ example: '62' }) code!: string;
  @ApiProperty({ example: 'Programmation, conseil et autres activités informatiques' }) label!: string;
}

export class CountryNameDto {
  @ApiProperty({ example: 'FR' }) code!: string;
  @ApiProperty({ example: 'France' }) name!: string;
}

export class StudyYearLabelDto {
  @ApiProperty({ example: 4 }) code!: number;
  @ApiProperty({ example: '4ème année' }) label!: string;
}

export class NamedEntityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Génie logiciel' }) name!: string;
}

export class StudentNameDto {
  @ApiProperty({ type: String, nullable: true, enum: ['M.', 'Mme'] }) civility!: string | null;
  @ApiProperty({ example: 'Khira' }) firstName!: string;
  @ApiProperty({ example: 'Khadraoui' }) lastName!: string;
}

export class ProfileFileDto {
  @ApiProperty({ format: 'uuid' }) documentId!: string;
  @ApiProperty({ example: 'CV_Khadraoui.pdf' }) fileName!: string;
  @ApiProperty({ example: '/api/documents/3f1c…/file', description: 'Download URL (the same access token)' })
  url!: string;
}

export class ProfileHighlightsDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The whole title, HTML-escaped, matches in <mark>…</mark>; null when the title did not match',
    example: 'Stage en <mark>développement</mark> web',
  })
  title!: string | null;

  @ApiProperty({ type: [String], description: 'The matching keywords, escaped and marked' })
  keywords!: string[];

  @ApiProperty({ type: [String], description: 'Up to three excerpts of the CV text, escaped and marked' })
  cv!: string[];
}

/** One profile as the result list shows it. */
export class ProfileHitDto {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ example: 'Stage de fin d’études en développement web' }) title!: string;
  @ApiProperty({ type: [String], example: ['TypeScript', 'NestJS'] }) keywords!: string[];
  @ApiProperty({ type: [SectorLabelDto], description: 'Wanted sectors (NACE divisions)' }) sectors!: SectorLabelDto[];
  @ApiProperty({ type: [CountryNameDto], description: 'Wanted countries' }) countries!: CountryNameDto[];
  @ApiProperty({ type: [String], example: ['Sfax'] }) cities!: string[];
  @ApiProperty({ type: [String], example: ['fr', 'en'] }) languages!: string[];
  @ApiProperty({ type: StudyYearLabelDto }) studyYear!: StudyYearLabelDto;
  @ApiProperty({ type: NamedEntityDto }) programme!: NamedEntityDto;
  @ApiProperty({ type: NamedEntityDto }) university!: NamedEntityDto;
  @ApiProperty({ type: StudentNameDto }) student!: StudentNameDto;
  @ApiProperty({ type: String, format: 'date', nullable: true }) availableFrom!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) availableTo!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ type: ProfileFileDto, nullable: true }) cv!: ProfileFileDto | null;
  @ApiProperty({ type: ProfileFileDto, nullable: true }) letter!: ProfileFileDto | null;
  @ApiProperty({ type: ProfileHighlightsDto }) highlights!: ProfileHighlightsDto;
}

export class FacetItemDto {
  @ApiProperty({ description: "The value to send back in the facet's parameter", example: '62' }) value!: string;
  @ApiProperty({ example: 'Programmation, conseil et autres activités informatiques' }) label!: string;
  @ApiProperty({ description: 'Hits with this value under every other selected facet', example: 42 }) count!: number;
  @ApiProperty() selected!: boolean;
}

/** Each facet's values, most frequent first; a selected value is always listed, even at 0. */
export class ProfileFacetsDto {
  @ApiProperty({ type: [FacetItemDto], description: 'NACE divisions (parameter `sector`)' }) sector!: FacetItemDto[];
  @ApiProperty({ type: [FacetItemDto], description: 'Parameter `country`' }) country!: FacetItemDto[];
  @ApiProperty({ type: [FacetItemDto], description: 'Parameter `studyYear`' }) studyYear!: FacetItemDto[];
  @ApiProperty({ type: [FacetItemDto], description: 'Parameter `programme`' }) programme!: FacetItemDto[];
  @ApiProperty({ type: [FacetItemDto], description: 'Parameter `university`' }) university!: FacetItemDto[];
}

export class ProfileSearchResponseDto {
  @ApiProperty({ description: 'Every hit of the search (all pages)', example: 128 }) total!: number;
  @ApiProperty({ description: 'Time Elasticsearch took, in milliseconds', example: 12 }) tookMs!: number;
  @ApiProperty({ type: [ProfileHitDto] }) items!: ProfileHitDto[];
  @ApiProperty({ type: ProfileFacetsDto }) facets!: ProfileFacetsDto;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;
}
