import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The built web app loads only its own module scripts and styles, so scripts are 'self' only
 * (no inline script, no eval): together with bearer tokens this is the XSS boundary of ADR 0008.
 * antd writes its CSS-in-JS into <style> elements, hence 'unsafe-inline' for styles only.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every response (@fastify/helmet). HSTS only on requests that arrived over
 * TLS (directly, or through a proxy Fastify trusts), since a browser ignores it on plain HTTP and
 * a developer's http://127.0.0.1 must keep working. Outside production GraphiQL keeps working:
 * it loads its editor from a CDN, so its page gets no CSP.
 */
export async function registerSecurityHeaders(app: NestFastifyApplication, production: boolean): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    hsts: false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    if (!production && request.url.startsWith('/graphiql')) reply.removeHeader('content-security-policy');
    return payload;
  });
}
