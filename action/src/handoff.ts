#!/usr/bin/env node
// `handoff` for the pre-commit hook (.pre-commit-hooks.yaml), run from the
// checkout of this repository: the CLI beside the Action's own entry, both
// small files over one shared chunk (scripts/action-builds.mjs). esbuild keeps
// the line above, so the hook can run this file directly.
import { runOnProcess } from '../../cli/src/process-main';

runOnProcess();
