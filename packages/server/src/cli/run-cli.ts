import type { Command } from 'commander';
import { AppError } from '../shared/app-error.js';
import { messageFor } from '../shared/error-messages.js';

/** Parses and runs; a known error prints its Chinese message and details and exits 1, without a stack. */
export function runCli(program: Command): void {
  program.parseAsync(process.argv).catch((error: unknown) => {
    if (error instanceof AppError) {
      console.error(`错误 ${error.code}: ${messageFor(error.code, 'zh')}${error.details ? ` ${JSON.stringify(error.details)}` : ''}`);
    } else {
      console.error(error instanceof Error ? error.message : String(error));
    }
    process.exit(1);
  });
}
