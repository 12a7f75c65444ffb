import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fixturePath } from '../../../support/fixtures';
import { tempDir } from '../../../support/temp-project';

export const PROJECT_XSD = fixturePath('refi-qda/schemas/Project-mrt2019.xsd');
export const CODEBOOK_XSD = fixturePath('refi-qda/schemas/Codebook.xsd');

/**
 * Validates XML text against an official REFI-QDA schema with xmllint (libxml2-utils; `.ci/run`
 * installs it). `output` is xmllint's error text ('' when valid: its "validates" line is dropped).
 */
export function validateXml(xml: string, schema: string, name = 'file.xml'): { ok: boolean; output: string } {
  const file = path.join(tempDir('telaah-xsd-'), name);
  fs.writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint could not run (${r.error.message}); install libxml2-utils`);
  const output = `${r.stdout}${r.stderr}`
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.endsWith(' validates'))
    .join('\n');
  return { ok: r.status === 0, output };
}
