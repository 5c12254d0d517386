import { loadMailConfig } from '../mail-config.js';

describe('mail configuration from the environment', () => {
  it('sends nothing without SMTP settings, and builds links from the listening address', () => {
    expect(loadMailConfig({ PORT: '4000' })).toEqual({ smtp: null, from: expect.stringContaining('no-reply'), publicUrl: 'http://127.0.0.1:4000' });
  });

  it('reads SMTP_URL, with credentials and the TLS choice from the scheme', () => {
    expect(loadMailConfig({ SMTP_URL: 'smtps://mailer%40centre.cn:s%3Dcret@smtp.centre.cn', PUBLIC_URL: 'https://suanli.centre.cn/' })).toMatchObject({
      smtp: { host: 'smtp.centre.cn', port: 465, secure: true, auth: { user: 'mailer@centre.cn', pass: 's=cret' } },
      publicUrl: 'https://suanli.centre.cn',
    });
    expect(loadMailConfig({ SMTP_URL: 'smtp://relay:2525' }).smtp).toEqual({ host: 'relay', port: 2525, secure: false });
  });

  it('reads the SMTP_HOST family', () => {
    const config = loadMailConfig({ SMTP_HOST: 'smtp.qiye.163.com', SMTP_PORT: '587', SMTP_USER: 'u', SMTP_PASSWORD: 'p', MAIL_FROM: '算力 <a@b.cn>' });
    expect(config).toMatchObject({ smtp: { host: 'smtp.qiye.163.com', port: 587, secure: false, auth: { user: 'u', pass: 'p' } }, from: '算力 <a@b.cn>' });
  });

  it('refuses settings that would send broken links or go nowhere', () => {
    expect(() => loadMailConfig({ PUBLIC_URL: 'suanli.centre.cn' })).toThrow(/PUBLIC_URL/);
    expect(() => loadMailConfig({ SMTP_URL: 'http://smtp.centre.cn' })).toThrow(/SMTP_URL/);
    expect(() => loadMailConfig({ SMTP_HOST: 'smtp', SMTP_PORT: '99999' })).toThrow(/SMTP_PORT/);
  });
});
