import { randomUUID } from 'node:crypto';
import type { GraphQLClient } from '../test/graphql-client.js';
import {
  CreateKbArticle,
  ListKbArticles,
  MarkKbArticleHelpful,
  PublishKbArticle,
  ReadKbArticle,
  SearchKb,
  UnpublishKbArticle,
  UpdateKbArticleDraft,
} from '../test/operations/knowledge-base.operations.js';
import { Scenario, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

const codes = (r: { errors?: { extensions?: { code?: string } }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

/** The knowledge base over HTTP: who may write, deflection counted once per person, bad input refused. */
describe('knowledge base over the GraphQL API', () => {
  const server = useApi();
  let consultant: GraphQLClient;
  let manager: GraphQLClient;
  let tenant: Tenant;
  let other: Tenant;
  const tag = randomUUID().slice(0, 8);

  const draft = (over: Record<string, unknown> = {}) => ({
    category: 'COMPUTE_VOUCHERS' as const,
    slug: `e2e-${tag}-${Math.random().toString(36).slice(2, 8)}`,
    titleZh: `算力券测试 ${tag}`,
    titleEn: `Voucher test ${tag}`,
    bodyZh: `算力券测试正文 ${tag}`,
    bodyEn: `Voucher test body ${tag}`,
    ...over,
  });
  const publishedArticle = async () => {
    const created = (await consultant.request(CreateKbArticle, { input: draft() })).data!.createKbArticle;
    expect(created.userErrors).toEqual([]);
    const published = (await consultant.request(PublishKbArticle, { articleId: created.article!.id })).data!.publishKbArticle;
    expect(published.userErrors).toEqual([]);
    return published.article!;
  };

  beforeAll(async () => {
    const scenario = await Scenario.start(server().anonymous);
    consultant = (await scenario.staffMember('CONSULTANT')).client;
    manager = (await scenario.staffMember('MANAGER')).client;
    tenant = await scenario.tenant();
    other = await scenario.tenant();
  });

  it('lets consultants and managers write and publish, and founders only read what is published', async () => {
    const created = (await consultant.request(CreateKbArticle, { input: draft() })).data!.createKbArticle;
    expect(created.userErrors).toEqual([]);
    const id = created.article!.id;
    expect(created.article).toMatchObject({ status: 'DRAFT', published: null, versions: [] });

    // A founder neither writes nor sees the draft.
    const refused = await tenant.founder.request(CreateKbArticle, { input: draft() });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(codes(await tenant.founder.request(PublishKbArticle, { articleId: id }))).toEqual(['FORBIDDEN']);
    expect(codes(await tenant.founder.request(ListKbArticles, {}))).toEqual(['FORBIDDEN']);
    expect((await tenant.founder.request(ReadKbArticle, { id })).data!.kbArticle).toBeNull();

    // The manager publishes the consultant's draft; the founder then reads version 1, without the draft.
    const published = (await manager.request(PublishKbArticle, { articleId: id })).data!.publishKbArticle;
    expect(published.userErrors).toEqual([]);
    expect(published.article).toMatchObject({ status: 'PUBLISHED', published: { version: 1 }, hasUnpublishedChanges: false });
    const read = (await tenant.founder.request(ReadKbArticle, { id })).data!.kbArticle!;
    expect(read).toMatchObject({ status: 'PUBLISHED', draft: null, published: { version: 1, bodyZh: `算力券测试正文 ${tag}` }, viewCount: 1 });

    // A draft edit stays with staff until it is published as version 2.
    const edited = (await consultant.request(UpdateKbArticleDraft, { input: { articleId: id, ...draft({ bodyZh: `第二版 ${tag}` }), slug: undefined } })).data!.updateKbArticleDraft;
    expect(edited.article).toMatchObject({ hasUnpublishedChanges: true, published: { version: 1 } });
    expect((await tenant.founder.request(ReadKbArticle, { id })).data!.kbArticle!.published!.bodyZh).toBe(`算力券测试正文 ${tag}`);
    const v2 = (await consultant.request(PublishKbArticle, { articleId: id })).data!.publishKbArticle;
    expect(v2.article!.versions.map((v) => v.version)).toEqual([2, 1]);

    // Unpublished: gone for founders and from search, kept for staff.
    expect((await consultant.request(UnpublishKbArticle, { articleId: id })).data!.unpublishKbArticle.article!.status).toBe('UNPUBLISHED');
    expect((await tenant.founder.request(ReadKbArticle, { id })).data!.kbArticle).toBeNull();
    expect((await tenant.founder.request(SearchKb, { query: `第二版 ${tag}`, locale: 'ZH' })).data!.kbSearch).toEqual([]);
    expect((await consultant.request(ReadKbArticle, { id })).data!.kbArticle!.status).toBe('UNPUBLISHED');
  });

  it('counts "this answered my question" once per founder, and each founder once', async () => {
    const article = await publishedArticle();
    const first = (await tenant.founder.request(MarkKbArticleHelpful, { articleId: article.id })).data!.markKbArticleHelpful;
    expect(first).toMatchObject({ counted: true, userErrors: [], article: { deflectionCount: 1, helpfulByMe: true } });
    const again = (await tenant.founder.request(MarkKbArticleHelpful, { articleId: article.id })).data!.markKbArticleHelpful;
    expect(again).toMatchObject({ counted: false, article: { deflectionCount: 1 } });
    const second = (await other.founder.request(MarkKbArticleHelpful, { articleId: article.id })).data!.markKbArticleHelpful;
    expect(second).toMatchObject({ counted: true, article: { deflectionCount: 2 } });
    const listed = (await consultant.request(ListKbArticles, {})).data!.kbArticles.find((a) => a.id === article.id);
    expect(listed!.deflectionCount).toBe(2);
  });

  it('refuses bad input with a code and changes nothing', async () => {
    const blank = (await consultant.request(CreateKbArticle, { input: draft({ titleZh: '   ' }) })).data!.createKbArticle;
    expect(blank.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['titleZh'] })]);
    const long = (await consultant.request(CreateKbArticle, { input: draft({ bodyZh: '长'.repeat(20_001) }) })).data!.createKbArticle;
    expect(long.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['bodyZh'] })]);
    const badSlug = (await consultant.request(CreateKbArticle, { input: draft({ slug: 'Not A Slug' }) })).data!.createKbArticle;
    expect(badSlug.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['slug'] })]);
    // An unknown category is not a TicketCategory. The enum stays (typed clients, one list in the
    // schema): GraphQL's own validation refuses the whole request before any resolver runs, with a
    // code and a message naming the value, the enum and, for variables, the input path.
    const countBefore = (await consultant.request(ListKbArticles, {})).data!.kbArticles.length;
    const unknownCategory = await consultant.request(`mutation { createKbArticle(input: { category: LOTTERY, titleZh: "x" }) { article { id } } }`);
    expect(codes(unknownCategory)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(unknownCategory.errors![0]!.message).toMatch(/^Value "LOTTERY" does not exist in "TicketCategory" enum/);
    const asVariable = await consultant.request(
      `mutation ($input: CreateKbArticleInput!) { createKbArticle(input: $input) { article { id } } }`,
      { input: { ...draft(), category: 'lottery' } },
    );
    expect(codes(asVariable)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(asVariable.errors![0]!.message).toMatch(/^Variable "\$input" got invalid value "lottery" at "input\.category"; Value "lottery" does not exist in "TicketCategory" enum/);
    expect(asVariable.data ?? null).toBeNull();
    const asFilter = await tenant.founder.request(`query ($category: TicketCategory) { kbSearch(query: "算力券", category: $category) { slug } }`, { category: 'LOTTERY' });
    expect(codes(asFilter)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await consultant.request(ListKbArticles, {})).data!.kbArticles).toHaveLength(countBefore);

    // Publishing nothing: the same draft again, or an article without its English.
    const article = await publishedArticle();
    const nothing = (await consultant.request(PublishKbArticle, { articleId: article.id })).data!.publishKbArticle;
    expect(nothing.userErrors).toEqual([expect.objectContaining({ code: 'KB_NOTHING_TO_PUBLISH' })]);
    const zhOnly = (await consultant.request(CreateKbArticle, { input: draft({ titleEn: '', bodyEn: '' }) })).data!.createKbArticle;
    const missing = (await consultant.request(PublishKbArticle, { articleId: zhOnly.article!.id })).data!.publishKbArticle;
    expect(missing.userErrors).toEqual([expect.objectContaining({ code: 'KB_TRANSLATION_MISSING', field: ['titleEn'] })]);

    // Nothing changed: still one version, the rejected ones never created.
    const after = (await consultant.request(ReadKbArticle, { id: article.id })).data!.kbArticle!;
    expect(after.published!.version).toBe(1);
    expect((await consultant.request(ReadKbArticle, { id: zhOnly.article!.id })).data!.kbArticle!.status).toBe('DRAFT');
    const slugs = (await consultant.request(ListKbArticles, {})).data!.kbArticles.map((a) => a.slug);
    expect(slugs.filter((s) => s === 'Not A Slug')).toEqual([]);
    // A search asking for more (or fewer) hits than 1 to 50: a code, not a silent clamp.
    for (const first of [0, 51, 100_000]) {
      const tooMany = await tenant.founder.request(`query ($first: Int) { kbSearch(query: "算力券", first: $first) { slug } }`, { first });
      expect(tooMany.errors!.map((e) => [e.extensions?.code, (e.extensions as { field?: string[] }).field])).toEqual([['BAD_USER_INPUT', ['first']]]);
    }
    expect((await tenant.founder.request(`{ kbSearch(query: "算力券", first: 50) { slug } }`)).errors).toBeUndefined();
    // Marking an unknown article is a NOT_FOUND, not a counter bump.
    const unknown = (await tenant.founder.request(MarkKbArticleHelpful, { articleId: randomUUID() })).data!.markKbArticleHelpful;
    expect(unknown.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});
