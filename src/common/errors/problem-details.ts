import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class InvalidParam {
  @ApiProperty({ description: 'Dotted path of the field in the request', example: 'email' }) field!: string;
  @ApiProperty({
    description: 'What is wrong, for people: in the language of Accept-Language (French by default, or English)',
    example: 'email doit être une adresse e-mail',
  })
  message!: string;
  @ApiPropertyOptional({
    description:
      'Stable machine-readable name of the rule the field broke (isEmail, maxLength, whitelistValidation…), when it has one',
    example: 'isEmail',
  })
  code?: string;
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
