// Renders the operation reference (docs/reference/) from the operation table and its zod
// schemas: one page per operation, and an index. Pure: `scripts/generate-reference.ts` writes the
// pages, a test compares them with the committed ones.
import type { Operation } from '../../packages/core/src/workflow/operation';
import { operations } from '../../packages/core/src/workflow/operations';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
};

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const FORMATS: Record<string, string> = { date: 'date YYYY-MM-DD', 'date-time': 'instant ISO 8601 (UTC)', email: 'email address', uri: 'URL' };

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map(typeOf).join(' \\| ');
  if (s.type === 'array') return `array of ${s.items ? typeOf(s.items) : 'values'}`;
  if (s.type === 'object') return s.properties ? `object { ${Object.keys(s.properties).join(', ')} }` : 'object';
  if (s.type === 'string' && s.format !== undefined) return FORMATS[s.format] ?? `string (${s.format})`;
  if (Array.isArray(s.type)) return s.type.join(' \\| ');
  return s.type ?? 'any';
}

function constraintsOf(s: JsonSchema): string {
  const out: string[] = [];
  if (s.minLength !== undefined) out.push(`≥ ${s.minLength} chars`);
  if (s.maxLength !== undefined) out.push(`≤ ${s.maxLength} chars`);
  if (s.minimum !== undefined && s.minimum > -MAX_SAFE) out.push(`≥ ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) out.push(`> ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined && s.maximum < MAX_SAFE) out.push(`≤ ${s.maximum}`);
  if (s.minItems !== undefined) out.push(`≥ ${s.minItems} items`);
  if (s.maxItems !== undefined) out.push(`≤ ${s.maxItems} items`);
  if (s.pattern !== undefined && s.format === undefined) out.push(`pattern \`${s.pattern}\``);
  if (s.default !== undefined) out.push(`default \`${JSON.stringify(s.default)}\``);
  return out.join(', ');
}

/** Stands for a file's bytes in an example (JSON has no Uint8Array): printed as `new Uint8Array(…)`. */
const BYTES = '__bytes__';

function sampleOf(name: string, s: JsonSchema, entity: string | null = null): unknown {
  if (name === 'bytes') return BYTES;
  if (s.enum) return s.enum[0];
  if (s.const !== undefined) return s.const;
  const union = s.anyOf ?? s.oneOf;
  if (union?.[0]) return sampleOf(name, union[0]);
  if (s.type === 'array') return s.minItems !== undefined && s.minItems > 0 && s.items ? [sampleOf(name, s.items)] : [];
  if (s.type === 'object') {
    // A nested object shows its required fields, so the example type-checks.
    const required = new Set(s.required ?? []);
    return Object.fromEntries(Object.entries(s.properties ?? {}).filter(([field]) => required.has(field)).map(([field, f]) => [field, sampleOf(field, f)]));
  }
  if (s.type === 'boolean') return true;
  if (s.type === 'integer' || s.type === 'number') return s.minimum !== undefined && s.minimum > -MAX_SAFE ? Math.max(s.minimum, 1) : 1;
  if (s.format === 'date') return '2026-03-01';
  if (s.format === 'date-time') return '2026-03-01T14:00:00Z';
  if (s.format === 'email') return 'someone@example.org';
  if (name === 'id' || name.endsWith('Id')) return `${name === 'id' ? (entity ?? 'record') : name.slice(0, -2)}_0001`;
  return '…';
}

/** The errors an operation of this shape can return (each has a stable code and a message in French and English). */
function errorsOf(op: Operation): string[] {
  const errors = ['`unauthenticated` (no valid actor)', '`validation_failed` (the input, issue by issue)', '`forbidden` (the actor may not)'];
  if (op.target === 'record') errors.push('`not_found` (no such record, or one the actor may not see)');
  if (op.kind === 'command' && op.target === 'record') errors.push('`conflict` (`expectedVersion` is not the stored version)', '`invalid_transition` (the record’s state does not allow it)');
  if (op.kind === 'command') errors.push('`rule_violation` (a rule of the framework refuses it)');
  return errors;
}

const RESULTS: Record<Operation['target'], (entity: string | null) => string> = {
  record: (e) => `\`{ ${e}, version, … }\`: the record and its version (pass it as \`expectedVersion\` next)`,
  new: (e) => `\`{ ${e}, version, … }\`: the new record and its version`,
  many: () => 'a report of what each item became',
  page: (e) => `\`{ items, nextCursor }\`: items \`{ ${e}, version }\` (or summaries with \`id\` and \`version\`), \`nextCursor\` \`null\` on the last page`,
  view: () => 'the view (see the TSDoc of its result type)',
};

function page(name: string, op: Operation): string {
  const schema = (op.input as unknown as { toJSONSchema: (o: object) => JsonSchema }).toJSONSchema({ io: 'input', unrepresentable: 'any' });
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(properties).map(([field, s]) => `| \`${field}\` | ${required.has(field) ? 'yes' : 'no'} | ${typeOf(s)} | ${constraintsOf(s)} |`);
  const example = Object.fromEntries(Object.entries(properties).filter(([field]) => required.has(field)).map(([field, s]) => [field, sampleOf(field, s, op.entity)]));
  const route = op.kind === 'command' ? `POST {basePath}/commands/${name}` : `GET or POST {basePath}/queries/${name}`;
  return [
    `# \`${name}\``,
    '',
    `A ${op.kind} on ${op.target === 'record' ? `one existing \`${op.entity}\` (named by \`id\`)` : op.target === 'new' ? `a new \`${op.entity}\`` : op.target === 'many' ? `many \`${op.entity}\` records` : op.target === 'page' ? `a page of \`${op.entity}\` records` : 'a view'}. HTTP: \`${route}\`.`,
    '',
    '## Input',
    '',
    rows.length === 0 ? 'None (`{}`).' : ['| field | required | type | constraints |', '|---|---|---|---|', ...rows].join('\n'),
    '',
    '## Result',
    '',
    RESULTS[op.target](op.entity),
    '',
    '## Errors',
    '',
    ...errorsOf(op).map((e) => `- ${e}`),
    '',
    '## Example',
    '',
    '```ts fragment',
    `await client.${name}(${JSON.stringify(example, null, 2).replace(/"([A-Za-z_][A-Za-z0-9_]*)":/g, '$1:').replace(/"/g, "'").replace(`'${BYTES}'`, 'new Uint8Array([0x25, 0x50, 0x44, 0x46])')});`,
    '```',
    '',
  ].join('\n');
}

/** Every page of the reference, by file name (relative to docs/reference/). */
export function renderReference(): Map<string, string> {
  const table = operations as unknown as Readonly<Record<string, Operation>>;
  const names = Object.keys(table).sort();
  const files = new Map<string, string>();
  const header = '<!-- Generated by scripts/generate-reference.ts from the operation table and its zod schemas: do not edit. -->\n\n';
  for (const name of names) files.set(`${name}.md`, header + page(name, table[name]!));
  const index = [
    '# Operation reference',
    '',
    'Every operation of the workflow service, generated from the operation table and its zod schemas. The naming rule is in [../api-conventions.md](../api-conventions.md); who may call each operation and in which states are described in [../workflow.md](../workflow.md).',
    '',
    '| operation | kind | acts on |',
    '|---|---|---|',
    ...names.map((n) => `| [\`${n}\`](./${n}.md) | ${table[n]!.kind} | ${table[n]!.target}${table[n]!.entity === null ? '' : ` \`${table[n]!.entity}\``} |`),
    '',
  ].join('\n');
  files.set('README.md', header + index);
  return files;
}
