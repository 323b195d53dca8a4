/**
 * Builds Unknot's Fastify app from its dependencies and never listens: `main.ts` listens, and tests
 * listen on an ephemeral port. Layers: routes (validate with zod, map errors) → services (use
 * cases) → repositories (the only Kysely users).
 */
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { join } from 'node:path';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { CONTENT } from '../core/content/index.js';
import type { ContentItem } from '../core/content/schema.js';
import { createPasskeyRepository } from './account/passkey-repository.js';
import { registerPasskeyRoutes } from './account/passkey-routes.js';
import { createPasskeyService } from './account/passkeys.js';
import { createAccountRepository } from './account/repository.js';
import { registerAccountRoutes, sessionLookup } from './account/routes.js';
import { createAccountService, type SignInLimits } from './account/service.js';
import { createProgrammeWriter } from './clinician/programme-writer.js';
import { createClinicianRepository } from './clinician/repository.js';
import { registerClinicianRoutes } from './clinician/routes.js';
import { createClinicianService } from './clinician/service.js';
import type { LogLevel } from './config.js';
import { createConsentRepository } from './consent/repository.js';
import { registerSharingRoutes } from './consent/routes.js';
import { createSharingService } from './consent/service.js';
import { registerContentRoutes } from './content/routes.js';
import { registerDiaryRoutes } from './diary/routes.js';
import { createDiaryService } from './diary/service.js';
import { registerExerciseRoutes } from './exercises/routes.js';
import { createExercisesService } from './exercises/service.js';
import { createFeedbackRepository } from './feedback/repository.js';
import { registerFeedbackRoutes } from './feedback/routes.js';
import { createFeedbackService } from './feedback/service.js';
import { decorateActor, decoratePublicSite, signedIn } from './http/auth.js';
import {
  answerUnroutedRequests,
  clientErrorHandler,
  frameworkErrors,
  requireHost,
} from './http/client-errors.js';
import { errorHandler, notFoundProblem } from './http/errors.js';
import { registerMetaRoutes } from './http/meta-routes.js';
import { registerSecurityHeaders, securityHeaders } from './http/security.js';
import { registerSecurityEvents } from './http/security-events.js';
import { sendProblem } from './http/send.js';
import {
  jsonSerializerCompiler,
  type ZodApp,
  type ZodTypeProvider,
  zodSwaggerTransform,
  zodValidatorCompiler,
} from './http/zod.js';
import { findPackageRoot, packageVersion } from './package-root.js';
import { registerPlanRoutes } from './plan/routes.js';
import { createPlanService } from './plan/service.js';
import { registerReliefRoutes } from './relief/routes.js';
import { createReliefService } from './relief/service.js';
import { registerStaticSite } from './static-site.js';
import type { Storage } from './storage/database.js';
import { createSyncRepository } from './sync/repository.js';
import { registerSyncRoutes } from './sync/routes.js';
import { createSyncService } from './sync/service.js';
import { registerTriageRoutes } from './triage/routes.js';
import { createTriageService } from './triage/service.js';

/** Feedback is the largest body we take: 1,000 characters, at most 6 bytes each once escaped. */
export const BODY_LIMIT = 16 * 1024;

export interface AppDeps {
  storage: Storage;
  /** Defaults to all of Unknot's content. */
  content?: readonly ContentItem[];
  /** The built web app; defaults to dist/web in the package. */
  webRoot?: string;
  logger?: { level: LogLevel; stream?: NodeJS.WritableStream };
  now?: () => number;
  randomBytes?: (n: number) => Uint8Array;
  /** Sign-in limits; SIGN_IN_LIMITS unless a test asks for others. */
  signInLimits?: SignInLimits;
  /** PUBLIC_URL's origin (see `Config.publicUrl`); unset takes each request's own. */
  publicUrl?: string;
  /** TRUST_PROXY's addresses and ranges (see `Config.trustProxy`); unset or empty trusts none. */
  trustProxy?: readonly string[];
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const root = findPackageRoot();
  const content = deps.content ?? CONTENT;
  const byId = new Map(content.map((item) => [item.id, item]));

