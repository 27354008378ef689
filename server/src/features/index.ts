import type { Feature } from '../server-context';
import { changeImpactFeature } from './change-impact';
import { codeActions } from './code-actions';
import { codeLens } from './code-lens';
import { completion } from './completion';
import { executeCommand } from './execute-command';
import { folding } from './folding';
import { formatting } from './formatting';
import { hover } from './hover';
import { navigation } from './navigation';
import { previewFeature } from './preview';
import { readinessFeature } from './readiness';
import { rename } from './rename';
import { symbols } from './symbols';

/**
 * Every feature the server offers. Each lives in its own module and installs
 * its own handlers; main.ts only merges their capabilities.
 */
export const FEATURES: Feature[] = [
  completion,
  hover,
  symbols,
  folding,
  formatting,
  navigation,
  rename,
  codeLens,
  executeCommand,
  codeActions,
  readinessFeature,
  previewFeature,
  changeImpactFeature,
];
