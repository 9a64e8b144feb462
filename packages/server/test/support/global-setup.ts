import { dropTemplate, prepareTemplate } from './test-database.js';

export async function setup(): Promise<void> {
  await prepareTemplate();
}

export async function teardown(): Promise<void> {
  await dropTemplate();
}
