/**
 * One audit key and one data key for the whole test run. They go into the environment too, so the
 * `plantrack` commands a test spawns chain and encrypt with the same keys as the app under test
 * (a key set in the developer's shell wins).
 */
process.env.PLANTRACK_AUDIT_KEY ||= 'a1'.repeat(32);
process.env.PLANTRACK_DATA_KEY ||= 'd4'.repeat(32);

export const TEST_KEY_ENV = {
  PLANTRACK_AUDIT_KEY: process.env.PLANTRACK_AUDIT_KEY,
  PLANTRACK_DATA_KEY: process.env.PLANTRACK_DATA_KEY,
};
