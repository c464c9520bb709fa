import { json, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { FieldProblem } from './validators';

/** The largest JSON body the API reads; no endpoint needs more. */
export const MAX_BODY_BYTES = 100 * 1024;
/** The deepest nesting of arrays and objects a JSON body may have; the deepest DTO needs 4. */
export const MAX_JSON_DEPTH = 16;

/** An error body-parser passes on with its status, answered before any route runs. */
class InputRejected extends Error {
  readonly status = 400;
  readonly expose = true;
  constructor(
    readonly type: string,
    message: string,
    readonly details: FieldProblem[],
  ) {
    super(message);
  }
}

/**
 * The deepest nesting of a JSON text, counted on the raw bytes without parsing it, so that a
 * hostile body costs one linear scan (no recursion, no objects built).
 */
export function jsonDepth(buf: Buffer, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
      if (max > stopAbove) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** The JSON body parser: size capped, and too-deep bodies refused before they are parsed. */
export function jsonBody(): RequestHandler {
  return json({
    limit: MAX_BODY_BYTES,
    verify: (_req, _res, buf) => {
      if (jsonDepth(buf, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
        const message = `The request body is nested too deeply (at most ${MAX_JSON_DEPTH} levels of arrays and objects)`;
        throw new InputRejected('entity.too.deep', message, [{ field: null, message }]);
      }
    },
  });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a piece of text, if anything: PostgreSQL cannot store NUL, and a lone surrogate is not Unicode. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it contains a lone surrogate)';
  return null;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Every string of a parsed JSON value that PostgreSQL could not store, with its dotted path. */
export function badStrings(value: unknown, path: string, out: FieldProblem[] = []): FieldProblem[] {
  if (out.length >= 20) return out;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) out.push({ field: path || null, message: capital(problem) });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => badStrings(v, path ? `${path}.${i}` : String(i), out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const keyProblem = textProblem(k);
      if (keyProblem) out.push({ field: path || null, message: `A field name ${keyProblem}` });
      else badStrings(v, path ? `${path}.${k}` : k, out);
    }
  }
  return out;
}

/**
 * Refuses text PostgreSQL cannot store (NUL, lone surrogates) anywhere in the path, the query or
 * the body, once for every route, before validation; the answer is a 400 that names the field.
 */
export function textGuard(req: Request, res: Response, next: NextFunction): void {
  const problems: FieldProblem[] = [];
  for (const segment of req.path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      problems.push({ field: 'path', message: 'The address contains a malformed %-escape' });
      break;
    }
    const problem = textProblem(decoded);
    if (problem) problems.push({ field: 'path', message: `The address ${problem}` });
  }
  const query = req.query as unknown;
  if (query && typeof query === 'object') badStrings(query, '', problems);
  if (req.body !== undefined) badStrings(req.body, '', problems);
  if (problems.length === 0) return next();
  res.status(400).json({
    statusCode: 400,
    error: 'Bad Request',
    message: problems.map((p) => (p.field && p.field !== 'path' ? `${p.field}: ${p.message}` : p.message)).join('; '),
    details: problems,
  });
}
