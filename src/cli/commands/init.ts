import { Option, type Command } from 'commander';
import { APPLICANTS, UNIT_KINDS, type Applicant, type UnitKind } from '../../answers/answers-schema.js';
import { DEFAULT_EDITION, loadEdition, shippedEditions } from '../../criteria/load-catalogue.js';
import type { Lang } from '../../findings/message-spec.js';
import { CLI_TEXT } from '../cli-text.js';
import { UsageError, type CliIo } from '../cli-io.js';
import type { CommandState } from './check.js';
import { helpAfter } from '../help-text.js';

interface InitFlags {
  kind?: UnitKind;
  applicant: Applicant;
  edition: string;
  lang: Lang;
}

/**
 * gecc init DIR: a starter application folder. It never overwrites: an existing answers file
 * stops it with exit 2 ("could not run", as for a folder that does not exist), nothing written.
 */
export function registerInit(program: Command, io: CliIo, state: CommandState): void {
  program
    .command('init')
    .description(`${CLI_TEXT.th.initDescription}\n${CLI_TEXT.en.initDescription}`)
    .argument('<folder>', 'the application folder to create (it may exist, without application.yaml)')
    .addOption(new Option('-k, --kind <kind>', 'kind of unit').choices([...UNIT_KINDS]))
    .addOption(new Option('-a, --applicant <applicant>', 'new unit, or certified before').choices([...APPLICANTS]).default('new'))
    .option('-e, --edition <name>', `criteria edition (${shippedEditions().join(', ')})`, DEFAULT_EDITION)
    .addOption(new Option('-l, --lang <lang>', 'language of the comments and messages').choices(['th', 'en']).default('th'))
    .addHelpText('after', helpAfter('init'))
    .action(async (folder: string, flags: InitFlags) => {
      state.setLang(flags.lang);
      const [{ createApplication, InitError }, { starterAnswers }, { schemaReferenceFrom }] = await Promise.all([
        import('../../init/create-application.js'),
        import('../../init/starter-answers.js'),
        import('../../schema/schema-files.js'),
      ]);
      const text = CLI_TEXT[flags.lang];
      const catalogue = loadEdition(flags.edition);
      if (!catalogue) throw new UsageError(text.unknownEdition(flags.edition, shippedEditions().join(', ')));
      const yaml = starterAnswers(catalogue, {
        ...(flags.kind ? { kind: flags.kind } : {}),
        applicant: flags.applicant,
        schemaReference: schemaReferenceFrom(folder, catalogue.edition),
        lang: flags.lang,
      });
      try {
        const created = createApplication(folder, yaml);
        io.stdout(text.initDone(folder, created.answersFile, created.filesFolder, !flags.kind));
      } catch (error) {
        if (!(error instanceof InitError)) throw error;
        if (error.reason === 'answers-exist') throw new UsageError(text.initExists(error.target));
        if (error.reason === 'not-a-folder') throw new UsageError(text.notAFolder(error.target));
        throw new UsageError(text.initCannotWrite(error.target, error.detail ?? ''));
      }
    });
}
