export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A minimal GraphQL-over-HTTP client for API tests: what any integration would send. */
export class GraphQLClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string | null = null,
    /** The seeded demo accounts' password on the server this client talks to. */
    readonly demoPassword = 'Suanli#2026',
  ) {}

  withToken(token: string | null): GraphQLClient {
    return new GraphQLClient(this.baseUrl, token, this.demoPassword);
  }

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body };
  }

  async signIn(email: string, password = this.demoPassword): Promise<GraphQLClient> {
    const result = await this.request<{ signIn: { token: string | null; userErrors: { code: string }[] } }>(
      `mutation ($input: SignInInput!) { signIn(input: $input) { token userErrors { code message } } }`,
      { input: { email, password } },
    );
    const token = result.data?.signIn.token;
    if (!token) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result)}`);
    return this.withToken(token);
  }
}
