import type { Command } from 'commander';
import { DEFAULT_EDITION, loadEdition, shippedEditions } from '../../criteria/load-catalogue.js';
import { CLI_TEXT } from '../cli-text.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { helpAfter } from '../help-text.js';

/** gecc schema: prints the JSON Schema of application.yaml for an edition (for editors). */
export function registerSchema(program: Command, io: CliIo): void {
  program
    .command('schema')
    .description(`${CLI_TEXT.th.schemaDescription}\n${CLI_TEXT.en.schemaDescription}`)
    .option('-e, --edition <name>', `criteria edition (${shippedEditions().join(', ')})`, DEFAULT_EDITION)
    .addHelpText('after', helpAfter('schema'))
    .action(async (flags: { edition: string }) => {
      const { answersJsonSchemaText } = await import('../../schema/answers-json-schema.js');
      const catalogue = loadEdition(flags.edition);
      if (!catalogue) throw new UsageError(CLI_TEXT.th.unknownEdition(flags.edition, shippedEditions().join(', ')));
      io.stdout(answersJsonSchemaText(catalogue));
    });
}
