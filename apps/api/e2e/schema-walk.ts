import type { GraphQLClient } from '../test/graphql-client.js';

export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
export interface FieldInfo {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
export interface TypeInfo {
  name: string;
  kind: string;
  fields: FieldInfo[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
  enumValues: { name: string }[] | null;
}

const INTROSPECTION = `{ __schema { types { name kind
  fields { name type { ...T } args { name type { ...T } } }
  inputFields { name type { ...T } }
  enumValues { name } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

/** Builds a syntactically valid call for every root field, filling arguments from the schema. */
export class SchemaWalker {
  private constructor(private readonly types: Map<string, TypeInfo>) {}

  /** Introspects as `client`: in production introspection may be for staff only, so pass a signed-in one. */
  static async load(client: GraphQLClient): Promise<SchemaWalker> {
    const result = await client.request<{ __schema: { types: TypeInfo[] } }>(INTROSPECTION);
    if (!result.data) throw new Error(`introspection refused: ${JSON.stringify(result.errors)}`);
    return new SchemaWalker(new Map(result.data!.__schema.types.map((t) => [t.name, t])));
  }

  type(name: string): TypeInfo {
    const type = this.types.get(name);
    if (!type) throw new Error(`no type ${name} in the schema`);
    return type;
  }

  /** The named type under NON_NULL and LIST wrappers. */
  namedType(type: TypeRef): TypeInfo {
    return this.type(this.named(type).name!);
  }

  /** A literal for an argument the walk has no real value for, invented from its type. */
  literal(type: TypeRef, name: string, ids: { id: string; organisationId?: string }): string {
    return this.value(type, name, ids);
  }

  /** The type as GraphQL writes it in a variable definition, e.g. `[ID!]`. */
  typeText(type: TypeRef): string {
    if (type.kind === 'NON_NULL') return `${this.typeText(type.ofType!)}!`;
    if (type.kind === 'LIST') return `[${this.typeText(type.ofType!)}]`;
    return type.name!;
  }

  rootFields(root: 'Query' | 'Mutation'): FieldInfo[] {
    return this.types.get(root)!.fields!;
  }

  /** `mutation { f(input: {…}) { __typename } }` with each required value invented from its type. */
  operation(root: 'Query' | 'Mutation', field: FieldInfo, ids: { id: string; organisationId?: string }): string {
    const args = field.args
      .filter((a) => a.type.kind === 'NON_NULL' || a.name === 'organisationId')
      .map((a) => `${a.name}: ${this.value(a.type, a.name, ids)}`);
    const argText = args.length ? `(${args.join(', ')})` : '';
    return `${root === 'Query' ? 'query' : 'mutation'} { ${field.name}${argText} ${this.selection(field.type)} }`;
  }

  private named(type: TypeRef): TypeRef {
    return type.ofType ? this.named(type.ofType) : type;
  }

  private selection(type: TypeRef): string {
    const named = this.types.get(this.named(type).name!)!;
    if (named.kind !== 'OBJECT') return '';
    const scalars = named.fields!.filter((f) => {
      const kind = this.types.get(this.named(f.type).name!)!.kind;
      return (kind === 'SCALAR' || kind === 'ENUM') && f.args.length === 0;
    });
    const objects = named.fields!.filter((f) => this.types.get(this.named(f.type).name!)!.kind === 'OBJECT' && f.args.length === 0);
    const nested = objects.map((f) => `${f.name} { __typename ${this.scalarFields(f.type)} }`);
    return `{ __typename ${scalars.map((f) => f.name).join(' ')} ${nested.join(' ')} }`;
  }

  private scalarFields(type: TypeRef): string {
    const named = this.types.get(this.named(type).name!)!;
    return named
      .fields!.filter((f) => ['SCALAR', 'ENUM'].includes(this.types.get(this.named(f.type).name!)!.kind) && f.args.length === 0)
      .map((f) => f.name)
      .join(' ');
  }

  private value(type: TypeRef, name: string, ids: { id: string; organisationId?: string }): string {
    if (type.kind === 'NON_NULL') return this.value(type.ofType!, name, ids);
    if (type.kind === 'LIST') return `[${this.value(type.ofType!, name, ids)}]`;
    const named = this.types.get(type.name!)!;
    if (named.kind === 'ENUM') return named.enumValues![0].name;
    if (named.kind === 'INPUT_OBJECT') {
      const fields = named.inputFields!.map((f) => `${f.name}: ${this.value(f.type, f.name, ids)}`);
      return `{ ${fields.join(', ')} }`;
    }
    switch (type.name) {
      case 'ID':
        return JSON.stringify(name === 'organisationId' ? (ids.organisationId ?? ids.id) : ids.id);
      case 'Int':
        return '1';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'true';
      case 'DateTime':
        return JSON.stringify(new Date().toISOString());
      case 'Fen':
        return JSON.stringify('100');
      default:
        return JSON.stringify(name === 'email' ? 'someone@example.com' : name === 'scopes' ? 'read:projects' : 'probe value');
    }
  }
}
