import type { AllHandlers } from './handler-types';
import { projectHandlers } from './project-handlers';
import { sourceHandlers } from './source-handlers';
import { caseHandlers } from './case-handlers';
import { codeHandlers } from './code-handlers';
import { codingHandlers } from './coding-handlers';
import { memoHandlers } from './memo-handlers';
import { searchHandlers } from './search-handlers';
import { reviewHandlers } from './review-handlers';
import { exchangeHandlers } from './exchange-handlers';
import { analysisHandlers } from './analysis-handlers';
import { reportHandlers } from './report-handlers';

/** Every contract method's handler; the type makes a missing one a compile error. */
export const handlers: AllHandlers = {
  ...projectHandlers,
  ...sourceHandlers,
  ...caseHandlers,
  ...codeHandlers,
  ...codingHandlers,
  ...memoHandlers,
  ...searchHandlers,
  ...exchangeHandlers,
  ...reviewHandlers,
  ...analysisHandlers,
  ...reportHandlers,
};
