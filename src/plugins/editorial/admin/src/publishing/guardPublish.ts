import { useForm } from '@strapi/strapi/admin';
import { publishBlocked, usePublishCheck } from './usePublishCheck';

/** The slice of the Content Manager's document-action contract used here (its types are not exported). */
interface ActionProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null } | null;
}

interface ActionDescription {
  disabled?: boolean;
}

export interface DocumentAction {
  (props: ActionProps): ActionDescription | null;
  type?: string;
  position?: unknown;
}

/**
 * The stock Publish action, off while the publish check already knows the server would refuse it; the Publishing panel
 * says why. Strapi's own description (its dialogs, its draft-relations count) is kept as it is.
 */
function guarded(publish: DocumentAction): DocumentAction {
  const Guarded: DocumentAction = (props) => {
    const description = publish(props);
    const modified = useForm('PublishGuard', (state) => state.modified);
    const { check } = usePublishCheck(props.model, props.documentId, String(props.document?.updatedAt ?? ''));
    if (!description || !publishBlocked(check, modified)) return description;
    return { ...description, disabled: true };
  };
  Guarded.type = publish.type;
  Guarded.position = publish.position;
  // The list view leaves the Publish action out by its function name.
  Object.defineProperty(Guarded, 'name', { value: publish.name });
  return Guarded;
}

/** For `addDocumentAction`: the stock actions with Publish guarded. */
export const guardPublish = <Action extends DocumentAction>(actions: Action[]): Action[] =>
  actions.map((action) => (action.type === 'publish' ? (guarded(action) as Action) : action));
