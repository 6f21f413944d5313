import type { Pipeline, PublishGate, Step } from './pipeline';

const label = (uid: string): string =>
  uid
    .replace(/^api::[^.]+\./, '')
    .replace(/-/g, ' ')
    .replace(/^./, (first) => first.toUpperCase());

function item(entry: Step | PublishGate): string {
  const on = 'actions' in entry && entry.actions ? ` *(${entry.actions.join(', ')})*` : '';
  return `${entry.name} [${entry.owner}]${on}`;
}

function line(title: string, entries: ReadonlyArray<Step | PublishGate>): string[] {
  return entries.length > 0 ? [`- ${title}: ${entries.map(item).join(' → ')}`] : [];
}

/**
 * The pipelines in words, for "How a save flows" in docs/saving.md: generated from the pipeline files, so the doc cannot
 * say one order while the code runs another (a unit test compares them). A step without actions runs on create and
 * update.
 */
export function describePipelines(pipelines: readonly Pipeline[]): string {
  return pipelines
    .map((pipeline) =>
      [
        `**${label(pipeline.uid)}** (\`src/pipelines/${pipeline.uid.replace(/^api::([^.]+)\..*$/, '$1')}.ts\`)`,
        ...line('guards', pipeline.guards),
        ...line('shaping', pipeline.shape),
        ...line('gates, on publish', pipeline.gates),
        ...line('before the write', pipeline.beforeWrite),
        ...line('after the write', pipeline.afterWrite),
      ].join('\n'),
    )
    .join('\n\n');
}
