import { InvalidArgumentError, Option, type Command } from 'commander';
import { APPLICANTS, UNIT_KINDS, type Applicant, type UnitKind } from '../../criteria/unit-kinds.js';
import { APPLICANT_WORDS, applicantOf, UNIT_KIND_WORDS, unitKindOf } from '../../answers/unit-kind-names.js';
import { attachmentRule } from '../../criteria/attachment-rule.js';
import { DEFAULT_EDITION, shippedEditions } from '../../criteria/load-catalogue.js';
import type { Lang } from '../../lang.js';
import { CLI_TEXT } from '../cli-text.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { chosenCatalogue, CRITERIA_OPTION } from './catalogue-option.js';
import type { CommandState } from './check.js';
import { helpAfter } from '../help-text.js';

interface InitFlags {
  kind?: UnitKind;
  applicant: Applicant;
  edition: string;
  criteria?: string;
  lang: Lang;
}

/** A choice given as its id or as the Thai words units use for it (--kind สำนักงานเขต). */
function choiceOf<T>(read: (value: string) => T | undefined, allowed: readonly string[]) {
  return (value: string): T => {
    const id = read(value);
    if (id === undefined) throw new InvalidArgumentError(`Allowed choices are ${allowed.join(', ')}.`);
    return id;
  };
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
    .addOption(
      new Option('-k, --kind <kind>', `ประเภทหน่วยงาน · kind of unit (${[...UNIT_KINDS, ...UNIT_KIND_WORDS].join(', ')})`).argParser(
        choiceOf(unitKindOf, [...UNIT_KINDS, ...UNIT_KIND_WORDS]),
      ),
    )
    .addOption(
      new Option(
        '-a, --applicant <applicant>',
        `ประเภทผู้สมัคร · new unit, or certified before (${[...APPLICANTS, ...APPLICANT_WORDS].join(', ')})`,
      )
        .argParser(choiceOf(applicantOf, [...APPLICANTS, ...APPLICANT_WORDS]))
        .default('new'),
    )
    .option('-e, --edition <name>', `criteria edition (${shippedEditions().join(', ')})`, DEFAULT_EDITION)
    .option(CRITERIA_OPTION.flags, CRITERIA_OPTION.description)
    .addOption(new Option('-l, --lang <lang>', 'language of the comments and messages').choices(['th', 'en']).default('th'))
    .addHelpText('after', helpAfter('init'))
    .action(async (folder: string, flags: InitFlags) => {
      state.setLang(flags.lang);
      const [{ createApplication, InitError }, { starterFor }] = await Promise.all([
        import('../../init/create-application.js'),
        import('../../init/starter-for.js'),
      ]);
      const text = CLI_TEXT[flags.lang];
      const catalogue = await chosenCatalogue(flags, flags.lang);
      const yaml = starterFor(folder, catalogue, {
        kind: flags.kind,
        applicant: flags.applicant,
        criteriaFile: flags.criteria,
        lang: flags.lang,
      });
      try {
        const created = createApplication(folder, yaml);
        io.stdout(
          text.initDone(
            folder,
            created.answersFile,
            created.filesFolder,
            !flags.kind,
            attachmentRule(catalogue, flags.lang),
            flags.criteria,
          ),
        );
      } catch (error) {
        if (!(error instanceof InitError)) throw error;
        if (error.reason === 'answers-exist') throw new UsageError(text.initExists(error.target));
        if (error.reason === 'not-a-folder') throw new UsageError(text.notAFolder(error.target));
        throw new UsageError(text.initCannotWrite(error.target, error.detail ?? ''));
      }
    });
}
