import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class InvalidParam {
  @ApiProperty({ example: 'email' }) field!: string;
  @ApiProperty({ example: 'must be an email' }) message!: string;
}

/** RFC 9457 problem details: the one error body of the whole API (`application/problem+json`). */
export class ProblemDetails {
  @ApiProperty({ example: 'about:blank' }) type!: string;
  @ApiProperty({ example: 'Bad Request' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty({ example: 'The request has 1 invalid field' }) detail!: string;
  @ApiPropertyOptional({ example: '/requests' }) instance?: string;
  @ApiPropertyOptional({ description: 'Stable machine-readable code of the error', example: 'validation_failed' })
  code?: string;
  @ApiPropertyOptional({ type: [InvalidParam] }) errors?: InvalidParam[];
}
