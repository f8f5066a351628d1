import { Module } from '@nestjs/common';
import { InternshipCoreModule } from '../label-workflow/internships/internship-core.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OffersModule } from '../offers/offers.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ApplicationAccess } from './application-access';
import { ApplicationCoreModule } from './application-core.module';
import { ApplicationMails } from './application-mails';
import { ApplicationMessagesService } from './application-messages.service';
import { ApplicationReviewService } from './application-review.service';
import { ApplicationSubmissionService } from './application-submission.service';
import { ApplicationViews } from './application-views';
import { ApplicationsController } from './applications.controller';
import { OfferApplicationsController } from './offer-applications.controller';

/** Applications ("candidatures"): students apply, companies work through the answers. Reminders: worker side. */
@Module({
  imports: [ApplicationCoreModule, InternshipCoreModule, OffersModule, OrganisationsModule, NotificationsModule],
  controllers: [OfferApplicationsController, ApplicationsController],
  providers: [
    ApplicationAccess,
    ApplicationViews,
    ApplicationMails,
    ApplicationSubmissionService,
    ApplicationReviewService,
    ApplicationMessagesService,
  ],
})
export class ApplicationsModule {}
