import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { apiFor } from '$lib/api';
import { apiProblems } from '$lib/server/form';
import { required } from '$lib/server/api-data';

const FIELDS = [
  'desiredRetention',
  'newPerDay',
  'reviewsPerDay',
  'learningSteps',
  'relearningSteps',
  'timeZone',
  'dayStartHour',
  'suspendLeeches',
  'examMissesFirst',
  'examDate',
  'examMode',
] as const;
type Field = (typeof FIELDS)[number];

export const load: PageServerLoad = async (event) => {
  const settings = await required(apiFor(event).GET('/api/study/settings'), '/login?next=/settings');
  const zones = Intl.supportedValuesOf('timeZone');
  return { settings, timeZones: zones.includes(settings.timeZone) ? zones : [settings.timeZone, ...zones] };
};

/** A number from the form, or the raw text when it is not one (the API then says what is wrong). */
function numberField(form: FormData, name: string): number | undefined {
  const raw = String(form.get(name) ?? '').trim();
  if (raw === '') return undefined;
  return Number(raw);
}

const steps = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const values = {
      desiredRetention: String(form.get('desiredRetention') ?? ''),
      newPerDay: String(form.get('newPerDay') ?? ''),
      reviewsPerDay: String(form.get('reviewsPerDay') ?? ''),
      learningSteps: String(form.get('learningSteps') ?? ''),
      relearningSteps: String(form.get('relearningSteps') ?? ''),
      timeZone: String(form.get('timeZone') ?? ''),
      dayStartHour: String(form.get('dayStartHour') ?? ''),
      suspendLeeches: form.get('suspendLeeches') === 'on',
      examMissesFirst: form.get('examMissesFirst') === 'on',
      examDate: String(form.get('examDate') ?? '').trim(),
      examMode: String(form.get('examMode') ?? 'auto'),
    };
    const local: Partial<Record<Field, string>> = {};
    const number = (name: Field) => {
      const value = numberField(form, name);
      if (value === undefined || Number.isNaN(value)) local[name] = 'Enter a number.';
      return value;
    };
    const body = {
      desiredRetention: number('desiredRetention'),
      newPerDay: number('newPerDay'),
      reviewsPerDay: number('reviewsPerDay'),
      dayStartHour: number('dayStartHour'),
      learningSteps: steps(values.learningSteps),
      relearningSteps: steps(values.relearningSteps),
      timeZone: values.timeZone,
      suspendLeeches: values.suspendLeeches,
      examMissesFirst: values.examMissesFirst,
      examDate: values.examDate === '' ? null : values.examDate,
      examMode: values.examMode as 'auto' | 'manual' | 'off',
    };
    if (Object.keys(local).length > 0) return fail(400, { values, fields: local, message: null, saved: false });

    const { data, error, response } = await apiFor(event).PUT('/api/study/settings', { body });
    if (data) return { values: null, fields: {}, message: null, saved: true };
    const { fields, general } = apiProblems(error, FIELDS, 'Saving failed.');
    return fail(response.status, { values, fields, message: general, saved: false });
  },
};
