import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength, MinLength } from 'class-validator';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class EmailDto {
  @ApiProperty({ example: 'khira.khadraoui@example.tn' })
  @Transform(trimLower)
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class PasswordRule {
  @ApiProperty({ minLength: 10, maxLength: 128, example: 'un mot de passe long' })
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters long' })
  @MaxLength(128)
  password!: string;
}

export class LoginDto extends EmailDto {
  @ApiProperty()
  @IsString()
  @Length(1, 128)
  password!: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @Length(20, 200)
  refreshToken!: string;
}

export class TokenDto {
  @ApiProperty({ description: 'The single-use token from the e-mailed link' })
  @IsString()
  @Length(20, 200)
  token!: string;
}

export class ResetPasswordDto extends PasswordRule {
  @ApiProperty({ description: 'The single-use token from the e-mailed link' })
  @IsString()
  @Length(20, 200)
  token!: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty() refreshToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
}
