import type { Command } from 'commander';
import { DEFAULT_EDITION, shippedEditions } from '../../criteria/load-catalogue.js';
import { CLI_TEXT } from '../cli-text.js';
import type { CliIo } from '../cli-io.js';
import { helpAfter } from '../help-text.js';
import { chosenCatalogue, CRITERIA_OPTION } from './catalogue-option.js';

/** gecc schema: prints the JSON Schema of application.yaml for an edition (for editors). */
export function registerSchema(program: Command, io: CliIo): void {
  program
    .command('schema')
    .description(`${CLI_TEXT.th.schemaDescription}\n${CLI_TEXT.en.schemaDescription}`)
    .option('-e, --edition <name>', `criteria edition (${shippedEditions().join(', ')})`, DEFAULT_EDITION)
    .option(CRITERIA_OPTION.flags, CRITERIA_OPTION.description)
    .addHelpText('after', helpAfter('schema'))
    .action(async (flags: { edition: string; criteria?: string }) => {
      const { answersJsonSchemaText } = await import('../../schema/answers-json-schema.js');
      io.stdout(answersJsonSchemaText(await chosenCatalogue(flags, 'th')));
    });
}
