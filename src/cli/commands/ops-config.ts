/** The configuration for the operating commands, read from the environment (src/services/config.ts). */
import { ResoluteError } from '../../domain/errors.ts';
import { loadConfig } from '../../services/config.ts';
import type { Config } from '../../services/config.ts';
import type { CliIo } from '../io.ts';
import { t, usageDetail, type Lang } from '../messages.ts';

/** The configuration, or null after printing which variable is wrong. */
export function configFrom(env: Record<string, string | undefined>, io: CliIo, lang: Lang): Config | null {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ResoluteError)) throw error;
    io.stderr(`${t(lang, 'error.prefix')}: ${t(lang, 'error.config', { detail: usageDetail(lang, error) })}`);
    return null;
  }
}
