import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../common/auth/auth-user';
import { AppConfig } from '../config/app-config';
import { AccountsError, AccountsException } from './accounts.exception';
import { AccessTokenService } from './auth/access-token.service';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token';
import { PasswordHasher } from './password-hasher';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';
import { User } from '../users/user.entity';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

/** Log-in, refresh-token rotation with reuse detection, log-out. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<TokenPair> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    if (!(await this.hasher.verify(user?.passwordHash, password)) || !user) {
      throw new AccountsException(AccountsError.InvalidCredentials);
    }
    if (user.disabledAt) throw new AccountsException(AccountsError.AccountDisabled);
    if (!user.emailVerifiedAt) throw new AccountsException(AccountsError.EmailNotVerified);
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.getRepository(Session).save({
        userId: user.id,
        expiresAt: new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000),
      });
      return this.issue(manager, user, session);
    });
  }

  /**
   * Trades a refresh token for a new pair. A token used twice means it leaked: the whole session is revoked
   * and both the thief and the owner must log in again.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<TokenPair | AccountsError> => {
      const token = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash', { hash: hashOpaqueToken(refreshToken) })
        .getOne();
      if (!token) return AccountsError.InvalidToken;
      const session = await manager.getRepository(Session).findOneByOrFail({ id: token.sessionId });
      if (session.revokedAt || session.expiresAt <= new Date()) return AccountsError.InvalidToken;
      if (token.usedAt) {
        await manager
          .getRepository(Session)
          .update(session.id, { revokedAt: new Date(), revokedReason: 'reuse_detected' });
        return AccountsError.RefreshTokenReused;
      }
      const user = await manager.getRepository(User).findOneByOrFail({ id: session.userId });
      if (user.disabledAt) return AccountsError.AccountDisabled;
      await manager.getRepository(RefreshToken).update(token.id, { usedAt: new Date() });
      return this.issue(manager, user, session);
    });
    // Thrown after commit so that a detected reuse stays revoked.
    if (typeof outcome === 'string') throw new AccountsException(outcome);
    return outcome;
  }

  async logout(user: AuthUser): Promise<void> {
    await this.dataSource
      .getRepository(Session)
      .update({ id: user.sessionId, userId: user.id }, { revokedAt: new Date(), revokedReason: 'logout' });
  }

  /** Closes every open session of a user (after a password reset). */
  async revokeAll(manager: EntityManager, userId: string, reason: Session['revokedReason']): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }

  private async issue(manager: EntityManager, user: User, session: Session): Promise<TokenPair> {
    const refresh = newOpaqueToken();
    await manager.getRepository(RefreshToken).insert({ sessionId: session.id, tokenHash: refresh.hash });
    const accessToken = await this.accessTokens.sign({
      sub: user.id,
      sid: session.id,
      role: user.role,
      email: user.email,
    });
    return { accessToken, refreshToken: refresh.token, tokenType: 'Bearer', expiresIn: this.accessTokens.ttlSeconds };
  }
}
