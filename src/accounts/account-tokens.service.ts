import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MailOutboxService } from '../notifications/mail-outbox.service';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';
import { AccountsError, AccountsException } from './accounts.exception';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { User } from '../users/user.entity';

/** E-mail verification and "mot de passe oublié": single-use, expiring tokens sent by e-mail. */
@Injectable()
export class AccountTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mail: MailOutboxService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
  ) {}

  /** Writes the token and its e-mail in the caller's transaction (a sign-up or a resend). */
  async sendEmailVerification(manager: EntityManager, user: User): Promise<void> {
    const token = await this.create(
      manager,
      user.id,
      'email_verification',
      this.config.auth.emailVerificationTtlSeconds,
    );
    await this.mail.enqueue(manager, {
      to: user.email,
      template: 'email_verification',
      locale: user.locale,
      params: { firstName: user.firstName, link: `${this.config.publicUrl}/verify-email?token=${token}` },
    });
  }

  async resendEmailVerification(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await findByEmail(manager, email);
      // Same answer whether or not the account exists: no account enumeration.
      if (!user || user.emailVerifiedAt || user.disabledAt) return;
      await this.sendEmailVerification(manager, user);
    });
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.consume(manager, token, 'email_verification');
      await manager
        .getRepository(User)
        .update({ id: row.userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: new Date() });
    });
  }

  async requestPasswordReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await findByEmail(manager, email);
      if (!user || user.disabledAt) return;
      const token = await this.create(manager, user.id, 'password_reset', this.config.auth.passwordResetTtlSeconds);
      await this.mail.enqueue(manager, {
        to: user.email,
        template: 'password_reset',
        locale: user.locale,
        params: { firstName: user.firstName, link: `${this.config.publicUrl}/reset-password?token=${token}` },
      });
    });
  }

  /** Sets the new password, verifies the e-mail (the link proved it) and closes every session. */
  async resetPassword(token: string, password: string): Promise<void> {
    // A made-up token is refused before the costly hashing: no CPU to burn with guesses.
    const known = await this.dataSource
      .getRepository(AccountToken)
      .findOneBy({ tokenHash: hashOpaqueToken(token), purpose: 'password_reset' });
    if (!known || known.usedAt || known.expiresAt <= new Date())
      throw new AccountsException(AccountsError.InvalidToken);
    const passwordHash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.consume(manager, token, 'password_reset');
      await manager
        .createQueryBuilder()
        .update(User)
        .set({ passwordHash, emailVerifiedAt: () => 'coalesce(email_verified_at, now())' })
        .where('id = :id', { id: row.userId })
        .execute();
      await this.sessions.revokeAll(manager, row.userId, 'password_reset');
    });
  }

  /** A new token; earlier unused tokens of the same purpose stop working. */
  private async create(manager: EntityManager, userId: string, purpose: AccountTokenPurpose, ttlSeconds: number) {
    const { token, hash } = newOpaqueToken();
    const repository = manager.getRepository(AccountToken);
    await repository.update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    await repository.insert({ userId, purpose, tokenHash: hash, expiresAt: new Date(Date.now() + ttlSeconds * 1000) });
    return token;
  }

  private async consume(manager: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<AccountToken> {
    const row = await manager
      .getRepository(AccountToken)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.tokenHash = :hash AND t.purpose = :purpose', { hash: hashOpaqueToken(token), purpose })
      .getOne();
    if (!row || row.usedAt || row.expiresAt <= new Date()) throw new AccountsException(AccountsError.InvalidToken);
    await manager.getRepository(AccountToken).update(row.id, { usedAt: new Date() });
    return row;
  }
}

export function findByEmail(manager: EntityManager, email: string): Promise<User | null> {
  return manager
    .getRepository(User)
    .createQueryBuilder('u')
    .where('lower(u.email) = lower(:email)', { email })
    .getOne();
}
