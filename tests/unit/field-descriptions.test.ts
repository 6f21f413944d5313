import { withFieldDescriptions } from '../../src/utils/field-descriptions';

describe('withFieldDescriptions', () => {
  it('copies each attribute description into the edit-view settings', () => {
    const schema = withFieldDescriptions({ attributes: { title: { description: 'The headline.' }, body: {} } });
    expect(schema.config?.metadatas).toEqual({ title: { edit: { description: 'The headline.' } } });
  });

  it('keeps edit-view settings the schema already declares', () => {
    const schema = withFieldDescriptions({
      attributes: { title: { description: 'The headline.' } },
      config: { metadatas: { title: { edit: { description: 'Set by hand', label: 'Headline' }, list: { label: 'H' } } } },
    });
    expect(schema.config?.metadatas?.title).toEqual({ edit: { description: 'Set by hand', label: 'Headline' }, list: { label: 'H' } });
  });

  it('leaves attributes without a description alone', () => {
    expect(withFieldDescriptions({ attributes: { body: { description: '' } } }).config?.metadatas).toEqual({});
  });
});
