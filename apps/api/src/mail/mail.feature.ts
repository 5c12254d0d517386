import { defineFeature } from '../common/feature/define-feature.js';
import { MailModule } from './mail.module.js';

export const mailFeature = defineFeature({ name: 'mail', module: MailModule });
