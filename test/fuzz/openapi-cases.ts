import fc from 'fast-check';
import { deflated, handmadePdf } from '../support/pdf-fixtures';
import { hostileString, hostileValue } from './hostile-values';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
export interface Operation {
  parameters?: Array<{ name: string; in: string; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** One request of the fuzz suite: path parameters, query, and a JSON body (value or raw text) or a multipart upload. */
export interface FuzzCase {
  pathParams: Record<string, { valid: true } | { valid: false; value: string }>;
  query: Record<string, unknown>;
  json?: { value: unknown } | { raw: string };
  multipart?: { fields: Record<string, string>; file: { name: string; data: Buffer } };
}

const MALFORMED_JSON = [
  '{"title":',
  '[1,2',
  '{"a":1}{"b":2}',
  '\u0000',
  'null',
  '"text"',
  '{"__proto__":{"admin":true}}',
];

export class CaseBuilder {
  constructor(private readonly document: OpenApiDocument) {}

  forOperation(path: string, operation: Operation): fc.Arbitrary<FuzzCase> {
    const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const pathParams = fc.record(
      Object.fromEntries(
        pathNames.map((name) => [
          name,
          fc.oneof(
            { weight: 3, arbitrary: fc.constant({ valid: true as const }) },
            {
              weight: 2,
              arbitrary: fc.oneof(hostileString, fc.uuid()).map((value) => ({ valid: false as const, value })),
            },
          ),
        ]),
      ),
    );
    const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
    const query = fc.record(
      Object.fromEntries(queryParams.map((p) => [p.name, this.plausibleOrHostile(p.schema ?? {}, 0)])),
      { requiredKeys: [] },
    );
    const content = operation.requestBody?.content ?? {};
    const json = content['application/json'];
    const multipart = content['multipart/form-data'];
    const body: fc.Arbitrary<Pick<FuzzCase, 'json' | 'multipart'>> = multipart
      ? this.upload(multipart.schema).map((upload) => ({ multipart: upload }))
      : json
        ? fc.oneof(
            { weight: 6, arbitrary: this.objectOf(json.schema, 0).map((value) => ({ json: { value } })) },
            { weight: 1, arbitrary: hostileValue.map((value) => ({ json: { value } })) },
            { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_JSON).map((raw) => ({ json: { raw } })) },
          )
        : fc.constant({});
    return fc
      .record({ pathParams, query, body })
      .map(({ pathParams, query, body }) => ({ pathParams, query, ...body }));
  }

  private resolve(schema: Schema): Schema {
    let current = schema;
    for (let i = 0; current.$ref && i < 10; i++)
      current = this.document.components.schemas[current.$ref.split('/').pop()!] ?? {};
    const parts = current.allOf ?? current.oneOf ?? current.anyOf;
    return parts?.length ? this.resolve(parts[0]) : current;
  }

  /** An object of the schema's properties, each left out, plausible or hostile, with now and then a key it does not know. */
  private objectOf(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const resolved = this.resolve(schema);
    const known = fc.record(
      Object.fromEntries(
        Object.entries(resolved.properties ?? {}).map(([name, property]) => [
          name,
          this.plausibleOrHostile(property, depth + 1),
        ]),
      ),
      { requiredKeys: [] },
    );
    return fc
      .tuple(known, fc.option(fc.tuple(hostileString, hostileValue), { freq: 8 }))
      .map(([value, extra]) => (extra ? { ...value, [extra[0] || 'extra']: extra[1] } : value));
  }

  private plausibleOrHostile(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    return fc.oneof({ weight: 3, arbitrary: this.plausible(schema, depth) }, { weight: 2, arbitrary: hostileValue });
  }

  /** A value of the declared type (its content may still be nonsense to the service). */
  private plausible(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    const resolved = this.resolve(schema);
    if (resolved.enum?.length) return fc.constantFrom(...resolved.enum);
    switch (resolved.type) {
      case 'integer':
        return fc.oneof(fc.integer({ min: -5, max: 60 }), fc.integer());
      case 'number':
        return fc.oneof(fc.double({ min: -1, max: 100, noNaN: true }), fc.double());
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 3
          ? fc.constant([])
          : fc.array(this.plausibleOrHostile(resolved.items ?? {}, depth + 1), { maxLength: 4 });
      case 'object':
        return depth > 3 ? fc.constant({}) : this.objectOf(resolved, depth);
      default:
        if (resolved.format === 'uuid') return fc.uuid();
        if (resolved.format === 'date' || resolved.format === 'date-time')
          return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
        if (resolved.format === 'email') return fc.emailAddress();
        return resolved.properties
          ? this.objectOf(resolved, depth)
          : fc.oneof(fc.string({ maxLength: 30 }), fc.constant('Génie logiciel'));
    }
  }

  private upload(schema: Schema): fc.Arbitrary<NonNullable<FuzzCase['multipart']>> {
    const resolved = this.resolve(schema);
    const fields = Object.entries(resolved.properties ?? {}).filter(([name]) => name !== 'file');
    return fc
      .record({
        fields: fc.record(
          Object.fromEntries(fields.map(([name, property]) => [name, this.plausible(property, 1).map(String)])),
          { requiredKeys: [] },
        ),
        name: fc.constantFrom(
          'cv.pdf',
          '../../../etc/passwd.pdf',
          'cv\u0000.pdf',
          '.pdf',
          `${'é'.repeat(300)}.pdf`,
          'lettre.exe',
        ),
        data: fc.constantFrom(...HOSTILE_FILES),
      })
      .map(({ fields, name, data }) => ({ fields: fields as Record<string, string>, file: { name, data: data() } }));
  }
}

/** Files a hostile student uploads as a PDF: empty, not a PDF, a broken one, a small file that inflates to 64 MB, 5,000 pages. */
const HOSTILE_FILES: Array<() => Buffer> = [
  () => Buffer.alloc(0),
  () => Buffer.from('%PDF-'),
  () => Buffer.from('Ceci n’est pas un PDF.\n'),
  () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('garbage '.repeat(256))]),
  () => inflatingPdf(),
  () => handmadePdf({ pages: 5_000 }),
];

let inflating: Buffer | undefined;
/** A one-page PDF whose content stream inflates to 64 MB of zeros (a decompression bomb), built once. */
const inflatingPdf = (): Buffer =>
  (inflating ??= handmadePdf({ contents: [deflated(Buffer.alloc(64 * 1024 * 1024))] }));
