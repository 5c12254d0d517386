import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { GraphQLClient } from '../test/graphql-client.js';
import { AddTicketNote, MyId, OpenTicket, ReplyToTicket, SetConsultantGroup, TicketById } from '../test/operations/consulting.operations.js';
import { CreateKbArticle, ListKbArticles, PublishKbArticle, ReadKbArticle, UnpublishKbArticle } from '../test/operations/knowledge-base.operations.js';
import { Scenario, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

/** Consultants link knowledge-base articles under their replies: published ones only, shown to the founder, counted per article. */
describe('knowledge-base articles linked in ticket replies', () => {
  const server = useApi();
  const tag = randomUUID().slice(0, 8);
  let consultant: GraphQLClient;
  let tenant: Tenant;

  const article = async (titleZh: string, publish: boolean) => {
    const created = (await consultant.request(CreateKbArticle, {
      input: { category: 'OTHER', slug: `link-${tag}-${Math.random().toString(36).slice(2, 8)}`, titleZh: `${titleZh} ${tag}`, titleEn: `${titleZh} en ${tag}`, bodyZh: '正文', bodyEn: 'Body' },
    })).data!.createKbArticle.article!;
    if (publish) expect((await consultant.request(PublishKbArticle, { articleId: created.id })).data!.publishKbArticle.userErrors).toEqual([]);
    return created;
  };

  beforeAll(async () => {
    const scenario = await Scenario.start(server().anonymous);
    const manager = (await scenario.staffMember('MANAGER')).client;
    consultant = (await scenario.staffMember('CONSULTANT')).client;
    const consultantId = (await consultant.request(MyId, {})).data!.me!.id;
    expect((await manager.request(SetConsultantGroup, { input: { category: 'OTHER', name: '综合组', leadUserId: consultantId, memberIds: [consultantId] } })).data!.setConsultantGroup.userErrors).toEqual([]);
    tenant = await scenario.tenant();
  });

  it('links published articles only, shows them under the message and counts public replies per article', async () => {
    const [a, b, draft, hidden] = [await article('甲 办事指南', true), await article('乙 常见问题', true), await article('丙 草稿', false), await article('丁 已下线', true)];
    expect((await consultant.request(UnpublishKbArticle, { articleId: hidden.id })).data!.unpublishKbArticle.userErrors).toEqual([]);
    const ticket = (await tenant.founder.request(OpenTicket, { input: { category: 'OTHER', priority: 'NORMAL', subject: '园区入驻手续', body: '入驻需要办哪些手续？' } })).data!.openTicket.ticket!;

    // A draft, an unpublished article or an unknown id: a code, and neither the message nor the status changes.
    for (const articleIds of [[draft.id], [a.id, hidden.id], [randomUUID()]]) {
      const refused = (await consultant.request(ReplyToTicket, { input: { ticketId: ticket.id, body: '见文章', articleIds } })).data!.replyToTicket;
      expect(refused).toEqual({ ticket: null, message: null, userErrors: [{ code: 'ARTICLE_NOT_PUBLISHED', field: ['articleIds'] }] });
    }
    const unchanged = (await consultant.request(TicketById, { id: ticket.id })).data!.ticket!;
    expect(unchanged.status).toBe('NEW');
    expect(unchanged.messages).toHaveLength(1);

    // Two published articles (one given twice) under the reply, in the order given; an internal note links one too.
    const replied = (await consultant.request(ReplyToTicket, { input: { ticketId: ticket.id, body: '请先看这两篇。', articleIds: [b.id, a.id, b.id] } })).data!.replyToTicket;
    expect(replied.userErrors).toEqual([]);
    expect((await consultant.request(AddTicketNote, { input: { ticketId: ticket.id, body: '内部：甲文已过时', articleIds: [a.id] } })).data!.addTicketNote.userErrors).toEqual([]);

    const founderView = (await tenant.founder.request(TicketById, { id: ticket.id })).data!.ticket!;
    expect(founderView.messages.map((m) => m.linkedArticles.map((l) => l.slug))).toEqual([[], [b.slug, a.slug]]);
    expect(founderView.messages[1]!.linkedArticles[1]).toEqual({ articleId: a.id, slug: a.slug, titleZh: `甲 办事指南 ${tag}`, titleEn: `甲 办事指南 en ${tag}`, published: true });

    // Counted per article, public replies only; readers get no count.
    const counts = new Map((await consultant.request(ListKbArticles, {})).data!.kbArticles.map((k) => [k.id, k.linkedInReplies]));
    expect([counts.get(a.id), counts.get(b.id), counts.get(draft.id)]).toEqual([1, 1, 0]);
    expect((await consultant.request(ReadKbArticle, { id: a.id })).data!.kbArticle!.linkedInReplies).toBe(1);
    expect((await tenant.founder.request(ReadKbArticle, { id: a.id })).data!.kbArticle!.linkedInReplies).toBeNull();

    // Unpublished later: the founder no longer gets the link (the help page would be missing); staff see it marked.
    expect((await consultant.request(UnpublishKbArticle, { articleId: b.id })).data!.unpublishKbArticle.userErrors).toEqual([]);
    expect((await tenant.founder.request(TicketById, { id: ticket.id })).data!.ticket!.messages[1]!.linkedArticles.map((l) => l.slug)).toEqual([a.slug]);
    const staffLinks = (await consultant.request(TicketById, { id: ticket.id })).data!.ticket!.messages[1]!.linkedArticles;
    expect(staffLinks.map((l) => [l.slug, l.published])).toEqual([[b.slug, false], [a.slug, true]]);

    // The database itself refuses a link to an article that is not published, whoever writes it.
    if (server().api.databaseUrl) {
      const sql = new pg.Client({ connectionString: server().api.databaseUrl! });
      await sql.connect();
      try {
        await expect(sql.query('INSERT INTO ticket_message_articles (message_id, article_id, position) VALUES ($1, $2, 5)', [replied.message!.id, draft.id])).rejects.toThrow(/is not published/);
      } finally {
        await sql.end();
      }
    }
  });
});
