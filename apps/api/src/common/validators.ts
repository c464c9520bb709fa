import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidTimeZone } from '../core/study-day';

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
