/**
 * The ONE configuration schema: every setting the server and the CLI read from the
 * environment, validated by zod. A bad value fails at start with a message that names the
 * variable ("PORT: must be an integer from 0 to 65535"), never later at first use.
 */
import { z } from 'zod';
import { ResoluteError } from '../domain/errors.ts';

/** "true"/"false" and the usual spellings; anything else is an error naming the variable. */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'], { error: 'must be true or false' }))
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

function integer(min: number, max: number, fallback: number): z.ZodType<number, string | undefined> {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, `must be an integer from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be an integer from ${min} to ${max}`).max(max, `must be an integer from ${min} to ${max}`))
    .optional()
    .transform((value) => value ?? fallback);
}

/** The environment variables, with their defaults. Unknown variables are ignored (it is the process environment). */
export const envSchema = z.object({
  PORT: integer(0, 65535, 8080),
  // Loopback by default: a fresh install is not reachable from the network until asked (HOST=0.0.0.0).
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(postgres(ql)?:\/\/|sqlite:|file:)/i, 'must start with postgres://, postgresql://, sqlite: or file:')
    .optional(),
  DATA_DIR: z.string().trim().min(1, 'must not be empty').default('./data'),
  SESSION_TTL_HOURS: integer(1, 24 * 90, 12),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false'], { error: 'must be auto, true or false' }).default('auto'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info'),
  RESOLUTE_DEMO: flag.default(true),
  LOGIN_MAX_FAILURES: integer(1, 1000, 5),
  LOGIN_LOCKOUT_MINUTES: integer(1, 24 * 60, 15),
  LOGIN_RATE_PER_MINUTE: integer(1, 10_000, 20),
  COMMENT_RATE_PER_MINUTE: integer(1, 1_000_000, 10),
  COMMENT_RATE_PER_ADDRESS_PER_HOUR: integer(1, 1_000_000, 30),
  BODY_LIMIT_KB: integer(1, 100 * 1024, 1024),
  UPLOAD_LIMIT_MB: integer(1, 1024, 25),
  TRUST_PROXY: flag.default(false),
  // Task reminders (task-scheduler.ts): the daily due check, and e-mail when an SMTP server is named.
  TASK_SCHEDULER: flag.default(true),
  TASK_REMINDER_DAYS: integer(0, 90, 7),
  TASK_CHECK_HOUR: integer(0, 23, 7),
  SMTP_URL: z.string().trim().regex(/^smtps?:\/\/[^\s]+$/i, 'must start with smtp:// or smtps://').optional(),
  SMTP_FROM: z.string().trim().min(3, 'must be an address such as resolute <no-reply@example.org>').default('resolute <no-reply@localhost>'),
});

/** The validated configuration, in the names the code uses. */
export interface Config {
  port: number;
  host: string;
  /** postgres://… for PostgreSQL; undefined for the SQLite file in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** `${dataDir}/resolute.db`. */
  sqliteFile: string;
  sessionTtlHours: number;
  /** 'auto': Secure when the request came over HTTPS (directly or, with TRUST_PROXY, through a proxy). */
  cookieSecure: 'auto' | 'always' | 'never';
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  demo: boolean;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
  loginRatePerMinute: number;
  /** Public comment submissions (and code requests, reports) a minute from one client address. */
  commentRatePerMinute: number;
  /** Public comments one e-mail address may send to a consultation in an hour. */
  commentRatePerAddressPerHour: number;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  trustProxy: boolean;
  /** Run the daily due check of tasks in the server. */
  taskScheduler: boolean;
  /** Tasks due within this many days get a "due soon" reminder. */
  taskReminderDays: number;
  /** The hour (Vietnam's time, 0-23) the daily check runs; it also runs at start. */
  taskCheckHour: number;
  /** smtp(s)://user:pass@host:port: reminders also go by e-mail; undefined: in-app only. */
  smtpUrl: string | undefined;
  smtpFrom: string;
}

/** The variable names, for documentation and tests. */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape) as readonly (keyof typeof envSchema.shape)[];

/** Describes every problem as "VARIABLE: message" so the person starting the server knows what to fix. */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`).join('; ');
}

/** Reads the configuration from environment variables; throws invalid_input naming each bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  // An empty variable ("PORT=") means "not set", as shells and .env files commonly write it.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const detail = describeIssues(parsed.error);
    throw new ResoluteError('invalid_input', `Invalid configuration: ${detail}`, { detail });
  }
  const e = parsed.data;
  const dataDir = e.DATA_DIR.replace(/\/+$/, '') || '/';
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    sqliteFile: `${dataDir}/resolute.db`,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true' ? 'always' : 'never',
    logLevel: e.LOG_LEVEL,
    demo: e.RESOLUTE_DEMO,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockoutMinutes: e.LOGIN_LOCKOUT_MINUTES,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    commentRatePerMinute: e.COMMENT_RATE_PER_MINUTE,
    commentRatePerAddressPerHour: e.COMMENT_RATE_PER_ADDRESS_PER_HOUR,
    bodyLimitBytes: e.BODY_LIMIT_KB * 1024,
    uploadLimitBytes: e.UPLOAD_LIMIT_MB * 1024 * 1024,
    trustProxy: e.TRUST_PROXY,
    taskScheduler: e.TASK_SCHEDULER,
    taskReminderDays: e.TASK_REMINDER_DAYS,
    taskCheckHour: e.TASK_CHECK_HOUR,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
  };
}
