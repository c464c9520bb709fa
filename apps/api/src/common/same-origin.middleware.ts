import type { NextFunction, Request, Response } from 'express';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses state-changing requests that a browser marks as coming from another site (defence in
 * depth beside the SameSite=Lax cookie). `Origin: null` (a sandboxed frame, a data: or file: page,
 * some redirects) is foreign too. Requests without an Origin (server-to-server, tests) pass.
 */
export function sameOriginOnly(req: Request, res: Response, next: NextFunction): void {
  if (!UNSAFE.has(req.method)) return next();
  const origin = req.get('origin');
  const fetchSite = req.get('sec-fetch-site');
  const host = req.get('x-forwarded-host') ?? req.get('host');
  let crossSite = fetchSite === 'cross-site' || origin === 'null';
  if (origin && origin !== 'null') {
    try {
      crossSite ||= new URL(origin).host !== host;
    } catch {
      crossSite = true;
    }
  }
  if (!crossSite) return next();
  res
    .status(403)
    .json({ statusCode: 403, error: 'Forbidden', message: 'Cross-site request refused: use the app from its own address' });
}
