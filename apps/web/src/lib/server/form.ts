/** A trimmed text field of a submitted form ('' when missing). */
export function text(form: FormData, name: string): string {
  return String(form.get(name) ?? '').trim();
}

/** The API's message of a failed call, or a fallback. */
export function apiMessage(error: unknown, fallback: string): string {
  const body = error as { message?: string; details?: string[] } | undefined;
  if (body?.details && body.details.length > 1) return body.details.map(sentence).join(' ');
  return body?.message ? sentence(body.message) : fallback;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
