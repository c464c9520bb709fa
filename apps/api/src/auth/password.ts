import { Algorithm, hash, verify } from '@node-rs/argon2';

/** OWASP's recommended argon2id parameters (19 MiB, 2 passes, 1 lane). */
const ARGON2ID = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_RULES =
  'Passwords must be 10 to 128 characters long, contain at least one letter and one digit, and must not contain your e-mail address.';

/** Every rule the password breaks, in words a person can act on (empty when it is acceptable). */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('password must be at least 10 characters long');
  if (password.length > 128) problems.push('password must be at most 128 characters long');
  if (!/\p{L}/u.test(password)) problems.push('password must contain at least one letter');
  if (!/\p{Nd}/u.test(password)) problems.push('password must contain at least one digit');
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && password.toLowerCase().includes(localPart))
    problems.push('password must not contain your e-mail address');
  return problems;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-0');
  return dummyHash;
}
