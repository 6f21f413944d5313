import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { draftAccessProblem } from '#domain/draft-access';
import { fieldError } from '#kernel/errors';

// Koa's typing of a policy context leaves out `state`, where Strapi's auth step records who is calling.
interface AuthState {
  state?: { auth?: { strategy?: { name?: string } } };
}

const draftAccess: Core.PolicyHandler = (policyContext) => {
  const { state } = policyContext as unknown as AuthState;
  // A policy context copies the Koa context's own properties; `query` is a prototype getter, so read the request's.
  const problem = draftAccessProblem(policyContext.request.query.status, state?.auth?.strategy?.name);
  if (!problem) return true;
  if (problem.kind === 'invalid') throw fieldError('status', problem.message);
  // Strapi's authorize step turns any other ForbiddenError raised after it into a bare "Forbidden"; a PolicyError keeps
  // its message, so the caller learns why.
  throw new errors.PolicyError(problem.message);
};

export default draftAccess;
