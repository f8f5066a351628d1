import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AccountDeletionService } from './deletion/account-deletion.service';
import { DataExportService } from './export/data-export.service';
import { PersonalDataCoreModule } from './personal-data-core.module';
import { PersonalDataController } from './personal-data.controller';

/** The API side of a person's data: `GET /me/export` and `DELETE /me`. */
@Module({
  imports: [PersonalDataCoreModule, AccountsModule],
  controllers: [PersonalDataController],
  providers: [DataExportService, AccountDeletionService],
})
export class PersonalDataModule {}
