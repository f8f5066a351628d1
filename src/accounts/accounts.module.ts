import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AccountChangesService } from './account-changes.service';
import { AccountToken } from './account-token.entity';
import { AccountTokensService } from './account-tokens.service';
import { AuthController } from './auth.controller';
import { AccessTokenGuard } from './auth/access-token.guard';
import { AccessTokenService } from './auth/access-token.service';
import { RolesGuard } from './auth/roles.guard';
import { MeController } from './me.controller';
import { MeService } from './me.service';
import { PasswordHasher } from './password-hasher';
import { RefreshToken } from './refresh-token.entity';
import { RegistrationService } from './registration.service';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';
import { StaffController } from './staff.controller';
import { StudentProfile } from '../users/student-profile.entity';
import { User } from '../users/user.entity';
import { UsersDirectoryService } from './users-directory.service';

/** People and their sessions. Its guards (installed by ApiModule) protect every route of the API (opt out with @Public()). */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, StudentProfile, Session, RefreshToken, AccountToken]),
    // A key object made once: given a string, jsonwebtoken tries it as a public key first on every verification
    // (a thrown error each time, the API's top frame under search load).
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.auth.jwtSecret)) }),
    }),
    NotificationsModule,
    OrganisationsModule,
  ],
  controllers: [AuthController, MeController, StaffController],
  providers: [
    PasswordHasher,
    AccessTokenService,
    SessionsService,
    AccountTokensService,
    RegistrationService,
    MeService,
    AccountChangesService,
    UsersDirectoryService,
    AccessTokenGuard,
    RolesGuard,
  ],
  exports: [PasswordHasher, AccessTokenGuard, RolesGuard],
})
export class AccountsModule {}
