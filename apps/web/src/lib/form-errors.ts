/**
 * Splits an API validation message ("a must be ...; b must be ...") into messages per form field.
 * The API names the field first in each message; what names no known field stays general.
 */
export function fieldErrorsFrom<Field extends string>(
  message: string,
  fields: readonly Field[],
  aliases: Partial<Record<string, Field>> = {},
): { fields: Partial<Record<Field, string>>; general: string[] } {
  const result: { fields: Partial<Record<Field, string>>; general: string[] } = { fields: {}, general: [] };
  const names = [...fields, ...Object.keys(aliases)].sort((a, b) => b.length - a.length);
  for (const part of message
    .split(/;\s*/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const name = names.find((n) => new RegExp(`\\b${n}\\b`, 'i').test(part));
    const field =
      name === undefined ? undefined : (((fields as readonly string[]).includes(name) ? name : aliases[name]) as Field);
    if (field === undefined) {
      result.general.push(sentence(part));
    } else {
      const text = sentence(humanise(part, name!));
      result.fields[field] = result.fields[field] ? `${result.fields[field]} ${text}` : text;
    }
  }
  return result;
}

const FIELD_WORDS: Record<string, string> = {
  displayName: 'Your name',
  email: 'The e-mail address',
  password: 'The password',
  desiredRetention: 'Desired retention',
  newPerDay: 'New cards per day',
  reviewsPerDay: 'Reviews per day',
  learningSteps: 'Learning steps',
  relearningSteps: 'Relearning steps',
  timeZone: 'The time zone',
  dayStartHour: 'The day start hour',
  suspendLeeches: 'Suspend leeches',
};

/** "displayName must be ..." reads "Your name must be ...". */
function humanise(part: string, name: string): string {
  if (part.startsWith(`each of ${name}`)) return `each step${part.slice(`each of ${name}`.length)}`;
  const words = FIELD_WORDS[name];
  return words && part.startsWith(name) ? words + part.slice(name.length) : part;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
