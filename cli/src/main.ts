// The `handoff` executable: runs the command line on the real process.
import { runOnProcess } from './process-main';
import { run } from './run';

export { run };

// Runs only as the bundled entry point, not when a test imports run().
if (require.main === module) runOnProcess();
