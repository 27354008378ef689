import type { Rule } from './rule';
import { approvalWithoutApprover } from './authority/approval-without-approver';
import { builderDependency } from './authority/builder-dependency';
import { irreversibleAutomaticAction } from './authority/irreversible-automatic-action';
import { vagueOperatorAction } from './authority/vague-operator-action';
import { undeclaredWrite } from './authority/undeclared-write';
import { exceptionIncomplete } from './exceptions/exception-incomplete';
import { lowConfidenceWithoutThreshold } from './exceptions/low-confidence-without-threshold';
import { queueWithoutLimit } from './exceptions/queue-without-limit';
import { retryUnsafeUnspecified } from './exceptions/retry-unsafe-unspecified';
import { changeRulesIncomplete } from './health/change-rules-incomplete';
import { emptyLimits } from './health/empty-limits';
import { placeholderText } from './health/placeholder-text';
import { metricWithoutTarget } from './health/metric-without-target';
import { reviewUnowned } from './health/review-unowned';
import { supportIncomplete } from './health/support-incomplete';
import { unownedResponsibility } from './health/unowned-responsibility';
import { vagueBoundary } from './health/vague-boundary';
import { stepDeadEnd } from './steps/step-dead-end';
import { stepIncomplete } from './steps/step-incomplete';
import { stepUnreachable } from './steps/step-unreachable';
import { duplicateId } from './structure/duplicate-id';
import { missingSection } from './structure/missing-section';
import { unknownReference } from './structure/unknown-reference';

/** Every operating check, run in this order over one shared context. */
export const ALL_RULES: readonly Rule[] = [
  missingSection,
  duplicateId,
  unknownReference,
  approvalWithoutApprover,
  irreversibleAutomaticAction,
  undeclaredWrite,
  builderDependency,
  vagueOperatorAction,
  exceptionIncomplete,
  lowConfidenceWithoutThreshold,
  queueWithoutLimit,
  retryUnsafeUnspecified,
  stepUnreachable,
  stepDeadEnd,
  stepIncomplete,
  metricWithoutTarget,
  reviewUnowned,
  emptyLimits,
  vagueBoundary,
  unownedResponsibility,
  changeRulesIncomplete,
  supportIncomplete,
  placeholderText,
];
