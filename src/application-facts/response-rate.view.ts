import { ApiProperty } from '@nestjs/swagger';

/** How reliably a company answers applications within its response deadline. */
export class ResponseRateView {
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.8, description: 'answeredOnTime / counted, two decimals' })
  rate!: number;
  @ApiProperty({ description: 'Applications answered (decision or message) by their response deadline' })
  answeredOnTime!: number;
  @ApiProperty({ description: 'Applications of the last 365 days that were answered or whose deadline has passed' })
  counted!: number;
}
