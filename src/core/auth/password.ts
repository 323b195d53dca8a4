/**
 * What a password must be (OWASP ASVS 5.0, level 2): at least 8 characters and up to 128 (the
 * standard asks that at least 64 be allowed), any characters, spaces and emoji included, counted
 * as a person counts them, and not one of the passwords people use most. No rules about kinds of
 * characters: they make passwords harder to remember, not to guess. Pure: the list of common
 * passwords is passed in, so the browser can check length without loading it.
 */

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Characters as a person counts them: "é" and "👍" are one each. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC')].length;
}

/** The reason a password is refused, in words for the person; none when it will do. */
export function passwordProblem(
  password: string,
  isCommon: (normalized: string) => boolean,
): string | undefined {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (isCommon(commonForm(password))) {
    return 'That password is one of the most common, so it is easy to guess. Choose another.';
  }
  return undefined;
}

/** The form a password is looked up in the common list by: case and spacing at the ends aside. */
export function commonForm(password: string): string {
  return password.normalize('NFC').trim().toLowerCase();
}
