import 'reflect-metadata';
import { RESOLVERS } from '../features.js';
import { ALLOW_KEY, PUBLIC_KEY } from '../common/access/access.decorators.js';

const RESOLVER_TYPE = 'graphql:resolver_type';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** The lint-style gate: a root field without an access rule fails here before it ships. */
describe('root field access rules', () => {
  const rootFields = RESOLVERS.flatMap((resolver) =>
    Object.getOwnPropertyNames(resolver.prototype)
      .filter((name) => name !== 'constructor')
      .map((name) => ({ resolver, name, handler: (resolver.prototype as unknown as Record<string, object>)[name] }))
      .filter(({ handler }) => ROOT_TYPES.has(Reflect.getMetadata(RESOLVER_TYPE, handler))),
  );

  it('finds the root fields of every resolver', () => {
    expect(rootFields.map((f) => f.name)).toEqual(expect.arrayContaining(['me', 'projects', 'transitionProject', 'signIn']));
  });

  it('gives every root field exactly one of @Allow, @Authenticated or @Public', () => {
    const unguarded = rootFields
      .filter(({ handler }) => !Reflect.getMetadata(ALLOW_KEY, handler) && !Reflect.getMetadata(PUBLIC_KEY, handler))
      .map(({ resolver, name }) => `${resolver.name}.${name}`);
    expect(unguarded).toEqual([]);
  });

  it('keeps the public surface to sign-in and the invitation link', () => {
    const open = rootFields.filter(({ handler }) => Reflect.getMetadata(PUBLIC_KEY, handler)).map((f) => f.name);
    expect(open.sort()).toEqual(['acceptInvitation', 'invitation', 'signIn']);
  });
});
