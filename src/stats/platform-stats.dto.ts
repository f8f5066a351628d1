import { ApiProperty } from '@nestjs/swagger';

/** The figures of the company dashboard ("la plateforme en chiffres"). */
export class PlatformStatsDto {
  @ApiProperty({ example: 1200, description: 'Student accounts' }) students!: number;
  @ApiProperty({ example: 12, description: 'Universities on the platform' }) universities!: number;
  @ApiProperty({ example: 430, description: 'CVs attached to requests that companies can see now' })
  publishedCvs!: number;
}
