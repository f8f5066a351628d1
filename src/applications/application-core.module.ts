import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Application } from './application.entity';
import { ApplicationDocument } from './application-document.entity';
import { ApplicationEvent } from './application-event.entity';
import { ApplicationFacts } from '../application-facts/application-facts.service';

/** What the API, the worker and the demo share of applications (entities, facts). No routes. */
@Module({
  imports: [TypeOrmModule.forFeature([Application, ApplicationDocument, ApplicationEvent])],
  providers: [ApplicationFacts],
  exports: [TypeOrmModule, ApplicationFacts],
})
export class ApplicationCoreModule {}
