import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public } from '../common/auth/auth.decorators';
import { AccountTokensService } from './account-tokens.service';
import { EmailDto, LoginDto, RefreshDto, ResetPasswordDto, TokenDto, TokenPairDto } from './dto/auth.dto';
import { RegisterCompanyContactDto, RegisteredDto, RegisterStudentDto } from './dto/registration.dto';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { RegistrationService } from './registration.service';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly sessions: SessionsService,
    private readonly tokens: AccountTokensService,
  ) {}

  @Public()
  @RateLimit('registrationPerIp')
  @Post('register/student')
  @ApiOperation({ summary: 'Student sign-up; a verification link is e-mailed' })
  @ApiCreatedResponse({ type: RegisteredDto })
  registerStudent(@Body() body: RegisterStudentDto) {
    return this.registration.registerStudent(body);
  }

  @Public()
  @RateLimit('registrationPerIp')
  @Post('register/company-contact')
  @ApiOperation({
    summary: 'Company contact sign-up: register a new company, or ask to join one found with GET /companies/lookup',
  })
  @ApiCreatedResponse({ type: RegisteredDto })
  registerCompanyContact(@Body() body: RegisterCompanyContactDto) {
    return this.registration.registerCompanyContact(body);
  }

  @Public()
  @RateLimit('accountTokenPerIp')
  @Post('verify-email')
  @HttpCode(204)
  @ApiOperation({ summary: 'Confirm the e-mail address with the token of the e-mailed link' })
  verifyEmail(@Body() body: TokenDto) {
    return this.tokens.verifyEmail(body.token);
  }

  @Public()
  @RateLimit('accountMailPerEmail', 'accountMailPerIp')
  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send the verification link again (same answer whether or not the account exists)' })
  resend(@Body() body: EmailDto) {
    return this.tokens.resendEmailVerification(body.email);
  }

  @Public()
  @RateLimit('loginPerEmail', 'loginPerAccount', 'loginPerIp')
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in: a short-lived access token and a rotating refresh token' })
  @ApiOkResponse({ type: TokenPairDto })
  login(@Body() body: LoginDto) {
    return this.sessions.login(body.email, body.password);
  }

  @Public()
  @RateLimit('refreshPerIp')
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for a new pair; reusing one closes the session' })
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() body: RefreshDto) {
    return this.sessions.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Close the current session: its access and refresh tokens stop working' })
  logout(@CurrentUser() user: AuthUser) {
    return this.sessions.logout(user);
  }

  @Public()
  @RateLimit('accountMailPerEmail', 'accountMailPerIp')
  @Post('password/forgot')
  @HttpCode(202)
  @ApiOperation({ summary: '"Mot de passe oublié": e-mail a single-use reset link (same answer for unknown e-mails)' })
  forgot(@Body() body: EmailDto) {
    return this.tokens.requestPasswordReset(body.email);
  }

  @Public()
  @RateLimit('accountTokenPerIp')
  @Post('password/reset')
  @HttpCode(204)
  @ApiOperation({ summary: 'Choose a new password with the token of the e-mailed link; closes every session' })
  reset(@Body() body: ResetPasswordDto) {
    return this.tokens.resetPassword(body.token, body.password);
  }
}
