import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with OWASP's recommended cost (19 MiB, 2 passes). */
@Injectable()
export class PasswordHasher {
  private static readonly options = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };
  // Verified against when the e-mail is unknown, so both answers take the same time.
  private readonly decoy = argon2.hash('decoy-password-never-used', PasswordHasher.options);

  hash(password: string): Promise<string> {
    return argon2.hash(password, PasswordHasher.options);
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    const target = hash ?? (await this.decoy);
    const ok = await argon2.verify(target, password).catch(() => false);
    return hash !== undefined && ok;
  }
}
