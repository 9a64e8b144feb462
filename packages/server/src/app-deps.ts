import type { AppConfig } from './config.js';
import type { Db } from './db/database.js';
import type { DatabaseKind } from './db/dialect.js';

/** What route plugins are built with: the database and the configuration, nothing global. */
export interface AppDeps {
  db: Db;
  dbKind: DatabaseKind;
  config: AppConfig;
}
