/**
 * The API's features, one line each. Everything the app assembles from features (Nest modules,
 * entities, resolvers and so the schema, field rules, loaders, shared caches, events) is derived
 * from this list; `docs/adding-a-feature.md` walks through adding one.
 */
import type { Type } from '@nestjs/common';
import { resolversOf, type FeatureManifest } from './common/feature/define-feature.js';
import type { EventDeclaration, EventTopic } from './common/events/event-types.js';
import type { DataModel } from './database/data-source-options.js';
import { allocationsFeature } from './allocations/index.js';
import { auditFeature } from './audit/index.js';
import { authFeature } from './auth/index.js';
import { billingFeature } from './billing/index.js';
import { computeFeature } from './compute/index.js';
import { consultingFeature } from './consulting/index.js';
import { equityFeature } from './equity/index.js';
import { invitationsFeature } from './invitations/index.js';
import { knowledgeBaseFeature } from './knowledge-base/index.js';
import { mailFeature } from './mail/index.js';
import { matchmakingFeature } from './matchmaking/index.js';
import { milestonesFeature } from './milestones/index.js';
import { notificationsFeature } from './notifications/index.js';
import { organisationsFeature } from './organisations/index.js';
import { passwordsFeature } from './passwords/index.js';
import { projectsFeature } from './projects/index.js';
import { usersFeature } from './users/index.js';
import { workingCalendarFeature } from './working-calendar/index.js';

export const FEATURES = [
  authFeature,
  usersFeature,
  organisationsFeature,
  projectsFeature,
  computeFeature,
  allocationsFeature,
  auditFeature,
  mailFeature,
  invitationsFeature,
  passwordsFeature,
  billingFeature,
  equityFeature,
  milestonesFeature,
  workingCalendarFeature,
  notificationsFeature,
  knowledgeBaseFeature,
  consultingFeature,
  matchmakingFeature,
] as const satisfies readonly FeatureManifest[];

const manifests: readonly FeatureManifest[] = FEATURES;

/** Feature modules, also used on their own to print the schema without a database. */
export const FEATURE_MODULES: Type[] = manifests.map((f) => f.module);

/** Every entity, in one list shared by the app, the CLI data source and the tests. */
export const ENTITIES = manifests.flatMap((f) => f.entities ?? []);

/** The entities and the feature-owned migrations, for every DataSource the app opens. */
export const DATA_MODEL: DataModel = { entities: [...ENTITIES], migrations: manifests.flatMap((f) => f.migrations ?? []) };

/**
 * Every resolver class, read from the feature modules: what the app serves is what the schema
 * printer prints and the guard test walks. A feature module importing another feature's module
 * does not make that feature's resolvers its own.
 */
export const RESOLVERS: Type[] = manifests.flatMap((f) => resolversOf(f.module, new Set(FEATURE_MODULES.filter((m) => m !== f.module))));

/**
 * Who may read which object field, per feature (root fields use @Allow instead). A sensitive
 * field missing here answers as if forbidden, and field-rules.spec.ts fails naming it.
 */
export const FIELD_RULES = manifests.flatMap((f) => f.fieldRules ?? []);

export const LOADER_FACTORIES = manifests.flatMap((f) => (f.loaders ? [f.loaders] : []));

export const SHARED_CACHES = manifests.flatMap((f) => (f.caches ? [f.caches] : []));

/** Topics whose delivery empties the response cache. */
export const RESPONSE_STALENING_TOPICS = manifests.flatMap((f) =>
  (Object.entries(f.events ?? {}) as [EventTopic, EventDeclaration | undefined][])
    .filter(([, declaration]) => declaration?.emptiesResponseCache)
    .map(([topic]) => topic),
);

type LoaderNamesOf<F> = F extends { loaders: infer L } ? keyof L : never;
type CacheNamesOf<F> = F extends { caches: infer C } ? keyof C : never;
/** Compile-time: every loader and shared cache a feature declared has a factory in some manifest. */
export type LoadersWithoutFactory = Exclude<keyof import('./common/graphql/loaders.js').Loaders, LoaderNamesOf<(typeof FEATURES)[number]>>;
export type CachesWithoutFactory = Exclude<keyof import('./common/graphql/shared-caches.js').SharedCaches, CacheNamesOf<(typeof FEATURES)[number]>>;
const everyLoaderHasAFactory: [LoadersWithoutFactory] extends [never] ? true : LoadersWithoutFactory = true;
const everyCacheHasAFactory: [CachesWithoutFactory] extends [never] ? true : CachesWithoutFactory = true;
void everyLoaderHasAFactory;
void everyCacheHasAFactory;
