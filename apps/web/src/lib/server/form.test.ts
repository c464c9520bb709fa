import { describe, expect, it } from 'vitest';
import { apiMessage, apiProblems } from './form';

describe('apiProblems', () => {
  it('puts each problem next to the field the API names, from details', () => {
    const error = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'email must be a valid e-mail address; displayName must be 1 to 80 characters long',
      details: [
        { field: 'email', message: 'Must be a valid e-mail address' },
        { field: 'displayName', message: 'Must be 1 to 80 characters long' },
      ],
    };
    expect(apiProblems(error, ['displayName', 'email', 'password'], 'Failed.')).toEqual({
      fields: { email: 'Must be a valid e-mail address.', displayName: 'Must be 1 to 80 characters long.' },
      general: null,
    });
  });

  it('files a nested field under its top-level field, joins several, and keeps the rest general', () => {
    const error = {
      message: 'x',
      details: [
        { field: 'accommodations.0.extraTimePercent', message: 'Must be a whole number from 0 to 400' },
        { field: 'accommodations', message: 'Accommodations must name each student once.' },
        { field: null, message: 'The request body is nested too deeply' },
        { field: 'unknownField', message: 'Property unknownField should not exist' },
      ],
    };
    expect(apiProblems(error, ['accommodations', 'title'], 'Failed.')).toEqual({
      fields: { accommodations: 'Must be a whole number from 0 to 400. Accommodations must name each student once.' },
      general: 'The request body is nested too deeply. Property unknownField should not exist.',
    });
  });

  it('falls back to the message, or to the caller’s words when the API sent none', () => {
    expect(apiProblems({ message: 'This cohort is archived' }, ['title'], 'Failed.')).toEqual({
      fields: {},
      general: 'This cohort is archived.',
    });
    expect(apiProblems(undefined, ['title'], 'The exam was not set.')).toEqual({ fields: {}, general: 'The exam was not set.' });
    expect(apiMessage(undefined, 'Nope.')).toBe('Nope.');
  });
});
