import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { OcfFileName } from '../ocf-types.js';

/** The repository root: the nearest folder above this file that holds nx.json. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no nx.json above the OCF tests');
    dir = parent;
  }
  return dir;
}

/**
 * The official OCF v1.2.0 JSON Schemas are not in the repository (their licence asks for
 * attribution, and nothing at run time needs them): OCF_SCHEMA_DIR, else ../shared/ocf/schema
 * beside the repository. Without them the conformance test says it was not run.
 */
export const OCF_SCHEMA_DIR = process.env['OCF_SCHEMA_DIR'] ?? resolve(repoRoot(), '..', 'shared', 'ocf', 'schema');
export const HAS_OCF_SCHEMAS = existsSync(join(OCF_SCHEMA_DIR, 'files', 'OCFManifestFile.schema.json'));

const SCHEMA_BASE = 'https://schema.opencaptablecoalition.com/v/1.2.0/';

/** Which files/*.schema.json describes each file of the package. */
export const FILE_SCHEMAS: Record<OcfFileName, string> = {
  'Manifest.ocf.json': `${SCHEMA_BASE}files/OCFManifestFile.schema.json`,
  'Stakeholders.ocf.json': `${SCHEMA_BASE}files/StakeholdersFile.schema.json`,
  'StockClasses.ocf.json': `${SCHEMA_BASE}files/StockClassesFile.schema.json`,
  'VestingTerms.ocf.json': `${SCHEMA_BASE}files/VestingTermsFile.schema.json`,
  'Transactions.ocf.json': `${SCHEMA_BASE}files/TransactionsFile.schema.json`,
};

function schemaFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return schemaFiles(path);
    return name.endsWith('.schema.json') ? [path] : [];
  });
}

export interface OcfValidators {
  /** The validator of a schema by its $id. */
  byId(schemaId: string): ValidateFunction;
  /** The validator of the object schema whose object_type is `objectType` (TX_STOCK_ISSUANCE → StockIssuance), if any. */
  byObjectType(objectType: string): ValidateFunction | undefined;
}

/** One ajv (draft-07, formats, strict off as the schemas need) with every schema file added. */
export function ocfValidators(): OcfValidators {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: under ESM its function may sit on .default.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (instance: Ajv) => Ajv;
  addFormats(ajv);
  const objectSchemas = new Map<string, string>();
  for (const file of schemaFiles(OCF_SCHEMA_DIR)) {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id: string; properties?: { object_type?: { const?: string } } };
    ajv.addSchema(schema);
    const objectType = schema.properties?.object_type?.const;
    if (objectType && schema.$id.startsWith(`${SCHEMA_BASE}objects/`)) objectSchemas.set(objectType, schema.$id);
  }
  const byId = (schemaId: string) => {
    const validate = ajv.getSchema(schemaId);
    if (!validate) throw new Error(`no schema with $id ${schemaId} in ${OCF_SCHEMA_DIR}`);
    return validate;
  };
  return { byId, byObjectType: (objectType) => (objectSchemas.has(objectType) ? byId(objectSchemas.get(objectType)!) : undefined) };
}

/** ajv's errors one per line, with the failing value (shortened). */
export function readableErrors(errors: readonly ErrorObject[] | null | undefined, json: unknown, prefix = ''): string[] {
  const at = (pointer: string) =>
    pointer
      .split('/')
      .slice(1)
      .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], json);
  return (errors ?? []).map((error) => {
    const value = JSON.stringify(at(error.instancePath)) ?? 'undefined';
    return `  ${prefix}${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)} — value ${value.length > 120 ? `${value.slice(0, 120)}…` : value}`;
  });
}

/**
 * Why a file fails. An items file's oneOf over every transaction kind reports one error per kind;
 * each item is checked again against the schema of its own object_type, which says the real reason.
 */
export function fileFailure(name: string, json: unknown, validators: OcfValidators): string | null {
  const validate = validators.byId(FILE_SCHEMAS[name as OcfFileName]);
  if (validate(json)) return null;
  const fileErrors = readableErrors(validate.errors, json).filter((line) => !/^\s*\/items\/\d+/.test(line));
  const items = (json as { items?: { object_type?: string; id?: string }[] }).items ?? [];
  const itemErrors = items.flatMap((item, index) => {
    const own = item.object_type ? validators.byObjectType(item.object_type) : undefined;
    if (!own) return [`  /items/${index} has no known object_type (${JSON.stringify(item.object_type)})`];
    // ajv's validate is a type guard; kept as a plain boolean so `item` keeps its type.
    const valid: boolean = own(item);
    return valid ? [] : readableErrors(own.errors, item, `/items/${index} (${item.object_type} ${item.id}) `);
  });
  return [`${name} does not conform to ${FILE_SCHEMAS[name as OcfFileName]}:`, ...fileErrors, ...itemErrors].join('\n');
}
