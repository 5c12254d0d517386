import type { FieldInfo, SchemaWalker } from './schema-walk.js';

/** One field in a generated selection; `children` null for scalars and enums. */
interface Selection {
  text: string;
  children: Selection[] | null;
}

export interface PathWalkOptions {
  /** The server's depth limit (Mercurius `queryDepth`: the root field is level 1). */
  maxDepth: number;
  /** How often one type may recur along a path: enough to reach a tenant through another one (Project → history → actor → organisation → members), finite through cycles. */
  maxVisitsPerType: number;
  /** Fields (leaves and edges) per operation; the walk splits a root field's tree into operations of at most this many. */
  fieldsPerOperation: number;
  /** `first` on connections (and any Int argument named first or perStage). */
  listSize: number;
}

const nameOf = (selection: Selection) => selection.text.split('(')[0];

/** One generated operation; `without` drops refused fields (by their error paths) so the rest can be read. */
export class WalkOperation {
  constructor(
    private readonly root: Selection,
    private readonly variableDefinitions: string,
  ) {}

  get text(): string {
    return `query ${this.variableDefinitions} { ${print(this.root)} }`;
  }

  /** Without the fields at these response paths (list indices ignored); null when nothing is left. */
  without(paths: readonly (string | number)[][]): WalkOperation | null {
    let root: Selection | null = this.root;
    for (const path of paths) {
      const names = path.filter((part): part is string => typeof part === 'string');
      if (!root || names[0] !== nameOf(root)) continue;
      root = drop(root, names.slice(1));
    }
    return root ? new WalkOperation(root, this.variableDefinitions) : null;
  }
}

function drop(selection: Selection, names: string[]): Selection | null {
  if (names.length === 0) return null;
  if (!selection.children) return selection;
  const children = selection.children.flatMap((child) => {
    if (nameOf(child) !== names[0]) return [child];
    const kept = drop(child, names.slice(1));
    return kept ? [kept] : [];
  });
  return { text: selection.text, children };
}

/** Connection plumbing adds depth but no new kind of data, so it does not count as a visit. */
const PLUMBING = /(Connection|Edge)$|^PageInfo$/;

const size = (selection: Selection): number => 1 + (selection.children ?? []).reduce((sum, child) => sum + size(child), 0);
const print = (selection: Selection): string =>
  selection.children ? `${selection.text} { ${selection.children.map(print).join(' ')} }` : selection.text;
const TYPENAME: Selection = { text: '__typename', children: null };

/**
 * Every path below every root Query field down to the depth limit, as operations of moderate
 * size: what a caller could reach by nesting, for the path-walk security spec.
 */
export class PathWalk {
  constructor(
    private readonly walker: SchemaWalker,
    private readonly options: PathWalkOptions,
  ) {}

  /**
   * The operations that together select every path below `field`, called with `rootArgs` (e.g.
   * `(id: $id)`) under `variableDefinitions` (e.g. `($id: ID!)`): variables keep the text the same
   * for every caller, so later runs take Mercurius' JIT-compiled path.
   */
  operations(field: FieldInfo, rootArgs: string, variableDefinitions = ''): string[] {
    return this.prunable(field, rootArgs, variableDefinitions).map((operation) => operation.text);
  }

  /** The same operations, each able to drop the fields a caller was refused and ask again. */
  prunable(field: FieldInfo, rootArgs: string, variableDefinitions = ''): WalkOperation[] {
    const root = this.field(field, rootArgs, 1, new Map());
    if (!root) return [];
    return this.split(root, this.options.fieldsPerOperation).map((selection) => new WalkOperation(selection, variableDefinitions));
  }

  private field(field: FieldInfo, args: string, depth: number, visits: Map<string, number>): Selection | null {
    const named = this.walker.namedType(field.type);
    const text = `${field.name}${args}`;
    if (named.kind === 'SCALAR' || named.kind === 'ENUM') return { text, children: null };
    if (named.kind !== 'OBJECT') return { text, children: [TYPENAME] };
    if (depth >= this.options.maxDepth) return null;
    const seen = visits.get(named.name) ?? 0;
    if (!PLUMBING.test(named.name) && seen >= this.options.maxVisitsPerType) return null;
    const next = new Map(visits).set(named.name, seen + 1);
    const children = [TYPENAME];
    for (const child of named.fields ?? []) {
      const childArgs = this.nestedArgs(child);
      if (childArgs === null) continue;
      const selection = this.field(child, childArgs, depth + 1, next);
      if (selection) children.push(selection);
    }
    return { text, children };
  }

  /** Arguments of a nested field: `first` bounded, other required ones invented; null when it cannot be called. */
  private nestedArgs(field: FieldInfo): string | null {
    const parts: string[] = [];
    for (const arg of field.args) {
      if (arg.name === 'first' || arg.name === 'perStage') parts.push(`${arg.name}: ${this.options.listSize}`);
      else if (arg.type.kind === 'NON_NULL') parts.push(`${arg.name}: ${this.walker.literal(arg.type, arg.name, { id: '00000000-0000-4000-8000-000000000000' })}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /** Versions of `selection`, each with part of its children, within `budget` fields, covering them all. */
  private split(selection: Selection, budget: number): Selection[] {
    if (size(selection) <= budget || !selection.children) return [selection];
    // Every piece keeps __typename and id, so the spec knows whose object each piece is.
    const keep = selection.children.filter((c) => c === TYPENAME || c.text === 'id');
    const base = 1 + keep.length;
    const groups: Selection[][] = [];
    let current: Selection[] = [];
    let used = base;
    const flush = () => {
      if (current.length) groups.push(current);
      current = [];
      used = base;
    };
    for (const child of selection.children.filter((c) => !keep.includes(c))) {
      const pieces = this.split(child, budget - base);
      for (const piece of pieces) {
        if (used + size(piece) > budget) flush();
        current.push(piece);
        used += size(piece);
      }
    }
    flush();
    return groups.map((group) => ({ text: selection.text, children: [...keep, ...group] }));
  }
}
