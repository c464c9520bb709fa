import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { safeNext } from '$lib/server/session';

type LoginFieldErrors = { email?: string; password?: string };

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
  return { next: url.searchParams.get('next') ?? '' };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const next = String(form.get('next') ?? '');
    const fields: LoginFieldErrors = {};
    if (!email) fields.email = 'Enter your e-mail address.';
    if (!password) fields.password = 'Enter your password.';
    if (fields.email || fields.password) return fail(400, { email, fields, message: null });

    const { error, response } = await apiFor(event).POST('/api/auth/login', { body: { email, password } });
    if (response.ok) redirect(303, safeNext(next));
    if (response.status === 429) {
      const wait = response.headers.get('retry-after');
      return fail(429, {
        email,
        fields: {} as LoginFieldErrors,
        message: `Too many attempts. Wait ${wait ? `${wait} seconds` : 'a little'} before trying again.`,
      });
    }
    const message =
      response.status === 401
        ? 'That e-mail address and password do not match an account.'
        : (error?.message ?? 'Logging in failed.');
    return fail(response.status, { email, fields: {} as LoginFieldErrors, message });
  },
};
