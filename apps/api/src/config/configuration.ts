import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase())
      ? true
      : ['0', 'false', 'no', 'off'].includes(String(value).toLowerCase())
        ? false
        : value;

/**
 * Every setting the API reads from its environment. Validated once at start-up:
 * a bad value stops the process with a message that names the variable.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsInt()
  @Min(1)
  @Max(65535)
  API_PORT = 3001;

  @IsString()
  API_HOST = '127.0.0.1';

  /** Real PostgreSQL when set; the embedded PGlite database when unset. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// connection URL' })
  DATABASE_URL?: string;

  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Folder of the embedded database; "memory://" keeps it in memory (tests). */
  @IsString()
  EMBEDDED_DATA_DIR = defaultEmbeddedDataDir();

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Express "trust proxy" setting: which hops may set X-Forwarded-For (the web server proxies /api). */
  @IsString()
  TRUST_PROXY = 'loopback, uniquelocal';

  /**
   * Who may frame the app's pages and the API docs: the CSP frame-ancestors sources, space-separated
   * ('self' by default; add the origins of LTI platforms that embed the app).
   */
  @Matches(/^(?:'self'|'none'|https:\/\/[a-z0-9.-]+(?::\d+)?)(?: (?:'self'|https:\/\/[a-z0-9.-]+(?::\d+)?))*$/i, {
    message: "FRAME_ANCESTORS must be 'self', 'none' or a space-separated list of 'self' and https:// origins",
  })
  FRAME_ANCESTORS = "'self'";

  /** Marks the session cookie Secure; defaults to on in production. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  COOKIE_SECURE?: boolean;

  @IsInt()
  @Min(1)
  @Max(365)
  SESSION_TTL_DAYS = 30;

  /** How often each background-job worker polls its queue (pg-boss), in milliseconds. */
  @IsInt()
  @Min(500)
  @Max(60000)
  JOB_POLL_INTERVAL_MS = 2000;

  /** Connections of the job queue's own pool (PostgreSQL only; embedded shares the one session). */
  @IsInt()
  @Min(1)
  @Max(20)
  JOB_POOL_SIZE = 2;

  /**
   * Login attempts allowed for one account from one client address in one window (an attacker at
   * one address cannot lock the account for its owner elsewhere).
   */
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT = 10;

  /** The slower ceiling for one account from all addresses together, in LOGIN_ACCOUNT_WINDOW_SECONDS. */
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT_GLOBAL = 100;

  @IsInt()
  @Min(1)
  LOGIN_ACCOUNT_WINDOW_SECONDS = 3600;

  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS = 30;

  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  /**
   * Seed demo accounts and their history when the database has no users yet.
   * Defaults to on for the embedded database and off for a real PostgreSQL.
   */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO?: boolean;
}

export type AppConfig = EnvironmentVariables & {
  databaseMode: 'postgres' | 'embedded';
  cookieSecure: boolean;
  seedDemo: boolean;
};

export class ConfigurationError extends Error {}

const INTEGER_KEYS = new Set([
  'API_PORT',
  'DATABASE_POOL_SIZE',
  'SESSION_TTL_DAYS',
  'JOB_POLL_INTERVAL_MS',
  'JOB_POOL_SIZE',
  'LOGIN_MAX_ATTEMPTS_PER_ACCOUNT',
  'LOGIN_MAX_ATTEMPTS_PER_ADDRESS',
  'LOGIN_MAX_ATTEMPTS_PER_ACCOUNT_GLOBAL',
  'LOGIN_WINDOW_SECONDS',
  'LOGIN_ACCOUNT_WINDOW_SECONDS',
]);

/** Reads and validates the environment. Throws ConfigurationError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new EnvironmentVariables());
  const raw: Record<string, unknown> = {};
  for (const key of [...known, 'DATABASE_URL', 'COOKIE_SECURE', 'SEED_DEMO']) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    raw[key] = INTEGER_KEYS.has(key) && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  }
  const config = plainToInstance(EnvironmentVariables, raw);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const got = e.value === undefined ? 'missing' : JSON.stringify(e.value);
      return `  ${e.property}=${got}: ${Object.values(e.constraints ?? {}).join('; ')}`;
    });
    throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const databaseMode = config.DATABASE_URL ? ('postgres' as const) : ('embedded' as const);
  return Object.assign(config, {
    databaseMode,
    cookieSecure: config.COOKIE_SECURE ?? config.NODE_ENV === 'production',
    seedDemo: config.SEED_DEMO ?? databaseMode === 'embedded',
  });
}

/** `<repo>/.data/pglite`, found by walking up to the workspace root. */
function defaultEmbeddedDataDir(): string {
  let dir = __dirname;
  while (dirname(dir) !== dir) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return join(dir, '.data', 'pglite');
    dir = dirname(dir);
  }
  return resolve('.data', 'pglite');
}
