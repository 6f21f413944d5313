import { configWithFieldDescriptions } from '#domain/field-descriptions';

describe('configWithFieldDescriptions', () => {
  it('copies each attribute description into the edit-view settings', () => {
    const config = configWithFieldDescriptions({ attributes: { title: { description: 'The headline.' }, body: {} } });
    expect(config.metadatas).toEqual({ title: { edit: { description: 'The headline.' } } });
  });

  it('keeps edit-view settings the schema already declares', () => {
    const config = configWithFieldDescriptions({
      attributes: { title: { description: 'The headline.' } },
      config: { metadatas: { title: { edit: { description: 'Set by hand', label: 'Headline' }, list: { label: 'H' } } } },
    });
    expect(config.metadatas.title).toEqual({ edit: { description: 'Set by hand', label: 'Headline' }, list: { label: 'H' } });
  });

  it('leaves attributes without a description alone', () => {
    expect(configWithFieldDescriptions({ attributes: { body: { description: '' } } }).metadatas).toEqual({});
  });
});
