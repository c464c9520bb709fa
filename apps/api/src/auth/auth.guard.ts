import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { IS_PUBLIC } from '../common/public.decorator';
import { SESSION_COOKIE } from '../openapi';
import { AuthService } from './auth.service';
import { REQUIRED_ROLE, type AuthUser } from './auth.decorators';
import type { Role } from './users.repository';

/**
 * One guard for every route: a valid session is required unless the route is @Public(), and
 * @Authenticated({ role }) narrows it to a role. Public routes still learn who is signed in.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const user = token ? await this.auth.userForSession(token) : null;
    if (user) req.user = user;
    if (isPublic) return true;
    if (!user) throw new UnauthorizedException('Sign in first: this needs a session');
    const role = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    if (role && user.role !== role) throw new ForbiddenException(`Only ${role}s can do this`);
    return true;
  }
}
