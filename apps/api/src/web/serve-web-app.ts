import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** In production one URL serves both: the built React app, and /graphql. */
export async function serveWebApp(app: NestFastifyApplication, webDist: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, { root: webDist, wildcard: false });
  // Client-side routes (/projects/…, /portal) get index.html; exact routes such as /graphql win.
  fastify.get('/*', (_request, reply) => reply.sendFile('index.html'));
}
