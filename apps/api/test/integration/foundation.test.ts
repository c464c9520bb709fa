import { loadConfig } from '../../src/config/configuration';
import { startTestApp, TestApp } from '../support/test-app';

describe('foundation over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports health after a real database query, naming the database mode', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: t.mode,
      databaseStatus: 'up',
      roots: expect.arrayContaining(['L1', 'S2']),
    });
  });

  it('answers an unknown route with a JSON 404', async () => {
    const res = await t.http().get('/api/no-such-thing').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/no-such-thing' });
  });

  it('answers a malformed JSON body with a 400 that says so', async () => {
    const res = await t.http().post('/api/health').set('content-type', 'application/json').send('{"oops": ').expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(res.body.error).toBe('Bad Request');
    expect(res.body.message).toMatch(/^Malformed JSON in request body/);
  });

  it('serves the OpenAPI document and its docs UI', async () => {
    const doc = await t.http().get('/api/openapi.json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(doc.body.paths['/api/health'].get.operationId).toBe('Health_health');
    const ui = await t.http().get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('has applied the migrations (never synchronize)', async () => {
    const rows: { name: string }[] = await t.dataSource.query('SELECT name FROM migrations');
    expect(t.dataSource.options.synchronize).toBe(false);
    expect(rows.length).toBe(t.dataSource.migrations.length);
  });
});

describe('cross-site requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a state-changing request from another site', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('origin', 'https://evil.example')
      .send({ email: 'a@example.edu', password: 'x' })
      .expect(403);
    expect(res.body.message).toMatch(/Cross-site request refused/);
    await t
      .http()
      .post('/api/auth/login')
      .set('sec-fetch-site', 'cross-site')
      .send({ email: 'a@example.edu', password: 'x' })
      .expect(403);
  });

  it('refuses writes from an opaque origin (Origin: null) like any other foreign origin', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('origin', 'null')
      .send({ email: 'a@example.edu', password: 'x' })
      .expect(403);
    expect(res.body.message).toMatch(/Cross-site request refused/);
    await t.http().get('/api/health').set('origin', 'null').expect(200);
  });

  it('sends security headers: nothing runs from an API answer, and only the app may frame it', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    const docs = await t.http().get('/api/docs/').expect(200);
    expect(docs.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const refused = await t.http().get('/api/nothing-here').expect(404);
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
  });

  it('lets the same origin (through the web proxy) and plain reads through', async () => {
    await t
      .http()
      .post('/api/auth/login')
      .set('origin', 'http://localhost:3000')
      .set('x-forwarded-host', 'localhost:3000')
      .send({ email: 'a@example.edu', password: 'wrong-password-1' })
      .expect(401);
    await t.http().get('/api/health').set('origin', 'https://evil.example').expect(200);
  });
});

describe('frame-ancestors for LTI platforms', () => {
  let lti: TestApp;
  beforeAll(async () => {
    lti = await startTestApp({ FRAME_ANCESTORS: "'self' https://lms.example.edu" });
  });
  afterAll(() => lti.close());

  it('can be widened by configuration, and a malformed list stops the start-up', async () => {
    const res = await lti.http().get('/api/health').expect(200);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'self' https:\/\/lms\.example\.edu/);
    expect(() => loadConfig({ FRAME_ANCESTORS: "* 'unsafe-inline'" })).toThrow(/FRAME_ANCESTORS/);
  });
});
