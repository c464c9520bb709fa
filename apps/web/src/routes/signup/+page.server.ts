import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { apiProblems } from '$lib/server/form';
import { safeNext } from '$lib/server/session';

const FIELDS = ['displayName', 'email', 'password', 'timeZone', 'joinCode', 'role'] as const;
type Field = (typeof FIELDS)[number];

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
  return { next: url.searchParams.get('next') ?? '', code: (url.searchParams.get('code') ?? '').trim().toUpperCase() };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const displayName = String(form.get('displayName') ?? '').trim();
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const timeZone = String(form.get('timeZone') ?? '').trim();
    const joinCode = String(form.get('joinCode') ?? '')
      .trim()
      .toUpperCase();
    const next = String(form.get('next') ?? '');
    const instructor = form.get('instructor') === 'on';
    const values = { displayName, email, joinCode, instructor };

    const missing: Partial<Record<Field, string>> = {};
    if (!displayName) missing.displayName = 'Enter your name.';
    if (!email) missing.email = 'Enter your e-mail address.';
    if (!password) missing.password = 'Choose a password.';
    // students join cohorts; an instructor makes their own (the field is hidden when the box is ticked)
    if (instructor && joinCode)
      missing.joinCode = 'Instructors do not join cohorts with a code: clear it, or untick "I am an instructor".';
    if (Object.keys(missing).length > 0) return fail(400, { values, fields: missing, message: null });

    const { error, response } = await apiFor(event).POST('/api/auth/register', {
      body: {
        displayName,
        email,
        password,
        role: instructor ? 'instructor' : 'student',
        ...(timeZone ? { timeZone } : {}),
        ...(joinCode ? { joinCode } : {}),
      },
    });
    if (response.ok) redirect(303, safeNext(next));
    // the code named no open cohort: nothing was created, the field says why
    if ((joinCode && [403, 404].includes(response.status)) || (response.status === 409 && /cohort/i.test(error?.message ?? ''))) {
      return fail(response.status, {
        values,
        fields: { joinCode: error?.message ?? 'This join code does not work.' },
        message: null,
      });
    }
    if (response.status === 409) {
      return fail(409, {
        values,
        fields: { email: 'An account with this e-mail address already exists. Log in instead, or use another address.' },
        message: null,
      });
    }
    if (response.status === 429) {
      const wait = response.headers.get('retry-after');
      return fail(429, {
        values,
        fields: {},
        message: `Too many attempts. Wait ${wait ? `${wait} seconds` : 'a little'} and try again.`,
      });
    }
    const { fields, general } = apiProblems(error, FIELDS, 'Creating the account failed.');
    return fail(response.status, { values, fields, message: general });
  },
};
