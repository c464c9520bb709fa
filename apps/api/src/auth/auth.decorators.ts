import { createParamDecorator, ExecutionContext, SetMetadata, UnauthorizedException } from '@nestjs/common';
import type { Role } from './users.repository';

/** The signed-in user, as the auth guard attached it to the request. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  instructorVerified: boolean;
  sessionId: string;
}

export const REQUIRED_ROLE = 'requiredRole';
/** Restricts a route (or controller) to a role; every route already requires a session unless @Public(). */
export const Authenticated = (options: { role: Role }) => SetMetadata(REQUIRED_ROLE, options.role);

/** Injects the signed-in user on a @Public() route, or undefined for a visitor. */
export const OptionalAuth = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  return ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
});

/** Injects the signed-in user. */
export const Auth = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
  if (!user) throw new UnauthorizedException('Sign in first');
  return user;
});
