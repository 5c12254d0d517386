import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import type { Permission } from '@suanli/domain';
import type { TypeFieldRules } from '../access/field-access/field-rule.js';
import type { UserErrorCode } from '../errors/error-codes.js';
import type { EventDeclaration, EventTopic } from '../events/event-types.js';
import type { LoaderFactories } from '../graphql/loaders.js';
import type { SharedCacheSpecs } from '../graphql/shared-caches.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM takes entity classes of any constructor shape
type EntityClass = Function;

/**
 * Everything the app needs to know about one feature folder. The app's lists (modules, entities,
 * resolvers, field rules, loaders, caches, events) are derived from the manifests in
 * `src/features.ts`, so adding a feature is its folder plus one line there.
 */
export interface FeatureManifest {
  /** The folder's name under apps/api/src. */
  readonly name: string;
  /** Its Nest module. The resolvers it provides (and those of modules it imports) are the feature's resolvers. */
  readonly module: Type;
  readonly entities?: readonly EntityClass[];
  /**
   * Its migrations, kept in its folder (`<name>/migrations/index.ts`, written by `migrations.js generate NAME <name>`);
   * they run with the shared history in database/migrations, in timestamp order.
   */
  readonly migrations?: readonly (new () => MigrationInterface)[];
  /** Who may read which object field (root fields use @Allow instead). */
  readonly fieldRules?: readonly TypeFieldRules[];
  /** Per-request DataLoaders, each declared in `Loaders` by the feature. */
  readonly loaders?: LoaderFactories;
  /** Caches shared across requests, each declared in `SharedCaches` by the feature. */
  readonly caches?: SharedCacheSpecs;
  /** The `userErrors` codes it introduced (shared codes such as NOT_FOUND belong to common). */
  readonly errorCodes?: readonly UserErrorCode[];
  /** The permission keys (libs/domain) its root fields are guarded by and that no other feature owns. */
  readonly permissions?: readonly Permission[];
  /** The event topics it publishes, each declared in `SuanliEvents` by the feature. */
  readonly events?: { readonly [T in EventTopic]?: EventDeclaration };
}

/** Types the manifest and keeps its literal types, so the app's derived lists stay typed. */
export function defineFeature<const M extends FeatureManifest>(manifest: M): M {
  return manifest;
}

const RESOLVER_TYPE = 'graphql:resolver_type';

/** True for a class decorated with @Resolver. */
export function isResolverClass(candidate: unknown): candidate is Type {
  return typeof candidate === 'function' && Reflect.hasOwnMetadata(RESOLVER_TYPE, candidate);
}

/**
 * The resolver classes a module provides, its own and those of the static modules it imports
 * (except `skip`, other features' modules):
 * read from the module, so a resolver is in the schema exactly when the feature's module serves it.
 */
export function resolversOf(module: Type, skip: ReadonlySet<Type> = new Set()): Type[] {
  return collectResolvers(module, new Set(skip));
}

function collectResolvers(module: Type, seen: Set<Type>): Type[] {
  if (seen.has(module)) return [];
  seen.add(module);
  const providers: unknown[] = Reflect.getMetadata('providers', module) ?? [];
  const imports: unknown[] = Reflect.getMetadata('imports', module) ?? [];
  return [
    ...providers.filter(isResolverClass),
    ...imports.filter((m): m is Type => typeof m === 'function').flatMap((m) => collectResolvers(m, seen)),
  ];
}
