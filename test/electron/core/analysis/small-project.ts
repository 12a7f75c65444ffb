import { TestProject } from '../../../support/temp-project';

/**
 * A small project whose matrices are computed by hand in the tests.
 *
 * Every word is "kata" (4 letters) and words are 5 characters apart, so word i sits at [5i, 5i + 4).
 * S1 has two paragraphs ("kata ×5\nkata ×5", 49 characters, 10 words), S2 one (5 words), S3 one
 * (10 words), S4 one (2 words). Codes: P with children C1 and C2, and Q.
 *
 *   S1  P  [0,14)   and C2 [0,14)  (one selection: a segment held by a parent and its child)
 *       C1 [5,9)    C1 [20,29)     (child codings overlapping the parent's, and one outside it)
 *       Q  [10,24)
 *   S2  C2 [0,4)    and Q [0,4)    (one selection)
 *   S3  Q  [5,19)   C1 [30,34) by the second coder
 *   S4  Q  [0,4)
 *
 * Cases: A = {S1, S2} (status PNS, years 12), B = {S3} (honorer, 3), C = {S4} (honorer, 7).
 * Set "Batch 1" = {S1}.
 */
export interface SmallProject {
  project: TestProject;
  sources: { S1: string; S2: string; S3: string; S4: string };
  codes: { P: string; C1: string; C2: string; Q: string };
  cases: { A: string; B: string; C: string };
  coders: { first: string; second: string };
  attributes: { status: string; years: string };
  setId: string;
}

const words = (n: number) => Array.from({ length: n }, () => 'kata').join(' ');

export async function buildSmallProject(): Promise<SmallProject> {
  const project = await TestProject.create();
  const S1 = await project.addText('S1', `${words(5)}\n${words(5)}`);
  const S2 = await project.addText('S2', words(5));
  const S3 = await project.addText('S3', words(10));
  const S4 = await project.addText('S4', words(2));
  const P = (await project.call('codes.create', { name: 'P' })).id;
  const C1 = (await project.call('codes.create', { name: 'C1', parentId: P })).id;
  const C2 = (await project.call('codes.create', { name: 'C2', parentId: P })).id;
  const Q = (await project.call('codes.create', { name: 'Q' })).id;
  const first = (await project.call('project.info', {})).activeCoder.id;
  const second = (await project.call('users.create', { name: 'Second coder' })).id;
  const code = (sourceId: string, start: number, end: number, codeId: string, coderId?: string) =>
    project.call('codings.create', { sourceId, start, end, codeId, ...(coderId ? { coderId } : {}) });
  await code(S1, 0, 14, P);
  await code(S1, 0, 14, C2);
  await code(S1, 5, 9, C1);
  await code(S1, 20, 29, C1);
  await code(S1, 10, 24, Q);
  await code(S2, 0, 4, C2);
  await code(S2, 0, 4, Q);
  await code(S3, 5, 19, Q);
  await code(S3, 30, 34, C1, second);
  await code(S4, 0, 4, Q);
  const A = (await project.call('cases.create', { name: 'A', sourceIds: [S1, S2] })).id;
  const B = (await project.call('cases.create', { name: 'B', sourceIds: [S3] })).id;
  const C = (await project.call('cases.create', { name: 'C', sourceIds: [S4] })).id;
  const status = (await project.call('attributes.create', { name: 'status' })).id;
  const years = (await project.call('attributes.create', { name: 'years', type: 'number' })).id;
  for (const [caseId, s, y] of [[A, 'PNS', '12'], [B, 'honorer', '3'], [C, 'honorer', '7']] as const) {
    await project.call('attributes.setValue', { attributeId: status, caseId, value: s });
    await project.call('attributes.setValue', { attributeId: years, caseId, value: y });
  }
  const setId = (await project.call('sets.create', { name: 'Batch 1', sourceIds: [S1] })).id;
  return {
    project,
    sources: { S1, S2, S3, S4 },
    codes: { P, C1, C2, Q },
    cases: { A, B, C },
    coders: { first, second },
    attributes: { status, years },
    setId,
  };
}
