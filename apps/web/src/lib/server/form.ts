import type { ApiError } from '@dermatome/api-client';

/** A trimmed text field of a submitted form ('' when missing). */
export function text(form: FormData, name: string): string {
  return String(form.get(name) ?? '').trim();
}

/** The API's message of a failed call, or a fallback. */
export function apiMessage(error: unknown, fallback: string): string {
  const body = error as Partial<ApiError> | undefined;
  return body?.message ? sentence(body.message) : fallback;
}

/**
 * The API's problems with a submitted form, placed by the field each names (`details`): the
 * top-level field of a path (`accommodations.0.extraTimePercent` -> `accommodations`), or
 * `general` for a problem with the request as a whole or with a field the form does not show.
 */
export function apiProblems<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  fallback: string,
): { fields: Partial<Record<Field, string>>; general: string | null } {
  const body = error as Partial<ApiError> | undefined;
  const result: Partial<Record<Field, string>> = {};
  const general: string[] = [];
  for (const problem of body?.details ?? []) {
    const top = problem.field?.split('.')[0] as Field | undefined;
    if (top && fields.includes(top))
      result[top] = result[top] ? `${result[top]} ${sentence(problem.message)}` : sentence(problem.message);
    else general.push(sentence(problem.message));
  }
  if (Object.keys(result).length === 0 && general.length === 0) general.push(apiMessage(error, fallback));
  return { fields: result, general: general.length > 0 ? general.join(' ') : null };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
