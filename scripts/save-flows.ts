import { describePipelines } from '../src/kernel/describe-pipelines';
import { PIPELINES } from '../src/pipelines';

// Prints the README's "How a save flows" list from the pipeline files (`npm run save-flows` after a build).
process.stdout.write(`${describePipelines(PIPELINES)}\n`);