  const headers = securityHeaders();
  const app: ZodApp = Fastify({
    logger: {
      ...(deps.logger ?? { level: 'silent' }),
      // A request line without its query: search words and other query values can be health
      // data ("numbness when I wipe"), and logs must never hold it.
      serializers: {
        req: (req: { method: string; url: string; ip: string }) => ({
          method: req.method,
          url: req.url.split('?')[0],
          remoteAddress: req.ip,
        }),
      },
    },
    bodyLimit: BODY_LIMIT,
    // Requests no route sees (a bad percent-encoding, headers too large, a mangled request line)
    // are answered as problem+json too, instead of Fastify's own JSON; a missing Host header is
    // refused by requireHost below rather than by Node's empty 400.
    frameworkErrors: frameworkErrors(headers, BODY_LIMIT),
    clientErrorHandler: clientErrorHandler(headers),
    http: { requireHostHeader: false },
    // Only a listed proxy's X-Forwarded-For and -Proto are believed, so request.ip is the person's
    // (and their sign-in limit theirs) behind it, and nobody else can name an address of their own.
    trustProxy:
      deps.trustProxy === undefined || deps.trustProxy.length === 0 ? false : [...deps.trustProxy],
  }).withTypeProvider<ZodTypeProvider>();
  answerUnroutedRequests(app, headers);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(jsonSerializerCompiler);
  app.setErrorHandler(errorHandler(BODY_LIMIT));
  // Every body we take is JSON; without this, text/plain would reach the validator as a string
  // and be answered 422 instead of 415.
  app.removeContentTypeParser('text/plain');

  registerSecurityHeaders(app, headers);
  registerSecurityEvents(app);
  requireHost(app);
  decorateActor(app);
  decoratePublicSite(app, deps.publicUrl);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Unknot API',
        version: packageVersion(root),
        description:
          'Unknot: content, search, feedback, the "should I see a doctor?" check, exercises, the relief protocol, the weekly plan, the pain diary, and the optional account that keeps a person\u2019s records in sync across their devices. Errors are RFC 9457 application/problem+json naming the bad field. Account routes use the session cookie set at sign-in and refuse state-changing requests from other sites.',
      },
    },
    transform: zodSwaggerTransform,
  });

  registerMetaRoutes(app, deps.storage);
  registerContentRoutes(app, { content });
  registerExerciseRoutes(app, createExercisesService(content));
  registerReliefRoutes(app, createReliefService());
  registerFeedbackRoutes(
    app,
    createFeedbackService({
      repository: createFeedbackRepository(deps.storage.db),
      contentById: (id) => byId.get(id),
      now: deps.now ?? Date.now,
      randomBytes: deps.randomBytes ?? ((n) => nodeRandomBytes(n)),
    }),
  );
  registerTriageRoutes(app, createTriageService());
  registerPlanRoutes(
    app,
    createPlanService({
      now: deps.now ?? Date.now,
      randomBytes: deps.randomBytes ?? ((n) => nodeRandomBytes(n)),
    }),
  );

  registerDiaryRoutes(
    app,
    createDiaryService({
      now: deps.now ?? Date.now,
      randomBytes: deps.randomBytes ?? ((n) => nodeRandomBytes(n)),
    }),
  );

  const now = deps.now ?? Date.now;
  const randomBytes = deps.randomBytes ?? ((n: number) => nodeRandomBytes(n));
  const accountRepository = createAccountRepository(deps.storage.db);
  const accounts = createAccountService({
    repository: accountRepository,
    now,
    randomBytes,
    limits: deps.signInLimits,
  });
  const syncRepository = createSyncRepository(deps.storage.db);
  const sync = createSyncService({ repository: syncRepository, now });
  registerAccountRoutes(app, { accounts, sync });
  registerPasskeyRoutes(app, {
    accounts,
    lookup: sessionLookup(accounts),
    passkeys: createPasskeyService({
      passkeys: createPasskeyRepository(deps.storage.db),
      accounts: accountRepository,
      service: accounts,
      now,
      randomBytes,
    }),
  });
  signedIn(app, sessionLookup(accounts), (scope) => registerSyncRoutes(scope, sync));
  const consents = createConsentRepository(deps.storage.db);
  const clinicianRepository = createClinicianRepository(deps.storage.db);
  const programmes = createProgrammeWriter({ sync: syncRepository, now });
  signedIn(app, sessionLookup(accounts), (scope) =>
    registerSharingRoutes(
      scope,
      createSharingService({
        consents,
        clinicians: clinicianRepository,
        programmes,
        now,
        randomBytes,
      }),
    ),
  );
  registerClinicianRoutes(app, {
    accounts,
    lookup: sessionLookup(accounts),
    clinicians: createClinicianService({
      clinicians: clinicianRepository,
      consents,
      sync: syncRepository,
      programmes,
      accountRepository,
      accounts,
      now,
      randomBytes,
    }),
  });

  const pageFallback = await registerStaticSite(app, deps.webRoot ?? join(root, 'dist', 'web'));
  app.setNotFoundHandler((request, reply) => {
    if (pageFallback(request, reply)) return reply;
    return sendProblem(reply, request, notFoundProblem(request));
  });

  await app.ready();
  return app;
}
