/**
 * The name a person signs in with when they use a password (no e-mail is asked for): 3 to 40
 * letters, digits, dots, hyphens or underscores, compared without regard to case or to how an
 * accented letter is composed, so "Ana" and "ana" are one account.
 */

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 40;
const ALLOWED = /^[\p{L}\p{N}._-]+$/u;

/** The form a name is stored and looked up in. */
export function usernameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

/** Why a name is refused, in words for the person; none when it will do. */
export function usernameProblem(name: string): string | undefined {
  const key = usernameKey(name);
  const length = [...key].length;
  if (length < USERNAME_MIN) return `Use at least ${USERNAME_MIN} characters.`;
  if (length > USERNAME_MAX) return `Use at most ${USERNAME_MAX} characters.`;
  if (!ALLOWED.test(key)) return 'Use letters, digits, dots, hyphens or underscores only.';
  return undefined;
}
