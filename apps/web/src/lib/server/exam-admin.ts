import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { apiFor } from '$lib/api';
import type { ExamAdminResult } from '$lib/cohorts';
import { apiMessage, apiProblems, text } from './form';

const result = (r: Omit<ExamAdminResult, 'done' | 'problem' | 'fields'> & Partial<ExamAdminResult>): ExamAdminResult => ({
  done: null,
  problem: null,
  fields: {},
  ...r,
});

/**
 * The closing time from the edit form: the ISO moment the page computed from the instructor's
 * local time; without JavaScript, the local value read as UTC. '' when it was not changed.
 */
function closingMoment(form: FormData): string | null | '' {
  const iso = text(form, 'closesAt');
  if (iso) return Number.isNaN(Date.parse(iso)) ? null : new Date(iso).toISOString();
  const local = text(form, 'closesAtLocal');
  if (local === text(form, 'closesAtInitial')) return '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null;
  return new Date(`${local.slice(0, 16)}:00Z`).toISOString();
}

/** Renames an exam and/or moves its closing time. */
export async function editExam(event: RequestEvent) {
  const form = await event.request.formData();
  const examId = text(form, 'examId');
  const title = text(form, 'title');
  const closesAt = closingMoment(form);
  if (closesAt === null)
    return fail(400, { examAdmin: result({ examId, kind: 'edit', fields: { closesAt: 'Enter when the exam closes.' } }) });
  const { data, error, response } = await apiFor(event).PATCH('/api/exams/{examId}', {
    params: { path: { examId } },
    body: { title, ...(closesAt ? { closesAt } : {}) },
  });
  if (data) return { examAdmin: result({ examId, kind: 'edit', done: `${data.title} is saved.` }) };
  const problems = apiProblems(error, ['title', 'closesAt'] as const, 'The changes were not saved.');
  return fail(response.status, {
    examAdmin: result({ examId, kind: 'edit', fields: problems.fields, problem: problems.general }),
  });
}

/** Closes an open exam now: nobody can start it any more; attempts in progress keep their deadline. */
export async function closeExam(event: RequestEvent) {
  const form = await event.request.formData();
  const examId = text(form, 'examId');
  const { data, error, response } = await apiFor(event).PATCH('/api/exams/{examId}', {
    params: { path: { examId } },
    body: { closesAt: new Date().toISOString() },
  });
  if (data)
    return {
      examAdmin: result({
        examId,
        kind: 'close',
        done: `${data.title} is closed: students can no longer start it. Attempts already in progress keep their time.`,
      }),
    };
  const message = apiMessage(error, 'The exam was not closed.');
  return fail(response.status, { examAdmin: result({ examId, kind: 'close', problem: message }) });
}

/** Deletes an exam nobody has started, then back to the cohort's exams; once started, it says to close it instead. */
export async function deleteExam(event: RequestEvent & { params: { cohortId: string } }) {
  const form = await event.request.formData();
  const examId = text(form, 'examId');
  const title = text(form, 'title');
  const { error, response } = await apiFor(event).DELETE('/api/exams/{examId}', { params: { path: { examId } } });
  if (response.ok) redirect(303, `/cohorts/${event.params.cohortId}/exams?deleted=${encodeURIComponent(title)}`);
  if (response.status === 409) {
    return fail(409, {
      examAdmin: result({
        examId,
        kind: 'delete',
        started: true,
        problem: `${title || 'This exam'} cannot be deleted: students have already started it, and their attempts and scores would go with it. Close it instead, so that nobody else can start it.`,
      }),
    });
  }
  return fail(response.status, {
    examAdmin: result({ examId, kind: 'delete', problem: apiMessage(error, 'The exam was not deleted.') }),
  });
}
