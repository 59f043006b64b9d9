import { Option, type Command } from 'commander';
import { closest } from '../../answers/suggest.js';
import { DEFAULT_EDITION, loadEdition, shippedEditions } from '../../criteria/load-catalogue.js';
import type { Lang } from '../../findings/message-spec.js';
import { CLI_TEXT } from '../cli-text.js';
import { UsageError, type CliIo } from '../cli-io.js';
import type { CommandState } from './check.js';
import { helpAfter } from '../help-text.js';

interface CriteriaFlags {
  edition: string;
  lang: Lang;
  format: 'human' | 'json';
}

/** gecc criteria [ID]: the catalogue at hand, or one item of it. An unknown id exits 2 with the nearest one. */
export function registerCriteria(program: Command, io: CliIo, state: CommandState): void {
  program
    .command('criteria')
    .description(`${CLI_TEXT.th.criteriaDescription}\n${CLI_TEXT.en.criteriaDescription}`)
    .argument('[item]', 'an item id, e.g. B01')
    .option('-e, --edition <name>', `criteria edition (${shippedEditions().join(', ')})`, DEFAULT_EDITION)
    .addOption(new Option('-l, --lang <lang>', 'language').choices(['th', 'en']).default('th'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['human', 'json']).default('human'))
    .addHelpText('after', helpAfter('criteria'))
    .action(async (id: string | undefined, flags: CriteriaFlags) => {
      state.setLang(flags.lang);
      const { allItemIds, catalogueJson, describeCatalogue, describeItem, findItem, itemIdRanges, itemJson } = await import(
        '../../criteria/describe.js'
      );
      const text = CLI_TEXT[flags.lang];
      const catalogue = loadEdition(flags.edition);
      if (!catalogue) throw new UsageError(text.unknownEdition(flags.edition, shippedEditions().join(', ')));
      if (id === undefined) {
        io.stdout(flags.format === 'json' ? catalogueJson(catalogue) : describeCatalogue(catalogue, flags.lang));
        return;
      }
      const found = findItem(catalogue, id);
      if (!found) {
        throw new UsageError(text.unknownItem(id, catalogue.edition, closest(id, allItemIds(catalogue)), itemIdRanges(catalogue)));
      }
      io.stdout(flags.format === 'json' ? itemJson(catalogue, found) : describeItem(catalogue, found, flags.lang));
    });
}
