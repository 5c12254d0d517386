import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

/**
 * Which object fields must declare who may read them. Keyed off the GraphQL schema itself, so a
 * type added by any feature is classified the moment it is in the schema:
 *  - a scalar field named like personal data, a tenant reference or money/usage;
 *  - an edge into a sensitive type: a person (a type with an email field, or User), a tenant
 *    (Organisation) or a tenant's row (a type with an edge to Organisation), or a type that
 *    carries money/usage.
 * Root fields are excluded (they have @Allow, checked by root-field-guards.spec.ts), and so are the
 * edges of connections, edges and payloads: they hand on what the field that produced them allowed.
 */
export const PERSONAL_FIELD = /(^|[a-z])(email|phone|mobile|password|secret|token|ipAddress|userAgent)s?$|^roles?$/i;
export const TENANT_FIELD = /(^|[a-z])(organisation|organization|tenant)(Id|Ids|Name|Key)?$/i;
export const MONEY_OR_USAGE_FIELD = /(Fen|^fen|price|amount|cost|cardHours|usage|quota|weight|budget|credit|valuation|equity|invoice|balance|voucher)/i;

export const SEED_SENSITIVE_TYPES = ['User', 'Organisation'];

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const WRAPPER_TYPE = /(Connection|Edge|Payload)$|^PageInfo$/;

export interface SensitiveField {
  typeName: string;
  fieldName: string;
  why: string;
}

const namedTypeOf = (field: GraphQLField<unknown, unknown>) => getNamedType(field.type);

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );
}

function scalarReason(fieldName: string): string | null {
  if (PERSONAL_FIELD.test(fieldName)) return 'personal data';
  if (TENANT_FIELD.test(fieldName)) return 'a tenant reference';
  if (MONEY_OR_USAGE_FIELD.test(fieldName)) return 'money or usage';
  return null;
}

/** The object types whose objects are people, tenants, tenants' rows or money/usage, with why. */
export function sensitiveTypes(schema: GraphQLSchema): Map<string, string> {
  const types = objectTypes(schema).filter((t) => !ROOT_TYPES.has(t.name) && !WRAPPER_TYPE.test(t.name));
  const sensitive = new Map<string, string>(SEED_SENSITIVE_TYPES.map((name) => [name, name === 'User' ? 'a person' : 'a tenant']));
  for (const type of types) {
    const fields = Object.values(type.getFields());
    if (fields.some((f) => /email/i.test(f.name))) sensitive.set(type.name, 'a person');
    else if (fields.some((f) => namedTypeOf(f).name === 'Organisation')) sensitive.set(type.name, 'a tenant’s row');
    else if (fields.some((f) => isObjectType(namedTypeOf(f)) === false && scalarReason(f.name))) {
      sensitive.set(type.name, `carries ${scalarReason(fields.find((f) => !isObjectType(namedTypeOf(f)) && scalarReason(f.name))!.name)}`);
    }
  }
  // Connections and edges of a sensitive type are as sensitive as it is.
  for (const type of objectTypes(schema).filter((t) => /(Connection|Edge)$/.test(t.name))) {
    const inner = Object.values(type.getFields()).find((f) => f.name === 'node' || f.name === 'edges');
    const innerName = inner ? namedTypeOf(inner).name : null;
    const node = innerName && /Edge$/.test(innerName) ? innerName.replace(/Edge$/, '') : innerName;
    if (node && sensitive.has(node)) sensitive.set(type.name, sensitive.get(node)!);
  }
  return sensitive;
}

/** Every non-root object field that must have a field rule. */
export function sensitiveFields(schema: GraphQLSchema): SensitiveField[] {
  const sensitive = sensitiveTypes(schema);
  const found: SensitiveField[] = [];
  for (const type of objectTypes(schema)) {
    if (ROOT_TYPES.has(type.name)) continue;
    const wrapper = WRAPPER_TYPE.test(type.name);
    for (const field of Object.values(type.getFields())) {
      const target = namedTypeOf(field);
      if (isObjectType(target)) {
        if (!wrapper && sensitive.has(target.name)) {
          found.push({ typeName: type.name, fieldName: field.name, why: `leads to ${target.name} (${sensitive.get(target.name)})` });
        }
      } else {
        const reason = scalarReason(field.name);
        if (reason) found.push({ typeName: type.name, fieldName: field.name, why: reason });
      }
    }
  }
  return found;
}
