import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../accounts/password-hasher';
import { AuthUser } from '../../common/auth/auth-user';
import { Locale } from '../../common/i18n/locale';
import { DocumentStorage } from '../../documents/storage/document-storage';
import { MailOutboxService } from '../../notifications/mail-outbox.service';
import { AccountDeletedDto } from '../dto/delete-account.dto';
import { PersonalDataError, PersonalDataException } from '../personal-data.exception';
import { AccountEraser } from './account-eraser';
import { removeStoredFiles } from './stored-files';

interface AccountRow {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  locale: Locale;
  passwordHash: string;
}

/** "Supprimer mon compte": the caller's own account, confirmed by their password, in one transaction. */
@Injectable()
export class AccountDeletionService {
  private readonly logger = new Logger(AccountDeletionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly eraser: AccountEraser,
    private readonly mails: MailOutboxService,
    private readonly storage: DocumentStorage,
  ) {}

  async delete(caller: AuthUser, password: string): Promise<AccountDeletedDto> {
    const erased = await this.dataSource.transaction(async (manager) => {
      // Locked: a second deletion (or a concurrent change) of the same account waits, then finds nothing.
      const [account] = (await manager.query(
        `SELECT id, email, first_name AS "firstName", last_name AS "lastName", locale, password_hash AS "passwordHash"
           FROM users WHERE id = $1 FOR UPDATE`,
        [caller.id],
      )) as AccountRow[];
      if (!account || !(await this.hasher.verify(account.passwordHash, password))) {
        throw new PersonalDataException(PersonalDataError.PasswordIncorrect);
      }
      const result = await this.eraser.erase(manager, account);
      await this.mails.enqueue(manager, {
        to: account.email,
        template: 'account_deleted',
        locale: account.locale,
        params: { firstName: account.firstName, ...keptWording(result.keptLabels) },
      });
      return result;
    });
    await removeStoredFiles(this.storage, erased.storageKeys, this.logger);
    return { keptLabels: erased.keptLabels };
  }
}

function keptWording(keptLabels: number): { keptFr: string; keptEn: string } {
  if (keptLabels === 0) return { keptFr: '', keptEn: '' };
  return {
    keptFr:
      'Le label SEMSEM-stages de votre stage reste vérifiable par son code (sans votre nom), comme l’exige le label ; la convention de stage signée est conservée par l’établissement.',
    keptEn:
      'The SEMSEM-stages label of your internship stays verifiable by its code (without your name), as the label requires; the signed internship agreement is kept by the university.',
  };
}
