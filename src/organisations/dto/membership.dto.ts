import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class JoinRequestDto {
  @ApiProperty() userId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ nullable: true, type: String }) jobTitle!: string | null;
  @ApiProperty() requestedAt!: Date;
}

export class JoinDecisionDto {
  @ApiProperty({ enum: ['approved', 'rejected'] })
  @IsIn(['approved', 'rejected'])
  decision!: 'approved' | 'rejected';
}
