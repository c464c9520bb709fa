import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsString,
  Length,
  MaxLength,
  MinLength,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { IsTimeZone, Optional } from '../common/validators';
import { passwordProblems, PASSWORD_RULES } from './password';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
  @ApiProperty({ example: 'sam@example.edu' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ description: PASSWORD_RULES, minLength: 10, maxLength: 128 })
  @IsString()
  @MeetsPasswordRules()
  password: string;

  @ApiProperty({ example: 'Sam Okafor', minLength: 1, maxLength: 80 })
  @Transform(trim)
  @IsString()
  @Length(1, 80, { message: 'displayName must be 1 to 80 characters long' })
  displayName: string;

  @ApiPropertyOptional({ enum: ['student', 'instructor'], default: 'student' })
  @Optional()
  @IsIn(['student', 'instructor'], { message: 'role must be student or instructor' })
  role?: 'student' | 'instructor';

  @ApiPropertyOptional({
    description: 'IANA time zone for the study day, e.g. Europe/Berlin (default UTC)',
    example: 'Europe/Berlin',
  })
  @Optional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ description: 'A cohort join code: the new student joins that cohort as they sign up' })
  @Optional()
  @Transform(trim)
  @IsString()
  @Length(4, 32, { message: 'joinCode must be the join code your instructor gave you' })
  joinCode?: string;
}

export class LoginDto {
  @ApiProperty({ example: 'sam@example.edu' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'email is required' })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'password is required' })
  @MaxLength(1024)
  password: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ['student', 'instructor'] }) role: 'student' | 'instructor';
  @ApiProperty({ description: 'False for a self-declared instructor account not yet confirmed by an administrator' })
  instructorVerified: boolean;
}

/** Checked with the other fields, so that a form shows every problem at once; names each broken rule. */
function MeetsPasswordRules() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'meetsPasswordRules',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' &&
          passwordProblems(value, String((args.object as { email?: unknown }).email ?? '')).length === 0,
        defaultMessage: (args: ValidationArguments) =>
          `${passwordProblems(String(args.value ?? ''), String((args.object as { email?: unknown }).email ?? '')).join('; ')}. ${PASSWORD_RULES}`,
      },
    });
}
