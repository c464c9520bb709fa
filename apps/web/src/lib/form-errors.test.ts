import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom } from './form-errors';

describe('fieldErrorsFrom', () => {
  it('puts each API message next to the field it names', () => {
    const result = fieldErrorsFrom('email must be a valid e-mail address; displayName must be 1 to 80 characters long', [
      'displayName',
      'email',
      'password',
    ]);
    expect(result.fields).toEqual({
      email: 'The e-mail address must be a valid e-mail address.',
      displayName: 'Your name must be 1 to 80 characters long.',
    });
    expect(result.general).toEqual([]);
  });

  it('joins several messages for one field and keeps the rest general', () => {
    const result = fieldErrorsFrom(
      'password must be at least 10 characters long; password must contain at least one digit. Passwords must be 10 to 128 characters long; Something else went wrong',
      ['password'],
    );
    expect(result.fields.password).toBe(
      'The password must be at least 10 characters long. The password must contain at least one digit. Passwords must be 10 to 128 characters long.',
    );
    expect(result.general).toEqual(['Something else went wrong.']);
  });

  it('reads the "each of" messages of list fields', () => {
    const result = fieldErrorsFrom('each of learningSteps must be a duration such as 1m, 10m, 1h or 1d', [
      'learningSteps',
      'relearningSteps',
    ]);
    expect(result.fields).toEqual({ learningSteps: 'Each step must be a duration such as 1m, 10m, 1h or 1d.' });
  });
});
