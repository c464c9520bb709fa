import { BadRequestException, type ValidationError } from '@nestjs/common';
import { Matches, registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { isValidTimeZone } from '../core/study-day';

/** One problem with one field of a request: `field` is a dotted path (`accommodations.0.userId`), or null for the request as a whole. */
export interface FieldProblem {
  field: string | null;
  message: string;
}

/** An IANA time zone name the runtime knows, e.g. "Europe/Berlin". */
export function IsTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be an IANA time zone such as Europe/Berlin or America/New_York`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidTimeZone(value) },
    });
}

/**
 * The field may be left out. Unlike class-validator's IsOptional, null is not "left out": a null is
 * checked like any other value (and refused by the type check), so it never reaches the database.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((object: Record<string, unknown>, value: unknown) => value !== undefined) as PropertyDecorator;
}

/** The field may be left out or be null (which means "none" / "clear it"). */
export function OptionalOrNull(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined && value !== null) as PropertyDecorator;
}

export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (2024-02-29 yes, 2023-02-29 and 2024-13-45 no). */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_ONLY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A real calendar date written YYYY-MM-DD; shared by every DTO that takes a date. */
export function IsDateOnly(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    const name = String(propertyName);
    // The pattern is declared too, so that the OpenAPI document carries it.
    Matches(DATE_ONLY, { message: `${name} must be a date written YYYY-MM-DD` })(target, propertyName);
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: name,
      options: { message: `${name} must be a real calendar date written YYYY-MM-DD` },
      validator: { validate: (value: unknown) => typeof value !== 'string' || !DATE_ONLY.test(value) || isDateOnly(value) },
    });
  };
}

/** A 400 about one field, in the same shape as the validation pipe's. */
export function invalid(field: string | null, message: string, detail?: string): BadRequestException {
  return new BadRequestException({
    message,
    details: [{ field, message: detail ?? (field ? besideField(field.split('.').pop()!, message) : message) }],
  });
}

/**
 * The message as it reads next to its field, whose label already names it:
 * "newPerDay must be between 0 and 9999" -> "Must be between 0 and 9999",
 * "each of learningSteps must be ..." -> "Each must be ...".
 */
export function besideField(property: string, message: string): string {
  let text = message;
  if (text.startsWith(`${property} `)) text = text.slice(property.length + 1);
  else if (text.startsWith(`each of ${property} `)) text = `each ${text.slice(`each of ${property} `.length)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TYPE_CHECKS = new Set(['isInt', 'isNumber', 'isString', 'isBoolean', 'isArray', 'nestedValidation']);

/** Flattens class-validator's error tree into one problem per broken rule, each naming its field path. */
export function problemsOf(errors: ValidationError[], parent = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    // A value of the wrong type breaks every range rule too: say only what is wrong with its type.
    const typeOnly = constraints.filter(([name]) => TYPE_CHECKS.has(name));
    const messages = new Set((typeOnly.length > 0 ? typeOnly : constraints).map(([, message]) => message));
    for (const message of messages) problems.push({ field, message: besideField(error.property, message) });
    if (error.children?.length) problems.push(...problemsOf(error.children, field));
  }
  return problems;
}

/** The validation pipe's exception: every problem, each with its field. */
export function validationException(errors: ValidationError[]): BadRequestException {
  const details = problemsOf(errors);
  const message = [...new Set(messagesOf(errors))].join('; ');
  return new BadRequestException({ message, details });
}

function messagesOf(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => {
    const constraints = Object.entries(e.constraints ?? {});
    const typeOnly = constraints.filter(([name]) => TYPE_CHECKS.has(name));
    return [...(typeOnly.length > 0 ? typeOnly : constraints).map(([, m]) => m), ...messagesOf(e.children ?? [])];
  });
}
