import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../../config/app-config';
import { Role } from '../../common/auth/role.enum';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
  role: Role;
  email: string;
}

/** Short-lived signed access tokens (HS256). Revocation is checked against the session on each request. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      expiresIn: this.ttlSeconds,
    });
  }

  /** The claims of a valid token, or null for a forged, malformed or expired one. */
  async verify(token: string): Promise<AccessTokenClaims | null> {
    try {
      return await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        algorithms: ['HS256'],
      });
    } catch {
      return null;
    }
  }
}
