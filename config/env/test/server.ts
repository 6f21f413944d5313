export default {
  logger: {
    updates: { enabled: false },
    startup: { enabled: false },
  },
};
