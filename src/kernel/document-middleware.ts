import type { Modules } from '@strapi/strapi';

/**
 * The part of a document-service call the newsroom's middlewares read. Strapi's own context type is a union over every
 * content type's parameters, too wide to narrow in a small rule; this is the shape every action shares.
 */
export interface DocumentParams {
  documentId?: string;
  data?: Record<string, unknown>;
  status?: 'draft' | 'published';
  locale?: string;
  fields?: unknown;
  populate?: unknown;
}

export interface DocumentContext {
  uid: string;
  action: string;
  params: DocumentParams;
}

export type DocumentMiddleware = (ctx: DocumentContext, next: () => Promise<unknown>) => Promise<unknown>;

/** Registers a newsroom middleware with the document service. */
export function useDocumentMiddleware(documents: Modules.Documents.Service, middleware: DocumentMiddleware): void {
  documents.use(middleware as unknown as Modules.Documents.Middleware.Middleware);
}
