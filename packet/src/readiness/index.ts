// Readiness: can a buyer answer the nine questions from the packet alone?
export { readiness } from './readiness';
export { QUESTIONS } from './questions';
export type { ReadinessQuestion, ReadinessReport, ReadinessStatus, ReadinessPlace } from './types';
