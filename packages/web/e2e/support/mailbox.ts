// The mail server helper is the server tests' own; the browser tests use the same one.
export { startMailbox } from '../../../server/test/support/mailbox.js';
export type { Mailbox } from '../../../server/test/support/mailbox.js';
