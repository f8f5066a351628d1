import { Module } from '@nestjs/common';
import { DocumentStoreModule } from '../documents/document-store.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AccountEraser } from './deletion/account-eraser';

/** What the API and the worker share: erasing an account (on request, or by the retention sweep). */
@Module({
  imports: [DocumentStoreModule, NotificationsModule],
  providers: [AccountEraser],
  exports: [AccountEraser, DocumentStoreModule, NotificationsModule],
})
export class PersonalDataCoreModule {}
