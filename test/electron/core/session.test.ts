import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../electron/core/session';
import { listBackups } from '../../../electron/core/db/backups';
import { readRecent } from '../../../electron/core/recent-projects';
import { tempDir } from '../../support/temp-project';

let session: Session | null = null;
afterEach(() => session?.close());

describe('session', () => {
  it('backs the project up on every open, keeping the newest N beside it, and remembers it', async () => {
    process.env.TELAAH_HOME = tempDir('telaah-home-');
    const file = path.join(tempDir(), 'studi.telaah');
    session = new Session({ backups: { keep: 2 }, rememberRecent: true });
    await session.create(file);
    for (let i = 0; i < 3; i++) {
      session.close();
      await new Promise((r) => setTimeout(r, 1100)); // backup names carry the second
      await session.open(file);
    }
    const backups = listBackups(file);
    expect(backups).toHaveLength(2);
    expect(path.dirname(backups[0]!)).toBe(path.join(path.dirname(file), 'studi.backups'));
    expect(readRecent()[0]).toMatchObject({ path: file, name: 'studi' });
  });

  it('gives a new empty project one coder and makes it active', async () => {
    session = new Session({ backups: false });
    await session.create(path.join(tempDir(), 'x.telaah'));
    const users = session.db.prepare('SELECT id FROM users').all() as { id: string }[];
    expect(users).toHaveLength(1);
    expect(session.activeCoderId()).toBe(users[0]!.id);
  });
});
