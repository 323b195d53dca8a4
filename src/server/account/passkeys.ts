/**
 * Passkeys (WebAuthn, through @simplewebauthn/server): make an account with one, add one to an
 * account, sign in with one (discoverable: no name to type), and confirm who holds a session with
 * one before deleting the account. Each ceremony is two requests: options with a one-time challenge
 * kept in the database (any server process can check the answer), then the authenticator's answer,
 * verified against that challenge, this site's origin and its host name. Passkeys must verify the
 * person (a PIN, a fingerprint): a passkey that only proves presence is refused.
 */
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { usernameKey, usernameProblem } from '../../core/auth/username.js';
import { AppError } from '../../core/errors.js';
import { uuidv7 } from '../../core/ids.js';
import type { PasskeyRepository } from './passkey-repository.js';
import type { AccountRepository } from './repository.js';
import type { AccountService, Caller, NewSession, Refused } from './service.js';

/** The WebAuthn library, loaded on the first passkey request so start-up does not wait for it. */
let library: Promise<typeof import('@simplewebauthn/server')> | undefined;
const webauthn = () => {
  library ??= import('@simplewebauthn/server');
  return library;
};

/** How long the person has to answer their authenticator. */
export const CHALLENGE_MS = 5 * 60_000;
/** ES256 and RS256: what Node 20 verifies, and what every platform authenticator makes. */
const ALGORITHMS = [-7, -257];

/** Where the request came from, as WebAuthn checks it. */
export interface Site {
  /** "https://unknot.example" or "http://localhost:3000". */
  origin: string;
  /** The host name alone: the relying party's id. */
  rpID: string;
}

export interface PasskeyServiceDeps {
  passkeys: PasskeyRepository;
  accounts: AccountRepository;
  service: AccountService;
  now: () => number;
  randomBytes: (n: number) => Uint8Array;
}

const notVerified = () => new AppError('unauthorized', 'the passkey could not be checked');

