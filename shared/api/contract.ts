import type { z } from 'zod';
import type { MethodDef } from './define';
import { projectMethods } from './methods/project-methods';
import { sourceMethods } from './methods/source-methods';
import { caseMethods } from './methods/case-methods';
import { codeMethods } from './methods/code-methods';
import { codingMethods } from './methods/coding-methods';
import { memoMethods } from './methods/memo-methods';
import { searchMethods } from './methods/search-methods';
import { exchangeMethods } from './methods/exchange-methods';
import { analysisMethods } from './methods/analysis-methods';
import { reviewMethods } from './methods/review-methods';
import { reportMethods } from './methods/report-methods';

/**
 * Every API method, once: used by dispatch (electron/core), the IPC and HTTP transports and the
 * renderer's client. Domains add their methods in shared/api/methods/<domain>-methods.ts.
 */
export const contract = {
  ...projectMethods,
  ...sourceMethods,
  ...caseMethods,
  ...codeMethods,
  ...codingMethods,
  ...memoMethods,
  ...searchMethods,
  ...exchangeMethods,
  ...analysisMethods,
  ...reviewMethods,
  ...reportMethods,
} as const satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
