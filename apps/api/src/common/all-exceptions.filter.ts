import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';
import { isDatabaseUnavailable } from './pg-errors';

/** Seconds a client is asked to wait when the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** Every validation problem, when there was more than one. */
  details?: string[];
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
    return {
      statusCode,
      error: STATUS_CODES[statusCode] ?? 'Error',
      message: messages.join('; '),
      ...(messages.length > 1 ? { details: messages } : {}),
    };
  }
  if (isBodyParserError(exception)) {
    const statusCode = exception.status;
    const message =
      exception.type === 'entity.parse.failed'
        ? `Malformed JSON in request body: ${exception.message}`
        : exception.type === 'entity.too.large'
          ? 'Request body is too large'
          : exception.message;
    return { statusCode, error: STATUS_CODES[statusCode] ?? 'Bad Request', message };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      error: 'Service Unavailable',
      message: 'The database cannot be reached at the moment; try again shortly',
    };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    error: 'Internal Server Error',
    message: 'Something went wrong on our side',
  };
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
