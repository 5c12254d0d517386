/** Outgoing mail, from the environment. Without SMTP the app still works: links are logged. */
export interface MailConfig {
  /** nodemailer transport options, or null when no SMTP server is configured. */
  smtp: SmtpOptions | null;
  from: string;
  /** Where people open the links we send (the web app's origin), without a trailing slash. */
  publicUrl: string;
}

export interface SmtpOptions {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
}

function smtpFrom(env: NodeJS.ProcessEnv): SmtpOptions | null {
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('SMTP_URL must start with smtp:// or smtps://');
    const secure = url.protocol === 'smtps:';
    return {
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    };
  }
  if (!env.SMTP_HOST) return null;
  const secure = env.SMTP_SECURE === 'true';
  const port = env.SMTP_PORT ? Number(env.SMTP_PORT) : secure ? 465 : 587;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`SMTP_PORT must be a port number, got "${env.SMTP_PORT}"`);
  return {
    host: env.SMTP_HOST,
    port,
    secure,
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } } : {}),
  };
}

export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const host = env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : '127.0.0.1';
  const publicUrl = (env.PUBLIC_URL || `http://${host}:${env.PORT || '3000'}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl)) throw new Error(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  return { smtp: smtpFrom(env), from: env.MAIL_FROM || 'Suanli 算力 <no-reply@suanli.local>', publicUrl };
}
