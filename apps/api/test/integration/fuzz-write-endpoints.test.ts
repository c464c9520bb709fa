import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { GOOD_PASSWORD, signUp } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Property: whatever a client sends to a write endpoint of the OpenAPI document (bodies generated
 * from the endpoint's schema, salted with hostile values), the answer is never a 5xx, and a
 * refused request changes no row of any table.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface SchemaNode {
  $ref?: string;
  allOf?: SchemaNode[];
  type?: string;
  enum?: Json[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  nullable?: boolean;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
}
interface Operation {
  parameters?: { name: string; in: string; schema?: SchemaNode }[];
  requestBody?: { content: { 'application/json': { schema: SchemaNode } } };
}

const document = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', '..', 'packages', 'api-client', 'openapi.json'), 'utf8'),
) as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, SchemaNode> } };

/**
 * Session-keeping tables change on every request, and mastery_rebuilds when the start-up job marks
 * the migration's rebuild done; everything else must stay as it was after a refusal.
 */
const VOLATILE = new Set(['sessions', 'rate_limits', 'migrations', 'typeorm_metadata', 'mastery_rebuilds']);
/** Logging out would end the fuzzing session itself. */
const SKIP = new Set(['POST /api/auth/logout']);

function nested(depth: number): Json {
  let value: Json = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

const hostile: fc.Arbitrary<Json> = fc.constantFrom<Json>(
  null,
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '😀'.repeat(300),
  'x'.repeat(5000),
  1e308,
  -1e308,
  2 ** 53 + 1,
  -1,
  0.5,
  true,
  'null',
  '2024-13-45',
  '2024-02-30',
  '9999-99-99T99:99:99Z',
  [],
  {},
  nested(40),
  { __proto__: { polluted: true } } as unknown as Json,
);

/** Real values for fields that name things in the database, so that most requests get past the lookups. */
const known: Record<string, Json> = {};

function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref) return resolve(document.components.schemas[node.$ref.split('/').pop()!]!);
  if (node.allOf?.length) return resolve(node.allOf[0]!);
  return node;
}

/** A value the schema allows (mostly), from the limits the document states. */
function valid(node: SchemaNode, depth: number): fc.Arbitrary<Json> {
  const s = resolve(node);
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? -1000, -1e9), max: Math.min(s.maximum ?? 1000, 1e9) });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valid(s.items ?? {}, depth + 1), { maxLength: Math.min(s.maxItems ?? 4, 4) });
    case 'object': {
      const props = s.properties ?? {};
      const field = (k: string, v: SchemaNode) =>
        k in known
          ? fc.oneof({ arbitrary: fc.constant(known[k]!), weight: 4 }, { arbitrary: valid(v, depth + 1), weight: 1 })
          : valid(v, depth + 1);
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, field(k, v)])), {
        requiredKeys: (s.required ?? []).filter((k) => k in props),
      }) as fc.Arbitrary<Json>;
    }
    default:
      if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      if (s.format === 'uuid') return fc.uuid();
      if (s.pattern && s.pattern !== '^\\d{4}-\\d{2}-\\d{2}$') return fc.stringMatching(new RegExp(s.pattern));
      if (s.pattern)
        return fc
          .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
          .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 60), unit: 'binary' });
  }
}

/** Puts a hostile value (or one of the wrong type) at one place of a body: a field, an array element, or the whole. */
function withOneHostile(body: Json, bad: Json, pick: number): Json {
  if (Array.isArray(body) && body.length > 0) {
    const copy = [...body];
    copy[pick % copy.length] = withOneHostile(copy[pick % copy.length]!, bad, Math.floor(pick / copy.length));
    return copy;
  }
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const keys = Object.keys(body);
    if (keys.length === 0) return bad;
    const key = keys[pick % keys.length]!;
    const inner = Math.floor(pick / keys.length);
    return { ...body, [key]: inner % 3 === 0 ? bad : withOneHostile(body[key]!, bad, inner) };
  }
  return bad;
}

/** Mostly valid bodies; many with one hostile value inside; some entirely hostile or of the wrong shape. */
function bodies(schema: SchemaNode): fc.Arbitrary<Json> {
  const good = valid(schema, 0);
  const wrong = fc.oneof(
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: hostile, weight: 4 },
    { arbitrary: fc.jsonValue() as fc.Arbitrary<Json>, weight: 1 },
  );
  return fc.oneof(
    { arbitrary: good, weight: 3 },
    { arbitrary: fc.tuple(good, wrong, fc.nat()).map(([b, bad, pick]) => withOneHostile(b, bad, pick)), weight: 4 },
    { arbitrary: wrong, weight: 1 },
  );
}

