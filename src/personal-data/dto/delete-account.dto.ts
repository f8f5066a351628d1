import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class DeleteAccountDto {
  @ApiProperty({ description: "The account's current password, to confirm the deletion" })
  @IsString()
  @Length(1, 200)
  password!: string;
}

export class AccountDeletedDto {
  @ApiProperty({ description: 'Granted labels kept without the name, still verifiable by their code' })
  keptLabels!: number;
}
