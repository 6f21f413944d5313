import overrideSchema from './override/schema.json';

export default {
  override: { schema: overrideSchema },
};
