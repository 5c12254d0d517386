export { MailModule } from './mail.module.js';
export { Mailer, type MailDelivery, type OutgoingMail } from './mailer.service.js';
export { mailFeature } from './mail.feature.js';
