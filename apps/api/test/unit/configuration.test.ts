import { ConfigurationError, loadConfig } from '../../src/config/configuration';

describe('loadConfig', () => {
  it('uses the embedded database and safe defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.databaseMode).toBe('embedded');
    expect(config.API_PORT).toBe(3001);
    expect(config.EMBEDDED_DATA_DIR).toMatch(/\.data[\\/]pglite$/);
    expect(config.cookieSecure).toBe(false);
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', DATABASE_POOL_SIZE: '4' });
    expect(config.databaseMode).toBe('postgres');
    expect(config.DATABASE_POOL_SIZE).toBe(4);
  });

  it('marks cookies Secure in production unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it.each([
    ['API_PORT', 'abc'],
    ['API_PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['DATABASE_POOL_SIZE', '0'],
    ['NODE_ENV', 'staging'],
    ['SEED_DEMO', 'maybe'],
  ])('rejects %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigurationError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}=`));
  });
});
