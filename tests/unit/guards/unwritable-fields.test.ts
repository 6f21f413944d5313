import { contentManagerWriteUid, unwritableSent } from '../../../src/guards/unwritable-fields';

const ARTICLE = 'api::article.article';
const attributes = {
  title: {},
  stage: { writable: false, description: 'Moved with the editorial stage control, never by editing.' },
  createdBy: { writable: false },
};

describe('fields a save may not carry', () => {
  it.each([
    ['POST', `/content-manager/collection-types/${ARTICLE}`],
    ['PUT', `/content-manager/collection-types/${ARTICLE}/abc123`],
    ['POST', `/content-manager/collection-types/${ARTICLE}/abc123/actions/publish`],
    ['POST', `/content-manager/collection-types/${ARTICLE}/actions/publish`],
  ])('are looked for in a Content Manager %s to %s', (method, path) => {
    expect(contentManagerWriteUid(method, path)).toBe(ARTICLE);
  });

  it.each([
    ['GET', `/content-manager/collection-types/${ARTICLE}/abc123`],
    ['POST', `/content-manager/collection-types/${ARTICLE}/abc123/actions/unpublish`],
    ['PUT', `/api/articles/abc123`],
  ])('are not looked for in a %s to %s', (method, path) => {
    expect(contentManagerWriteUid(method, path)).toBeUndefined();
  });

  it('name the unwritable field sent, with the reason its schema gives', () => {
    expect(unwritableSent({ title: 'T', stage: 'approved' }, attributes)).toEqual([
      { field: 'stage', message: 'stage is not saved with the document. Moved with the editorial stage control, never by editing.' },
    ]);
  });

  it("leave Strapi's bookkeeping the admin forms send back, and bodies that are not objects, alone", () => {
    expect(unwritableSent({ title: 'T', createdBy: { id: 1 } }, attributes)).toEqual([]);
    expect(unwritableSent(['stage'], attributes)).toEqual([]);
    expect(unwritableSent(null, attributes)).toEqual([]);
  });
});
