import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Permission } from '@suanli/domain';
import type { RequestContext } from '../graphql/request-context.js';
import type { Actor } from './actor.js';

export const ALLOW_KEY = 'suanli:allow';
export const PUBLIC_KEY = 'suanli:public';

/** The permission a root field needs. Every root field carries this or @Public (tested). */
export const Allow = (permission: Permission) => SetMetadata(ALLOW_KEY, permission);

/** Open to anyone, signed in or not (only sign-in itself). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Any signed-in caller (e.g. `me`). */
export const AUTHENTICATED = 'AUTHENTICATED' as const;
export const Authenticated = () => SetMetadata(ALLOW_KEY, AUTHENTICATED);

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
  if (!ctx.actor) throw new Error('CurrentActor used on a field the access guard did not run for');
  return ctx.actor;
});

/** The caller of a plain HTTP route (a download), as the access guard authenticated it. */
export const HttpActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<{ suanliActor?: Actor | null }>().suanliActor;
  if (!actor) throw new Error('HttpActor used on a route the access guard did not run for');
  return actor;
});
