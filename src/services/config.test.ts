import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ResoluteError } from '../domain/errors.ts';
import { CONFIG_VARIABLES, loadConfig } from './config.ts';

function failure(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ResoluteError);
    assert.equal(error.code, 'invalid_input');
    return String(error.details.detail);
  }
  assert.fail('the configuration was accepted');
}

describe('loadConfig', () => {
  test('defaults: loopback port 8080, SQLite in ./data, demo on, secure cookies decided per request', () => {
    assert.deepEqual(loadConfig({}), {
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: './data',
      sqliteFile: './data/resolute.db',
      sessionTtlHours: 12,
      cookieSecure: 'auto',
      logLevel: 'info',
      demo: true,
      loginMaxFailures: 5,
      loginLockoutMinutes: 15,
      loginRatePerMinute: 20,
      commentRatePerMinute: 10,
      commentRatePerAddressPerHour: 30,
      bodyLimitBytes: 1024 * 1024,
      uploadLimitBytes: 25 * 1024 * 1024,
      trustProxy: false,
      taskScheduler: true,
      taskReminderDays: 7,
      taskCheckHour: 7,
      smtpUrl: undefined,
      smtpFrom: 'resolute <no-reply@localhost>',
    });
  });

  test('task reminders: the check\'s days and hour, and SMTP only as smtp:// or smtps://', () => {
    const config = loadConfig({ TASK_SCHEDULER: 'off', TASK_REMINDER_DAYS: '3', TASK_CHECK_HOUR: '6', SMTP_URL: 'smtp://u:p@mail.local:2525', SMTP_FROM: 'VP UBND <vp@laichau.example>' });
    assert.deepEqual([config.taskScheduler, config.taskReminderDays, config.taskCheckHour, config.smtpUrl, config.smtpFrom], [false, 3, 6, 'smtp://u:p@mail.local:2525', 'VP UBND <vp@laichau.example>']);
    assert.equal(failure({ SMTP_URL: 'http://mail.local' }), 'SMTP_URL: must start with smtp:// or smtps://');
    assert.equal(failure({ TASK_CHECK_HOUR: '24' }), 'TASK_CHECK_HOUR: must be an integer from 0 to 23');
  });

  test('reads every variable; empty values count as unset; other variables are ignored', () => {
    const config = loadConfig({
      PORT: '0', HOST: '0.0.0.0', DATABASE_URL: 'postgres://u:p@db:5432/resolute', DATA_DIR: '/var/lib/resolute/',
      SESSION_TTL_HOURS: '8', COOKIE_SECURE: 'true', LOG_LEVEL: 'warn', RESOLUTE_DEMO: 'off', LOGIN_MAX_FAILURES: '3',
      LOGIN_LOCKOUT_MINUTES: '30', LOGIN_RATE_PER_MINUTE: '7', BODY_LIMIT_KB: '64', UPLOAD_LIMIT_MB: '2', TRUST_PROXY: 'yes',
      LOG_FORMAT: 'whatever', SHELL: '/bin/sh',
    });
    assert.equal(config.port, 0);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.databaseUrl, 'postgres://u:p@db:5432/resolute');
    assert.equal(config.sqliteFile, '/var/lib/resolute/resolute.db');
    assert.equal(config.cookieSecure, 'always');
    assert.equal(config.demo, false);
    assert.equal(config.bodyLimitBytes, 65536);
    assert.equal(config.uploadLimitBytes, 2 * 1024 * 1024);
    assert.equal(config.trustProxy, true);
    assert.equal(loadConfig({ PORT: '', RESOLUTE_DEMO: ' ' }).port, 8080);
    assert.equal(loadConfig({ COOKIE_SECURE: 'false' }).cookieSecure, 'never');
  });

  test('a bad value names its variable and what is allowed', () => {
    assert.equal(failure({ PORT: 'eighty' }), 'PORT: must be an integer from 0 to 65535');
    assert.equal(failure({ PORT: '70000' }), 'PORT: must be an integer from 0 to 65535');
    assert.equal(failure({ COOKIE_SECURE: 'maybe' }), 'COOKIE_SECURE: must be auto, true or false');
    assert.equal(failure({ RESOLUTE_DEMO: 'perhaps' }), 'RESOLUTE_DEMO: must be true or false');
    assert.equal(failure({ DATABASE_URL: 'mysql://x' }), 'DATABASE_URL: must start with postgres://, postgresql://, sqlite: or file:');
    assert.equal(
      failure({ LOG_LEVEL: 'loud', SESSION_TTL_HOURS: '0' }),
      'SESSION_TTL_HOURS: must be an integer from 1 to 2160; LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
    );
  });

  test('the documented variables are exactly the schema\'s', () => {
    assert.deepEqual([...CONFIG_VARIABLES].sort(), [
      'BODY_LIMIT_KB', 'COMMENT_RATE_PER_ADDRESS_PER_HOUR', 'COMMENT_RATE_PER_MINUTE', 'COOKIE_SECURE', 'DATABASE_URL', 'DATA_DIR', 'HOST', 'LOGIN_LOCKOUT_MINUTES', 'LOGIN_MAX_FAILURES',
      'LOGIN_RATE_PER_MINUTE', 'LOG_LEVEL', 'PORT', 'RESOLUTE_DEMO', 'SESSION_TTL_HOURS', 'SMTP_FROM', 'SMTP_URL', 'TASK_CHECK_HOUR',
      'TASK_REMINDER_DAYS', 'TASK_SCHEDULER', 'TRUST_PROXY', 'UPLOAD_LIMIT_MB',
    ]);
  });
});
