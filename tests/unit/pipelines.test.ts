import { GATES } from '../../src/importer/domain/article-decision';
import fs from 'fs';
import path from 'path';
import { describePipelines } from '#kernel/describe-pipelines';
import type { Pipeline } from '#kernel/pipeline';
import { PIPELINES } from '../../src/pipelines';
import { articlePipeline } from '../../src/pipelines/article';
import { factCheckPipeline } from '../../src/pipelines/fact-check';

const names = (pipeline: Pipeline) => ({
  guards: pipeline.guards.map((step) => step.name),
  shape: pipeline.shape.map((step) => step.name),
  gates: pipeline.gates.map((gate) => gate.name),
  beforeWrite: pipeline.beforeWrite.map((step) => step.name),
  afterWrite: pipeline.afterWrite.map((step) => step.name),
});

describe('The save pipelines', () => {
  it('run an article save with the refusing guards first, the derived writes around the write and every gate on publish', () => {
    expect(names(articlePipeline)).toEqual({
      guards: ['edit version', 'plain text', 'dates and numbers in range', 'addresses', 'slug', 'kicker label', 'corrections log'],
      shape: ['sanitize the body', 'lead image origin and disclosure'],
      gates: ['editorial', 'image policy', 'sourcing'],
      beforeWrite: [
        'what readers would see, before the edit',
        'kicker from its label',
        'publish in one of your sections',
        'what the published version cites',
        'publish the cited sources',
        'first publication date',
        'corrections go on the record',
        'delete the highlights',
      ],
      afterWrite: [
        'bylines within their cap',
        'category moves need both sections',
        'label from its kicker',
        'highlights and sources from the body',
        'highlights follow the article',
        'withdraw the sources nothing published cites',
        'stage follows publication',
        'approval lapses when what readers see changes',
        'review settles on publication',
        'copied corrections are off the record',
        'schedule ends on publish or delete',
      ],
    });
  });

  it('name the article gates as the importer names the findings it decides in memory', () => {
    expect(Object.values(GATES)).toEqual(articlePipeline.gates.map((gate) => gate.name));
  });

  it('run a fact check save with its citations completed before the write and checked on publish', () => {
    expect(names(factCheckPipeline)).toEqual({
      guards: ['edit version', 'list caps', 'plain text', 'dates and numbers in range', 'addresses', 'slug', 'corrections log'],
      shape: ['sanitize the texts', 'complete the citation list'],
      gates: ['citations'],
      beforeWrite: ['what the published version cites', 'publish the cited sources', 'corrections go on the record'],
      afterWrite: [
        'list the cited sources',
        'withdraw the sources nothing published cites',
        'copied corrections are off the record',
        'schedule ends on publish or delete',
      ],
    });
  });

  it('check the version a save was made from before anything else, on every type', () => {
    for (const pipeline of PIPELINES) expect(pipeline.guards[0]?.name).toBe('edit version');
  });

  it('write no derived row before every guard of the save has passed', () => {
    const writesRows = ['kicker from its label', 'publish the cited sources', 'highlights and sources from the body'];
    for (const pipeline of PIPELINES) {
      for (const step of [...pipeline.guards, ...pipeline.shape]) expect(writesRows).not.toContain(step.name);
    }
  });

  it('give every newsroom type one pipeline', () => {
    const uids = PIPELINES.map((pipeline) => pipeline.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.sort()).toEqual(['article', 'author', 'category', 'fact-check', 'highlight', 'kicker', 'source'].map((name) => `api::${name}.${name}`));
  });

  it('are described in docs/saving.md exactly as the pipeline files list them', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'saving.md'), 'utf8');
    expect(doc).toContain(describePipelines(PIPELINES));
  });
});
