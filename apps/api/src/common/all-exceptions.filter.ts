import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, isUniqueViolation } from './pg-errors';
import type { FieldProblem } from './validators';

/** Seconds a client is asked to wait when the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** Every problem with the request, each naming its field (null: the request as a whole). Always set on 400. */
  details?: FieldProblem[];
}

/** Turns every error into JSON `{ statusCode, error, message }`; unexpected ones are logged and hidden. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = errorBody(exception);
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE && isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      if (!response.headersSent) response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    } else if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }
}

/** The JSON body for any error (also used for body-parser errors raised before routing). */
export function errorBody(exception: unknown): ErrorBody {
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const res = exception.getResponse();
    const messages =
      typeof res === 'string' ? [res] : (asMessages((res as { message?: unknown }).message) ?? [exception.message]);
    const message = messages.join('; ');
    const given = typeof res === 'object' ? asProblems((res as { details?: unknown }).details) : undefined;
    const details = given ?? (statusCode === 400 ? messages.map((m) => ({ field: null, message: m })) : undefined);
    return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...(details ? { details } : {}) };
  }
  if (isBodyParserError(exception)) {
    const statusCode = exception.status;
    const message =
      exception.type === 'entity.parse.failed'
        ? `Malformed JSON in request body: ${exception.message}`
        : exception.type === 'entity.too.large'
          ? 'Request body is too large'
          : exception.message;
    const details = asProblems((exception as { details?: unknown }).details) ?? [{ field: null, message }];
    return {
      statusCode,
      error: STATUS_CODES[statusCode] ?? 'Bad Request',
      message,
      ...(statusCode === 400 ? { details } : {}),
    };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      error: 'Service Unavailable',
      message: 'The database cannot be reached at the moment; try again shortly',
    };
  }
  const mapped = fromDatabase(exception);
  if (mapped) return mapped;
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    error: 'Internal Server Error',
    message: 'Something went wrong on our side',
  };
}

/**
 * The last line of defence for database errors that are the request's fault: a write that
 * raced another one to the same unique key is a 409, text or numbers PostgreSQL cannot take are a
 * 400. Every known case is refused earlier (validation, conflict handling in the services).
 */
function fromDatabase(exception: unknown): ErrorBody | undefined {
  if (!(exception instanceof QueryFailedError)) return undefined;
  if (isUniqueViolation(exception)) {
    return {
      statusCode: 409,
      error: 'Conflict',
      message: 'Another request changed the same thing at the same moment: reload and try again',
    };
  }
  const code = (exception as { driverError?: { code?: string } }).driverError?.code;
  // 22xxx: data exceptions (invalid text, numeric or date/time value out of range, NUL bytes).
  if (code?.startsWith('22')) {
    const message = 'A value in the request cannot be stored: check its format and range';
    return { statusCode: 400, error: 'Bad Request', message, details: [{ field: null, message }] };
  }
  return undefined;
}

function asProblems(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const ok = value.every(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      typeof (v as FieldProblem).message === 'string' &&
      (typeof (v as FieldProblem).field === 'string' || (v as FieldProblem).field === null),
  );
  return ok ? (value as FieldProblem[]) : undefined;
}

function asMessages(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}

export function isBodyParserError(e: unknown): e is Error & { status: number; type: string } {
  return (
    e instanceof Error &&
    typeof (e as { status?: unknown }).status === 'number' &&
    typeof (e as { type?: unknown }).type === 'string'
  );
}
