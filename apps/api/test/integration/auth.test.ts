import { count, GOOD_PASSWORD, signUp } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('registers a student with an httpOnly, SameSite=Lax session cookie and the built-in deck', async () => {
    const res = await t
      .http()
      .post('/api/auth/register')
      .send({ email: 'Sam.Okafor@Example.edu', password: GOOD_PASSWORD, displayName: 'Sam Okafor', timeZone: 'Europe/Berlin' })
      .expect(201);
    expect(res.body).toMatchObject({
      email: 'Sam.Okafor@Example.edu',
      displayName: 'Sam Okafor',
      role: 'student',
      instructorVerified: false,
    });
    const cookie = res.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/^dt_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // NODE_ENV=test; production sets it
    const me = await t.http().get('/api/auth/me').set('cookie', cookie.split(';')[0]!).expect(200);
    expect(me.body.id).toBe(res.body.id);
    const decks = await t.http().get('/api/study/decks').set('cookie', cookie.split(';')[0]!).expect(200);
    expect(decks.body.map((d: { deck: { id: string } }) => d.deck.id)).toEqual(['dermatomes-of-the-leg']);
    const settings = await t.http().get('/api/study/settings').set('cookie', cookie.split(';')[0]!).expect(200);
    expect(settings.body.timeZone).toBe('Europe/Berlin');
    const stored: { password_hash: string }[] = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [
      res.body.id,
    ]);
    expect(stored[0]!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('flags a self-declared instructor account as unverified', async () => {
    const { user } = await signUp(t, { role: 'instructor' });
    expect(user).toMatchObject({ role: 'instructor', instructorVerified: false });
  });

  it('refuses a second account for the same e-mail in any case, and writes nothing', async () => {
    await signUp(t, { email: 'dup@example.edu' });
    const before = await count(t, 'SELECT count(*) AS n FROM users');
    const res = await t
      .http()
      .post('/api/auth/register')
      .send({ email: 'DUP@Example.EDU', password: GOOD_PASSWORD, displayName: 'X' })
      .expect(409);
    expect(res.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'An account with this e-mail address already exists',
    });
    expect(await count(t, 'SELECT count(*) AS n FROM users')).toBe(before);
  });

  it.each([
    [{ email: 'weak@example.edu', password: 'short1', displayName: 'W' }, /at least 10 characters.*Passwords must be 10 to 128/],
    [{ email: 'weak@example.edu', password: 'onlyletterslong', displayName: 'W' }, /at least one digit/],
    [{ email: 'weakling@example.edu', password: 'weakling12345', displayName: 'W' }, /must not contain your e-mail/],
    [{ email: 'not-an-email', password: GOOD_PASSWORD, displayName: 'W' }, /email must be a valid e-mail address/],
    [{ email: 'w@example.edu', password: GOOD_PASSWORD, displayName: '' }, /displayName must be 1 to 80/],
    [{ email: 'w@example.edu', password: GOOD_PASSWORD, displayName: 'W', role: 'admin' }, /role must be student or instructor/],
    [
      { email: 'w@example.edu', password: GOOD_PASSWORD, displayName: 'W', timeZone: 'Moon/Base' },
      /timeZone must be an IANA time zone/,
    ],
    [{ email: 'w@example.edu', password: GOOD_PASSWORD, displayName: 'W', isAdmin: true }, /property isAdmin should not exist/],
  ])('rejects a bad sign-up %j with a 400 that explains, writing nothing', async (body, message) => {
    const before = await count(t, 'SELECT count(*) AS n FROM users');
    const res = await t.http().post('/api/auth/register').send(body).expect(400);
    expect(res.body.message).toMatch(message);
    expect(await count(t, 'SELECT count(*) AS n FROM users')).toBe(before);
  });

  it('reports every problem of a sign-up at once, each with its field', async () => {
    const res = await t.http().post('/api/auth/register').send({ email: 'nope', password: 'short', displayName: '' }).expect(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'Must be a valid e-mail address' },
        {
          field: 'password',
          message: expect.stringMatching(/^Must be at least 10 characters long; password must contain at least one digit/),
        },
        { field: 'displayName', message: 'Must be 1 to 80 characters long' },
      ]),
    );
  });

  it('logs in regardless of e-mail case, and logout ends the session', async () => {
    await signUp(t, { email: 'login@example.edu' });
    const agent = t.agent();
    await agent.post('/api/auth/login').send({ email: 'LOGIN@example.edu', password: GOOD_PASSWORD }).expect(200);
    await agent.get('/api/auth/me').expect(200);
    const sessions = await count(
      t,
      `SELECT count(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'login@example.edu'`,
    );
    expect(sessions).toBe(2);
    const out = await agent.post('/api/auth/logout').expect(204);
    expect(out.headers['set-cookie']![0]).toMatch(/dt_session=;/);
    await agent.get('/api/auth/me').expect(401);
    expect(
      await count(t, `SELECT count(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'login@example.edu'`),
    ).toBe(1);
  });

  it('does not say whether the account or the password was wrong', async () => {
    await signUp(t, { email: 'exists@example.edu' });
    const wrongPassword = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'exists@example.edu', password: 'wrong-password-1' })
      .expect(401);
    const noAccount = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@example.edu', password: 'wrong-password-1' })
      .expect(401);
    expect(wrongPassword.body.message).toBe(noAccount.body.message);
  });

  it.each([
    ['get', '/api/auth/me'],
    ['get', '/api/study/queue'],
    ['get', '/api/study/settings'],
    ['put', '/api/study/settings'],
    ['post', '/api/study/reviews'],
    ['post', '/api/study/undo'],
    ['get', '/api/progress/mastery'],
    ['get', '/api/progress/summary'],
    ['get', '/api/decks'],
  ] as const)('answers %s %s without a session with 401', async (method, path) => {
    const res = await t.http()[method](path).expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('ignores a forged or expired session cookie', async () => {
    await t.http().get('/api/auth/me').set('cookie', 'dt_session=forged-token-value').expect(401);
    const { client } = await signUp(t);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute'`);
    const { response } = await client.GET('/api/auth/me');
    expect(response.status).toBe(401);
  });
});

