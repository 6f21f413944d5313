export default {
  'users-permissions': {
    config: {
      // Tests log in many times a minute from one address.
      ratelimit: { enabled: false },
    },
  },
};
