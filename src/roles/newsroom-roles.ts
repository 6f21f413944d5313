/**
 * The newsroom's admin roles and what each may do in the Content Manager. A pure table, read by the bootstrap step that
 * creates missing roles and by the tests that check them.
 */
import { ACTIONS as EDITORIAL_ACTIONS } from '../plugins/editorial/server/src/constants';
import { stageAction } from '../plugins/editorial/server/src/domain/stages';
import { ACTIONS as HOUSE_STYLE_ACTIONS } from '../plugins/house-style/server/src/constants';
import { ACTIONS as IMAGE_POLICY_ACTIONS } from '../plugins/image-policy/server/src/constants';
import { ARTICLE_UID, AUTHOR_UID, CATEGORY_UID, FACT_CHECK_UID, HIGHLIGHT_UID, KICKER_UID, SOURCE_UID } from '#domain/uids';

export type ContentAction = 'create' | 'read' | 'update' | 'delete' | 'publish';

export const NEWSROOM_TYPES = {
  article: ARTICLE_UID,
  factCheck: FACT_CHECK_UID,
  source: SOURCE_UID,
  highlight: HIGHLIGHT_UID,
  category: CATEGORY_UID,
  kicker: KICKER_UID,
  author: AUTHOR_UID,
} as const;

export type NewsroomType = keyof typeof NEWSROOM_TYPES;

export interface NewsroomRole {
  code: string;
  name: string;
  description: string;
  grants: Partial<Record<NewsroomType, readonly ContentAction[]>>;
  /** Fields the role may read but not write, e.g. a reporter proposes kickers but cannot set their state. */
  withheld?: Partial<Record<NewsroomType, readonly string[]>>;
  /** Actions the newsroom's plugins register (Settings → Roles, "Plugins"), e.g. overriding the image policy. */
  pluginActions?: readonly string[];
}

const ALL: readonly ContentAction[] = ['create', 'read', 'update', 'delete', 'publish'];
const EDIT: readonly ContentAction[] = ['create', 'read', 'update'];
const EDIT_AND_PUBLISH: readonly ContentAction[] = ['create', 'read', 'update', 'publish'];
const READ: readonly ContentAction[] = ['read'];

// Moves between the default editorial stages; a newsroom that configures other stages grants its own in Settings → Roles.
const SUBMIT = stageAction('in-review');
const SEND_BACK = stageAction('draft');
const APPROVE = stageAction('approved');

export const NEWSROOM_ROLES: readonly NewsroomRole[] = [
  {
    code: 'provenance-chief-editor',
    name: 'Chief editor',
    description: 'Runs the newsroom: edits, publishes and deletes everything, and manages kickers and categories.',
    grants: { article: ALL, factCheck: ALL, source: ALL, highlight: ALL, category: ALL, kicker: ALL, author: ALL },
    pluginActions: [
      IMAGE_POLICY_ACTIONS.override,
      HOUSE_STYLE_ACTIONS.settings,
      EDITORIAL_ACTIONS.approveKicker,
      EDITORIAL_ACTIONS.manageCategories,
      EDITORIAL_ACTIONS.everySection,
      SUBMIT,
      SEND_BACK,
      APPROVE,
    ],
  },
  {
    code: 'provenance-section-editor',
    name: 'Section editor',
    description: 'Edits articles and their sources; approves and publishes articles in the sections they edit; approves kickers.',
    grants: {
      article: EDIT_AND_PUBLISH,
      source: EDIT_AND_PUBLISH,
      highlight: READ,
      kicker: EDIT,
      author: EDIT,
      category: READ,
      factCheck: READ,
    },
    pluginActions: [EDITORIAL_ACTIONS.approveKicker, SUBMIT, SEND_BACK, APPROVE],
  },
  {
    code: 'provenance-reporter',
    name: 'Reporter',
    description: 'Writes articles, proposes kickers, adds sources and submits articles for review; cannot approve, publish or delete.',
    grants: {
      article: EDIT,
      source: EDIT,
      highlight: READ,
      // Reporters propose kickers (and do so by typing a new one into an article); approving or renaming is an editor's.
      kicker: ['create', 'read'],
      author: READ,
      category: READ,
      factCheck: READ,
    },
    withheld: { kicker: ['state'] },
    pluginActions: [SUBMIT],
  },
  {
    code: 'provenance-fact-checker',
    name: 'Fact-checker',
    description: 'Writes fact checks and curates sources; publishes sources, not fact checks.',
    grants: {
      factCheck: EDIT,
      source: EDIT_AND_PUBLISH,
      article: READ,
      highlight: READ,
      author: READ,
      category: READ,
      kicker: READ,
    },
  },
];

const CONTENT_MANAGER_ACTION = (action: ContentAction): string => `plugin::content-manager.explorer.${action}`;

/** The (action, subject) pairs a role holds, as Content Manager permission ids. */
export interface Grant {
  action: string;
  subject: string;
  /** Fields withheld from this action; read is never restricted. */
  withheld: readonly string[];
}

export function grantsOf(role: NewsroomRole): Grant[] {
  return (Object.entries(role.grants) as Array<[NewsroomType, readonly ContentAction[]]>).flatMap(([type, actions]) =>
    actions.map((action) => ({
      action: CONTENT_MANAGER_ACTION(action),
      subject: NEWSROOM_TYPES[type],
      withheld: action === 'create' || action === 'update' ? (role.withheld?.[type] ?? []) : [],
    })),
  );
}

/** Media library rights every newsroom role needs to attach and caption images. */
export const MEDIA_LIBRARY_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
] as const;

/** What the users-permissions Public role may do: read the published newsroom, nothing else. */
export const PUBLIC_READ_ACTIONS: readonly string[] = Object.values(NEWSROOM_TYPES).flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);