describe('login rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3',
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '8',
      LOGIN_WINDOW_SECONDS: '600',
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT_GLOBAL: '6',
      LOGIN_ACCOUNT_WINDOW_SECONDS: '3600',
    });
  });
  afterAll(() => t.close());

  it('rate-limits login per account from one address with 429 and Retry-After, without locking the owner out elsewhere', async () => {
    await t
      .http()
      .post('/api/auth/register')
      .set('x-forwarded-for', '10.1.1.1')
      .send({ email: 'target@example.edu', password: GOOD_PASSWORD, displayName: 'T' })
      .expect(201);
    const attacker = '10.0.0.66';
    for (let i = 0; i < 3; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .set('x-forwarded-for', attacker)
        .send({ email: 'target@example.edu', password: 'guess-000000' + i })
        .expect(401);
    }
    const blocked = await t
      .http()
      .post('/api/auth/login')
      .set('x-forwarded-for', attacker)
      .send({ email: 'Target@example.edu', password: GOOD_PASSWORD })
      .expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(600);
    expect(blocked.body.message).toMatch(/Too many attempts for this account from this address/);
    // The owner, at home, still gets in.
    await t
      .http()
      .post('/api/auth/login')
      .set('x-forwarded-for', '10.1.1.1')
      .send({ email: 'target@example.edu', password: GOOD_PASSWORD })
      .expect(200);
  });

  it('stops a guess spread over many addresses at a slower ceiling per account', async () => {
    await t
      .http()
      .post('/api/auth/register')
      .set('x-forwarded-for', '10.2.2.2')
      .send({ email: 'spread@example.edu', password: GOOD_PASSWORD, displayName: 'S' })
      .expect(201);
    // The ceiling is 6 logins per account: 6 guesses from 6 addresses use it up.
    for (let i = 0; i < 6; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .set('x-forwarded-for', `10.3.0.${i + 1}`)
        .send({ email: 'spread@example.edu', password: 'guess-000000' + i })
        .expect(401);
    }
    const blocked = await t
      .http()
      .post('/api/auth/login')
      .set('x-forwarded-for', '10.3.0.99')
      .send({ email: 'spread@example.edu', password: 'guess-0000009' })
      .expect(429);
    expect(blocked.body.message).toMatch(/Too many attempts for this account\./);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(600);
  });

  it('rate-limits login per client address', async () => {
    const address = '10.9.9.9';
    for (let i = 0; i < 8; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .set('x-forwarded-for', address)
        .send({ email: `someone${i}@example.edu`, password: 'guess-0000001' })
        .expect(401);
    }
    const blocked = await t
      .http()
      .post('/api/auth/login')
      .set('x-forwarded-for', address)
      .send({ email: 'other@example.edu', password: 'guess-0000001' })
      .expect(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect(blocked.body.message).toMatch(/from this address/);
  });

  it('keeps its counters in PostgreSQL, shared by every API instance', async () => {
    const rows: { key: string; hits: number }[] = await t.dataSource.query(
      `SELECT key, hits FROM rate_limits WHERE key LIKE 'account:%'`,
    );
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('X-Forwarded-For', () => {
  let direct: TestApp;
  beforeAll(async () => {
    direct = await startTestApp({ TRUST_PROXY: '192.0.2.10', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '4' });
  });
  afterAll(() => direct.close());

  it('is believed only from the configured proxy', async () => {
    // The test client (127.0.0.1) is not the proxy: a forged header per request changes nothing.
    for (let i = 0; i < 4; i++) {
      await direct
        .http()
        .post('/api/auth/login')
        .set('x-forwarded-for', `203.0.113.${i + 1}`)
        .send({ email: `nobody${i}@example.edu`, password: 'guess-0000001' })
        .expect(401);
    }
    const blocked = await direct
      .http()
      .post('/api/auth/login')
      .set('x-forwarded-for', '203.0.113.77')
      .send({ email: 'nobody9@example.edu', password: 'guess-0000001' })
      .expect(429);
    expect(blocked.body.message).toMatch(/from this address/);
    const keys: { key: string }[] = await direct.dataSource.query(`SELECT key FROM rate_limits WHERE key LIKE 'address:%'`);
    expect(keys).toHaveLength(1);
  });
});
