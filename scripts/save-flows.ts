import { describePipelines } from '#kernel/describe-pipelines';
import { PIPELINES } from '../src/pipelines';

// Prints the "How a save flows" list of docs/saving.md from the pipeline files (`npm run save-flows` after a build).
process.stdout.write(`${describePipelines(PIPELINES)}\n`);
