import type { Core } from '@strapi/strapi';
import type { DocumentParams } from './document-middleware';
import type { Finding } from '#domain/finding';
import type { StoredDraft } from './stored-draft';

/** The document-service actions a pipeline takes part in; reads pass straight through. */
export const SAVE_ACTIONS = ['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft', 'clone'] as const;
export type SaveAction = (typeof SAVE_ACTIONS)[number];

export const isSaveAction = (action: string): action is SaveAction => (SAVE_ACTIONS as readonly string[]).includes(action);

/** Who a step belongs to: the app's own steps always run, a plugin's only while that plugin is enabled. */
export type Owner = 'app' | 'editorial' | 'image-policy' | 'sourcing' | 'delivery';

/** One save as the steps see it. Steps change `data` in place; the runner sets `documentId` and `result` after the write. */
export interface Save {
  readonly strapi: Core.Strapi;
  readonly uid: string;
  readonly action: SaveAction;
  readonly params: DocumentParams;
  /** What the caller sent (create and update), shaped by the steps before the write. */
  readonly data: Record<string, unknown> | undefined;
  /** Known before the write except on create; set by the runner once the write answered. */
  documentId: string | undefined;
  /** What the write answered. */
  result: unknown;
  /**
   * A read shared by the steps and gates of this save (the draft a gate judged, read once for the step after it), and
   * by the publish of a REST save-and-publish with its draft save. So a key holds what is true of the document once
   * the draft is written: a step that reads before its save's write keeps the read to itself.
   */
  memo: Memo;
  /** The draft as it was before this save wrote anything (null on create), read once when first asked for. */
  stored(): Promise<StoredDraft | null>;
}

export type Memo = <T>(key: string, read: () => Promise<T>) => Promise<T>;

export interface Step {
  name: string;
  owner: Owner;
  /** The actions it runs on; a step with none listed runs on create and update. */
  actions?: readonly SaveAction[];
  run(save: Save): Promise<void> | void;
}

/** What a gate is asked for: `publish` judges a publish; `report` lists what would block one, without the stage. */
export type GatePurpose = 'publish' | 'report';

export interface GateInput {
  strapi: Core.Strapi;
  uid: string;
  documentId: string;
  purpose: GatePurpose;
  memo: Memo;
}

/** A memo for one save: each key is read once. */
export function saveMemo(): Memo {
  const reads = new Map<string, Promise<unknown>>();
  return <T>(key: string, read: () => Promise<T>): Promise<T> => {
    if (!reads.has(key)) reads.set(key, read());
    return reads.get(key) as Promise<T>;
  };
}

/** A rule a draft must meet to be published. Every gate of a type is asked, and every finding reported together. */
export interface PublishGate {
  name: string;
  owner: Owner;
  /** What the refusal's message says first when this gate's finding leads it, e.g. "The lead image breaks the image policy". */
  lead?: string;
  findings(input: GateInput): Promise<Finding[]>;
}

/**
 * A content type's save, in the order it runs, inside one transaction: guards refuse on what the caller sent, shaping
 * makes what is stored, gates judge a publish (all of them, before anything is written), `beforeWrite` writes what the
 * document points at, then the document-service write, then `afterWrite` derives rows from what was stored.
 */
export interface Pipeline {
  uid: string;
  /** Draft & publish types whose REST "save and publish" becomes a draft save followed by a real publish. */
  publishes: boolean;
  guards: Step[];
  shape: Step[];
  gates: PublishGate[];
  beforeWrite: Step[];
  afterWrite: Step[];
}

export type PipelineSpec = Pick<Pipeline, 'uid'> & Partial<Omit<Pipeline, 'uid'>>;

export function definePipeline(spec: PipelineSpec): Pipeline {
  return { publishes: false, guards: [], shape: [], gates: [], beforeWrite: [], afterWrite: [], ...spec };
}

const SAVES: readonly SaveAction[] = ['create', 'update'];

export const runsOn = (step: Step, action: SaveAction): boolean => (step.actions ?? SAVES).includes(action);
