import type { Role } from '@plantrack/contract/enums';

// Kept apart from the API module: the router imports these, and its chunk loads before sign-in.

/**
 * Who is ever notified (the server writes to departments, the office and leaders): the three IT
 * administrators never are, so they get no bell and no notifications page.
 */
export const NOTIFIED_ROLES: readonly Role[] = ['hq', 'leader', 'dept_manager', 'dept_staff'];

/** The page where every notification is kept (the bell shows the latest). */
export const NOTIFICATIONS_PATH = '/notifications';