export function createPasskeyService(deps: PasskeyServiceDeps) {
  const { passkeys } = deps;
  const nowIso = () => new Date(deps.now()).toISOString();

  async function keep(
    purpose: 'register' | 'sign-in' | 'confirm',
    challenge: string,
    extra: { accountId?: string; username?: string } = {},
  ): Promise<string> {
    const id = uuidv7(deps.now(), deps.randomBytes);
    await passkeys.putChallenge({
      id,
      challenge,
      purpose,
      accountId: extra.accountId,
      username: extra.username,
      expiresAt: new Date(deps.now() + CHALLENGE_MS).toISOString(),
    });
    return id;
  }

  async function take(id: string, purpose: 'register' | 'sign-in' | 'confirm') {
    const c = await passkeys.takeChallenge(id, nowIso());
    if (c === undefined || c.purpose !== purpose || Date.parse(c.expiresAt) < deps.now()) {
      throw new AppError('unauthorized', 'the passkey request ran out of time; try again', [
        { path: 'challengeId', message: 'is not a live passkey request' },
      ]);
    }
    return c;
  }

  /** Verifies a sign-in or confirmation answer; the passkey it came from. */
  async function verifyAssertion(
    challenge: string,
    response: AuthenticationResponseJSON,
    site: Site,
  ) {
    const stored = await passkeys.passkey(response.id);
    if (stored === undefined) return undefined;
    const { verifyAuthenticationResponse } = await webauthn();
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: site.origin,
      expectedRPID: site.rpID,
      requireUserVerification: true,
      credential: {
        id: stored.id,
        publicKey: Buffer.from(stored.publicKey, 'base64url'),
        counter: stored.counter,
        transports: stored.transports,
      },
    }).catch(() => undefined);
    if (result === undefined || !result.verified) return undefined;
    await passkeys.markUsed(stored.id, result.authenticationInfo.newCounter, nowIso());
    return stored;
  }

  return {
    /**
     * Options to make a passkey: for a new account named `username` (signed out), or for the
     * caller's account. A bad or taken name is refused here, before the authenticator is asked.
     */
    async registrationOptions(
      site: Site,
      who: { username: string; address: string } | { caller: Caller },
    ): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON } | Refused> {
      let username: string;
      let accountId: string | undefined;
      let exclude: { id: string; transports: string[] }[] = [];
      if ('caller' in who) {
        accountId = who.caller.accountId;
        username = (await deps.accounts.accountOf(accountId))?.username ?? '';
        exclude = await passkeys.passkeysOf(accountId);
      } else {
        const tooMany = await deps.service.signUpTry(who.address);
        if (tooMany !== undefined) return tooMany;
        const problem = usernameProblem(who.username);
        if (problem !== undefined) {
          throw new AppError('validation_failed', 'the account was not made', [
            { path: 'username', message: problem },
          ]);
        }
        username = usernameKey(who.username);
        if (await deps.accounts.usernameTaken(username)) {
          throw new AppError('conflict', 'the account was not made', [
            { path: 'username', message: 'That name is taken. Choose another.' },
          ]);
        }
      }
      const { generateRegistrationOptions } = await webauthn();
      const options = await generateRegistrationOptions({
        rpName: 'Unknot',
        rpID: site.rpID,
        userName: username,
        userID: deps.randomBytes(16) as Uint8Array<ArrayBuffer>,
        attestationType: 'none',
        excludeCredentials: exclude.map((p) => ({
          id: p.id,
          transports: p.transports,
        })),
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
        supportedAlgorithmIDs: ALGORITHMS,
      });
      const challengeId = await keep('register', options.challenge, { accountId, username });
      return { challengeId, options };
    },

    /**
     * Keeps the new passkey: on a new account (which it makes, with its codes and a session), or
     * on the caller's.
     */
    async register(
      site: Site,
      input: { challengeId: string; response: RegistrationResponseJSON; device: string },
      caller: Caller | undefined,
    ): Promise<
      { kind: 'signed-up'; session: NewSession; recoveryCodes: string[] } | { kind: 'added' }
    > {
      const c = await take(input.challengeId, 'register');
      if ((c.accountId ?? undefined) !== caller?.accountId) throw notVerified();
      const { verifyRegistrationResponse } = await webauthn();
      const result = await verifyRegistrationResponse({
        response: input.response,
        expectedChallenge: c.challenge,
        expectedOrigin: site.origin,
        expectedRPID: site.rpID,
        requireUserVerification: true,
        supportedAlgorithmIDs: ALGORITHMS,
      }).catch(() => undefined);
      if (result === undefined || !result.verified) throw notVerified();
      const { credential } = result.registrationInfo;
      const stored = {
        id: credential.id,
        publicKey: Buffer.from(credential.publicKey).toString('base64url'),
        counter: credential.counter,
        transports: credential.transports ?? [],
        device: input.device,
        now: nowIso(),
      };
      if (caller !== undefined) {
        await passkeys.addPasskey({ ...stored, accountId: caller.accountId });
        return { kind: 'added' };
      }
      const made = await deps.service.signUpWithoutPassword(c.username ?? '', input.device);
      if (made === undefined) {
        throw new AppError('conflict', 'the account was not made', [
          { path: 'username', message: 'That name is taken. Choose another.' },
        ]);
      }
      await passkeys.addPasskey({ ...stored, accountId: made.accountId });
      return { kind: 'signed-up', session: await made.open(), recoveryCodes: made.recoveryCodes };
    },

    /** Options to sign in (any of this site's passkeys) or, with a caller, to confirm with one of theirs. */
    async assertionOptions(
      site: Site,
      caller?: Caller,
    ): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
      const allow = caller === undefined ? [] : await passkeys.passkeysOf(caller.accountId);
      const { generateAuthenticationOptions } = await webauthn();
      const options = await generateAuthenticationOptions({
        rpID: site.rpID,
        userVerification: 'required',
        allowCredentials: allow.map((p) => ({
          id: p.id,
          transports: p.transports,
        })),
      });
      const challengeId = await keep(
        caller === undefined ? 'sign-in' : 'confirm',
        options.challenge,
        { accountId: caller?.accountId },
      );
      return { challengeId, options };
    },

    /** A session for whoever's passkey answered; refused alike for any passkey that does not check. */
    async signIn(
      site: Site,
      input: {
        challengeId: string;
        response: AuthenticationResponseJSON;
        device: string;
        address: string;
      },
    ): Promise<{ ok: true; session: NewSession } | Refused> {
      const tooMany = await deps.service.tryFrom(input.address);
      if (tooMany !== undefined) return tooMany;
      const c = await take(input.challengeId, 'sign-in');
      const passkey = await verifyAssertion(c.challenge, input.response, site);
      if (passkey === undefined) return { ok: false, error: notVerified() };
      return {
        ok: true,
        session: await deps.service.signedInOtherwise(passkey.accountId, input.device),
      };
    },

    list(caller: Caller) {
      return passkeys.listOf(caller.accountId);
    },

    /**
     * Removes one of the caller's passkeys, unless it is their only way in (no password and no
     * other passkey): recovery codes alone are a way back, not a way to sign in every day.
     */
    async remove(caller: Caller, id: string): Promise<void> {
      const account = await deps.accounts.accountOf(caller.accountId);
      const mine = await passkeys.listOf(caller.accountId);
      if (!mine.some((p) => p.id === id)) {
        throw new AppError('not_found', 'this account has no such passkey');
      }
      if (account !== undefined && !account.hasPassword && mine.length === 1) {
        throw new AppError('conflict', 'this is the only way to sign in to the account', [
          { path: 'id', message: 'is the only passkey and the account has no password' },
        ]);
      }
      await passkeys.remove(caller.accountId, id);
    },

    /** Confirms the caller with one of their own passkeys. */
    async confirm(
      site: Site,
      caller: Caller,
      input: { challengeId: string; response: AuthenticationResponseJSON },
    ): Promise<void> {
      const c = await take(input.challengeId, 'confirm');
      if (c.accountId !== caller.accountId) throw notVerified();
      const passkey = await verifyAssertion(c.challenge, input.response, site);
      if (passkey === undefined || passkey.accountId !== caller.accountId) throw notVerified();
      await deps.service.confirmedOtherwise(caller);
    },
  };
}

export type PasskeyService = ReturnType<typeof createPasskeyService>;
