import { Module } from '@nestjs/common';
import { MatchedOffersController } from './matched-offers.controller';
import { MatchedOffersService } from './matched-offers.service';

/** Request → offers matching, the API side: a student's matched offers. The matching runs in the worker. */
@Module({
  controllers: [MatchedOffersController],
  providers: [MatchedOffersService],
})
export class MatchedOffersModule {}