describe('fuzz: the write endpoints of the OpenAPI document', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-23T08:00:00Z'));
    const teacher = await signUp(t, { role: 'instructor', email: 'fuzz-teacher@example.edu' });
    const student = await signUp(t, { email: 'fuzz-student@example.edu' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Fuzz cohort' } })).data!;
    await student.client.POST('/api/memberships', { body: { code: cohort.joinCode } });
    const exam = (
      await teacher.client.POST('/api/cohorts/{cohortId}/exams', {
        params: { path: { cohortId: cohort.id } },
        body: {
          title: 'Fuzz exam',
          deckId: 'dermatomes-of-the-leg',
          questionCount: 5,
          timeLimitMinutes: 30,
          opensAt: '2026-11-23T07:00:00Z',
          closesAt: '2026-11-30T07:00:00Z',
          attemptsAllowed: 10,
          resultsVisibility: 'at-submission',
        },
      })
    ).data!;
    const attempt = (await student.client.POST('/api/exams/{examId}/attempts', { params: { path: { examId: exam.id } } })).data!;
    const assignment = (
      await teacher.client.POST('/api/cohorts/{cohortId}/assignments', {
        params: { path: { cohortId: cohort.id } },
        body: { deckId: 'dermatomes-of-the-leg', startDate: '2026-11-23', newPerDay: 10 },
      })
    ).data!;
    Object.assign(ids, {
      cohortId: cohort.id,
      examId: exam.id,
      attemptId: attempt.id,
      assignmentId: assignment.id,
      userId: student.user.id,
      cardId: attempt.questions[0]!.face.id,
      deckId: 'dermatomes-of-the-leg',
      position: '1',
    });
    Object.assign(known, {
      deckId: 'dermatomes-of-the-leg',
      cardId: attempt.questions[0]!.face.id,
      userId: student.user.id,
      code: cohort.joinCode,
      email: 'fuzz-student@example.edu',
      startDate: '2026-11-24',
      opensAt: '2026-11-23T09:00:00Z',
      closesAt: '2026-11-24T09:00:00Z',
      timeZone: 'Europe/Berlin',
    });
  });
  afterAll(() => t.close());

  async function tableChecksums(): Promise<Map<string, string>> {
    const tables: { table_name: string }[] = await t.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const sums = new Map<string, string>();
    for (const { table_name } of tables) {
      if (VOLATILE.has(table_name)) continue;
      const rows: { sum: string | null; n: string }[] = await t.dataSource.query(
        `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS sum, count(*) AS n FROM "${table_name}" x`,
      );
      sums.set(table_name, `${rows[0]!.n}:${rows[0]!.sum}`);
    }
    return sums;
  }

  const endpoints = Object.entries(document.paths).flatMap(([path, item]) =>
    (['post', 'put', 'patch', 'delete'] as const)
      .filter((m) => item[m] && !SKIP.has(`${m.toUpperCase()} ${path}`))
      .map((method) => ({ method, path, op: item[method]! })),
  );

  it('covers every write endpoint of the document', () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(28);
  });

  /** Who normally calls an endpoint: instructors manage cohorts and exams, students do the rest. */
  const ownerOf = (method: string, path: string): 'student' | 'teacher' =>
    (path.startsWith('/api/cohorts') && method !== 'get') ||
    (path === '/api/exams/{examId}' && method !== 'post') ||
    path.endsWith('/accommodations')
      ? 'teacher'
      : 'student';

  const pathValue = (name: string): fc.Arbitrary<string> =>
    fc.oneof(
      { arbitrary: fc.constant(ids[name] ?? 'x'), weight: 6 },
      {
        arbitrary: fc.constantFrom(
          encodeURIComponent('a\u0000b'),
          '%ZZ',
          '%ED%A0%80',
          randomUUID(),
          'x'.repeat(300),
          '-1',
          '99999999999999999999',
          '..',
        ),
        weight: 2,
      },
    );

  it('never answers 5xx, and writes nothing when it refuses', async () => {
    const agents = { student: t.agent(), teacher: t.agent() };
    await agents.student.post('/api/auth/login').send({ email: 'fuzz-student@example.edu', password: GOOD_PASSWORD }).expect(200);
    await agents.teacher.post('/api/auth/login').send({ email: 'fuzz-teacher@example.edu', password: GOOD_PASSWORD }).expect(200);

    const request = fc.constantFrom(...endpoints).chain(({ method, path, op }) => {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const schema = op.requestBody?.content['application/json'].schema;
      return fc.record({
        method: fc.constant(method),
        path: fc.constant(path),
        who: fc.oneof(
          { arbitrary: fc.constant(ownerOf(method, path)), weight: 9 },
          { arbitrary: fc.constantFrom('student' as const, 'teacher' as const), weight: 1 },
        ),
        params: fc.tuple(...names.map(pathValue)).map((values) => Object.fromEntries(names.map((n, i) => [n, values[i]!]))),
        body: schema ? bodies(schema) : fc.constant(undefined),
      });
    });

    const failures: string[] = [];
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, who, params, body }) => {
        const url = path.replace(/\{(\w+)\}/g, (_, n: string) => params[n]!);
        const before = await tableChecksums();
        let call = agents[who][method](url);
        if (body !== undefined) call = call.set('content-type', 'application/json').send(JSON.stringify(body));
        const res = await call;
        if (res.status >= 500)
          failures.push(`${method.toUpperCase()} ${url} ${JSON.stringify(body)?.slice(0, 300)} -> ${res.status}`);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) {
          refused++;
          const after = await tableChecksums();
          const changed = [...after].filter(([table, sum]) => before.get(table) !== sum).map(([table]) => table);
          expect({ request: `${method.toUpperCase()} ${url}`, status: res.status, changed }).toEqual({
            request: `${method.toUpperCase()} ${url}`,
            status: res.status,
            changed: [],
          });
          if (res.status === 400) expect(Array.isArray(res.body.details) && res.body.details.length > 0).toBe(true);
        } else accepted++;
      }),
      { numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? 20261202), interruptAfterTimeLimit: 60_000, endOnFailure: true },
    );
    expect(failures).toEqual([]);
    expect(refused).toBeGreaterThan(50);
    expect(accepted).toBeGreaterThan(10);
  }, 120_000);
});
