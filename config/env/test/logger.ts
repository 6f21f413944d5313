// Tests read their own output: keep Strapi to warnings and errors.
export default {
  level: 'warn',
};
