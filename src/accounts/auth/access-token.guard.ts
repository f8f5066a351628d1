import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Request } from 'express';
import { DataSource } from 'typeorm';
import { IS_PUBLIC } from '../../common/auth/auth.decorators';
import { AuthUser } from '../../common/auth/auth-user';
import { PreparedStatement } from '../../database/prepared-statement';
import { AccountsError, AccountsException } from '../accounts.exception';
import { AccessTokenService } from './access-token.service';

/** The session is still open (not logged out, not expired); whether its account is disabled. */
const OPEN_SESSION = new PreparedStatement<{ disabled: boolean }>(
  'open-session',
  `SELECT u.disabled_at IS NOT NULL AS disabled
     FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()`,
);

/**
 * Global guard: every route needs a valid access token unless marked @Public(). The session must still be
 * open and the account enabled, so log-out, password reset and disabling take effect at once.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const header = request.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!bearer) {
      if (isPublic) return true;
      throw new AccountsException(AccountsError.Unauthenticated);
    }
    const claims = await this.tokens.verify(bearer);
    if (!claims) throw new AccountsException(AccountsError.Unauthenticated, 'The access token is invalid or expired');
    const rows = await OPEN_SESSION.rows(this.dataSource, [claims.sid, claims.sub]);
    if (rows.length === 0) throw new AccountsException(AccountsError.Unauthenticated, 'The session is closed');
    if (rows[0].disabled) throw new AccountsException(AccountsError.AccountDisabled);
    request.user = { id: claims.sub, role: claims.role, email: claims.email, sessionId: claims.sid };
    return true;
  }
}
