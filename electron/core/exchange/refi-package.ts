/**
 * Opening what a researcher hands us as a REFI-QDA project: a `.qdpx` archive (read with the safe
 * unzipper: bombs, encrypted entries and names climbing out with `..` are refused) or a bare `.qde`
 * file, whose source files may lie in a `sources/` folder beside it.
 *
 * Tolerant of real tools: the project entry may be `project.qde`, `Project.qde` or `<name>.qde`; the
 * source folder `sources/` or `Sources/`; a source path `internal://x.txt`, `relative://x.txt`,
 * `relative:///x.txt` or the bare `x.txt`. Absolute paths are never followed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { safeUnzip } from '../archive/safe-unzip';
import { errorPhrase } from '../i18n/error-phrase';
import { ImportError } from '../importers/imported-document';
import { decodeRefiBytes } from './refi-xml';
import { readRefiProjectXml } from './refi-project-reader';
import type { RefiProject } from './refi-model';

/** Largest source file read beside a bare .qde (the same cap as the archive's entries). */
const MAX_LOOSE_FILE_BYTES = 100 * 1024 * 1024;

export type ResolvedFile = { ok: true; bytes: Uint8Array; entry: string } | { ok: false; reason: string };

export interface RefiPackage {
  /** The file the researcher chose (for messages). */
  fileName: string;
  /** The project entry inside the archive ("Project.qde"), or the bare file's name. */
  projectEntry: string;
  project: RefiProject;
  /** Finds a file a `plainTextPath` names, or says why it cannot be had. */
  resolve(refPath: string): ResolvedFile;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/** The name inside the package a REFI path points to, or a reason it is refused. */
export function packagePathOf(refPath: string): { name: string } | { refused: string } {
  const p = refPath.trim();
  let rest: string;
  if (/^internal:\/\//i.test(p)) rest = p.replace(/^internal:\/\/\/?/i, '');
  else if (/^relative:\/\//i.test(p)) rest = p.replace(/^relative:\/\/\/?/i, '');
  else if (/^(absolute|file):\/\//i.test(p) || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('/')) {
    return { refused: `"${refPath}" is an absolute path outside the project; Telaah does not read files from elsewhere on disk` };
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) {
    return { refused: `"${refPath}" uses a location type Telaah does not read` };
  } else rest = p;
  rest = rest.replace(/\\/g, '/');
  if (rest.split('/').some((part) => part === '..')) return { refused: `"${refPath}" climbs out of the project folder with ".."` };
  if (rest === '') return { refused: 'the path is empty' };
  return { name: rest };
}

function candidates(name: string): string[] {
  const out = [name, `sources/${name}`];
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // not percent-encoded
  }
  if (decoded !== name) out.push(decoded, `sources/${decoded}`);
  return out;
}

function chooseProjectEntry(names: string[], fileName: string): string {
  const qde = names.filter((n) => n.toLowerCase().endsWith('.qde'));
  const top = qde.filter((n) => !n.includes('/'));
  const exact = top.find((n) => n.toLowerCase() === 'project.qde');
  const chosen = exact ?? top[0] ?? qde[0];
  if (!chosen) {
    throw new ImportError('corrupt', fileName, errorPhrase('errors.exchange.noProjectFile'));
  }
  return chosen;
}

/**
 * Reads a .qdpx or .qde. `diskPath` (the file's location) lets a bare .qde find `sources/` beside it.
 */
export function readRefiPackage(bytes: Uint8Array, fileName: string, diskPath?: string): RefiPackage {
  if (isZip(bytes)) {
    const entries = safeUnzip(bytes, fileName);
    const projectEntry = chooseProjectEntry([...entries.keys()], fileName);
    const xml = decodeRefiBytes(entries.get(projectEntry)!, { fileName, entry: projectEntry });
    const project = readRefiProjectXml(xml, { fileName, entry: projectEntry });
    // Folder names compare case-insensitively (sources/ vs Sources/); file names exactly first.
    const exact = new Map<string, string>();
    const folded = new Map<string, string>();
    for (const name of entries.keys()) {
      exact.set(name.replace(/^sources\//i, 'sources/'), name);
      folded.set(name.toLowerCase(), name);
    }
    return {
      fileName,
      projectEntry,
      project,
      resolve(refPath) {
        const target = packagePathOf(refPath);
        if ('refused' in target) return { ok: false, reason: target.refused };
        for (const c of candidates(target.name)) {
          const hit = exact.get(c.replace(/^sources\//i, 'sources/')) ?? folded.get(c.toLowerCase());
          if (hit) return { ok: true, bytes: entries.get(hit)!, entry: hit };
        }
        return { ok: false, reason: `"${refPath}" is not in the archive (looked for ${target.name} and sources/${target.name})` };
      },
    };
  }

  const xml = decodeRefiBytes(bytes, { fileName });
  const project = readRefiProjectXml(xml, { fileName });
  const dir = diskPath ? path.dirname(path.resolve(diskPath)) : null;
  return {
    fileName,
    projectEntry: fileName,
    project,
    resolve(refPath) {
      const target = packagePathOf(refPath);
      if ('refused' in target) return { ok: false, reason: target.refused };
      if (!dir) return { ok: false, reason: `"${refPath}": the project file came without its source files` };
      for (const c of [...candidates(target.name), `Sources/${target.name}`]) {
        const full = path.resolve(dir, c);
        if (!full.startsWith(dir + path.sep)) continue;
        try {
          const st = fs.statSync(full);
          if (!st.isFile()) continue;
          if (st.size > MAX_LOOSE_FILE_BYTES) return { ok: false, reason: `"${refPath}" is larger than ${MAX_LOOSE_FILE_BYTES / 1048576} MB` };
          return { ok: true, bytes: new Uint8Array(fs.readFileSync(full)), entry: path.relative(dir, full) };
        } catch {
          // try the next place
        }
      }
      return { ok: false, reason: `"${refPath}" was not found beside ${fileName} (looked in sources/ and the same folder)` };
    },
  };
}
