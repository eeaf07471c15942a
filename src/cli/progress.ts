/** Progress lines on stderr while a document is read, so stdout stays clean for --json. */
import type { ReadStage } from '../services/document.service.ts';
import type { CliIo } from './io.ts';
import { t, type Lang } from './messages.ts';

/** Returns callbacks that print each stage and, at the end, the elapsed time (unless quiet). */
export function progressReporter(io: CliIo, lang: Lang, quiet: boolean) {
  const started = io.now();
  return {
    stage: (stage: ReadStage) => {
      if (!quiet) io.stderr(t(lang, `progress.${stage}`));
    },
    done: () => {
      if (!quiet) io.stderr(t(lang, 'progress.done', { seconds: ((io.now() - started) / 1000).toFixed(1).replace('.', lang === 'vi' ? ',' : '.') }));
    },
  };
}
