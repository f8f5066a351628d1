import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ROLES } from '../../common/auth/auth.decorators';
import { AuthUser } from '../../common/auth/auth-user';
import { AccountsError, AccountsException } from '../accounts.exception';
import { Role } from '../../common/auth/role.enum';

/** Global guard after AccessTokenGuard: a route with @Roles() admits only those roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles || roles.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) throw new AccountsException(AccountsError.Unauthenticated);
    if (!roles.includes(user.role)) throw new AccountsException(AccountsError.Forbidden);
    return true;
  }
}
