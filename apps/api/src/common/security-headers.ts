import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Security headers on every API answer. The API serves JSON (and CSV), which never needs to run
 * anything: its policy allows nothing, except on the interactive docs page, which needs its own
 * scripts and styles. `frameAncestors` lists who may frame the docs page (none but the app itself
 * unless configured, e.g. for LTI platforms).
 */
export function securityHeaders(frameAncestors: string): RequestHandler {
  const api = `default-src 'none'; frame-ancestors ${frameAncestors}; base-uri 'none'; form-action 'none'`;
  const docs = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Content-Security-Policy', req.path.startsWith('/api/docs') ? docs : api);
    next();
  };
}
