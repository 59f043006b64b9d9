import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadEdition, shippedEditions } from '../criteria/load-catalogue.js';
import { packagePath } from '../package-root.js';
import { answersJsonSchemaText } from './answers-json-schema.js';

/**
 * The schemas ship as files beside the catalogues (criteria/schema/<edition>.schema.json, not in
 * criteria/ itself, where every .json is an edition), so an editor can read them without gecc.
 */
export function schemaFileOf(edition: string): string {
  return packagePath('criteria', 'schema', `${edition}.schema.json`);
}

/** Every shipped edition's schema file with the text the code generates now. */
export function generatedSchemaFiles(): { file: string; text: string }[] {
  return shippedEditions().map((edition) => ({ file: schemaFileOf(edition), text: answersJsonSchemaText(loadEdition(edition)!) }));
}

/**
 * Rewrites the shipped schema files (npm run schema, after a catalogue or the answers schema changed).
 * @public package.json's schema script calls it from dist/
 */
export function writeSchemaFiles(): string[] {
  const files = generatedSchemaFiles();
  for (const { file, text } of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return files.map((f) => f.file);
}

/**
 * How application.yaml in `folder` names the schema file of `edition` on its first line: a
 * relative path, so the folder keeps working when it moves together with the installation (a
 * project with its node_modules); a file URL where no relative path exists (another drive on
 * Windows). Forward slashes always: the YAML language server reads them on every system.
 */
export function schemaReferenceFrom(folder: string, edition: string): string {
  const target = path.resolve(schemaFileOf(edition));
  const from = path.resolve(folder);
  const relative = path.relative(from, target);
  if (relative === '' || path.isAbsolute(relative)) return pathToFileURL(target).href;
  return relative.split(path.sep).join('/');
}
