import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { Public } from '../common/public.decorator';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { SESSION_COOKIE } from '../openapi';
import { Auth, type AuthUser } from './auth.decorators';
import { LoginDto, RegisterDto, UserDto } from './auth.dto';
import { AuthService, toUserDto } from './auth.service';
import { LoginThrottlerGuard } from './login-throttling';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates an account (student unless role says instructor) and signs it in with a session cookie. */
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('register')
  @ApiCreatedResponse({ type: UserDto })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts; see Retry-After' })
  async register(@Body() body: RegisterDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<UserDto> {
    const { user, token } = await this.auth.register(body, meta(req));
    res.cookie(SESSION_COOKIE, token, this.cookieOptions());
    return user;
  }

  /** Signs in. Attempts are limited per account and per address (429 with Retry-After). */
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts; see Retry-After' })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<UserDto> {
    const { user, token } = await this.auth.login(body, meta(req));
    res.cookie(SESSION_COOKIE, token, this.cookieOptions());
    return user;
  }

  /** Ends the session. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout((req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]);
    const { maxAge: _maxAge, ...options } = this.cookieOptions();
    res.clearCookie(SESSION_COOKIE, options);
  }

  @Get('me')
  @ApiOkResponse({ type: UserDto })
  me(@Auth() user: AuthUser): UserDto {
    return toUserDto(user);
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, path: '/', maxAge: this.auth.sessionTtlMs };
  }
}

function meta(req: Request) {
  return { ip: req.ip, userAgent: req.get('user-agent') };
}
