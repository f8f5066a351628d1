import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';
import { CompanyApprovalsService } from './company-approvals.service';
import { Company } from './company.entity';
import { CompanyMembership } from './company-membership.entity';
import { CompanyMembershipsService } from './company-memberships.service';
import { Programme } from './programme.entity';
import { ProgrammeStaffService } from './programme-staff.service';
import { ProgrammeYearManager } from './programme-year-manager.entity';
import { ProgrammesController } from './programmes.controller';
import { UniversitiesController } from './universities.controller';
import { UniversitiesService } from './universities.service';
import { University } from './university.entity';

/** Universities, programmes and their staff; companies and their contacts. */
@Module({
  imports: [
    TypeOrmModule.forFeature([University, Programme, ProgrammeYearManager, Company, CompanyMembership]),
    NotificationsModule,
  ],
  controllers: [CompaniesController, UniversitiesController, ProgrammesController],
  providers: [
    CompaniesService,
    CompanyMembershipsService,
    CompanyApprovalsService,
    UniversitiesService,
    ProgrammeStaffService,
  ],
  exports: [CompaniesService, CompanyMembershipsService, UniversitiesService],
})
export class OrganisationsModule {}
