import type { Role } from '@suanli/domain';
import type { OutgoingMail } from '../mail/index.js';

const ROLE_ZH: Record<Role, string> = { ADMIN: '管理员', MANAGER: '孵化经理', CONSULTANT: '政策顾问', FOUNDER: '创始人', INTEGRATION: '系统集成' };
const ROLE_EN: Record<Role, string> = { ADMIN: 'administrator', MANAGER: 'incubation manager', CONSULTANT: 'policy consultant', FOUNDER: 'founder', INTEGRATION: 'integration' };

function shanghaiTime(date: Date): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The invitation mail, Chinese first, then English; plain text so every mail client shows the link. */
export function invitationMail(input: {
  to: string;
  organisationName: string;
  role: Role;
  inviterName: string;
  link: string;
  expiresAt: Date;
}): OutgoingMail {
  const expires = `${shanghaiTime(input.expiresAt)}（北京时间 / Beijing time）`;
  return {
    to: input.to,
    subject: `邀请您加入「${input.organisationName}」· Invitation to join ${input.organisationName} on Suanli`,
    text: [
      `您好，`,
      ``,
      `${input.inviterName} 邀请您以「${ROLE_ZH[input.role]}」身份加入算力孵化运营平台上的「${input.organisationName}」。`,
      `请打开以下链接设置您的姓名和密码：`,
      ``,
      input.link,
      ``,
      `链接仅可使用一次，有效期至 ${expires}。如果您没有预期收到此邮件，请忽略它。`,
      ``,
      `——`,
      ``,
      `Hello,`,
      ``,
      `${input.inviterName} has invited you to join ${input.organisationName} on Suanli as ${ROLE_EN[input.role]}.`,
      `Open this link to choose your name and password:`,
      ``,
      input.link,
      ``,
      `The link works once and expires ${expires}. If you did not expect this mail, ignore it.`,
    ].join('\n'),
  };
}
