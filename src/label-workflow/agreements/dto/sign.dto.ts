import { ApiProperty } from '@nestjs/swagger';
import { Equals, IsString, Length } from 'class-validator';

/** Signing through a one-time link: the signer types their name and accepts the agreement. */
export class SignAgreementDto {
  @ApiProperty({
    minLength: 2,
    maxLength: 200,
    example: 'Valentin Bouquet',
    description: 'The signer’s full name, as typed',
  })
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty({ enum: [true], description: 'I have read the agreement and accept it' })
  @Equals(true, { message: 'accept must be true to sign', context: { message: 'mustAccept' } })
  accept!: true;
}
