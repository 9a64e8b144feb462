import { lazy } from 'react';
import type { ComponentType } from 'react';

/** React.lazy for modules with named exports (the code base has no default exports): one chunk per page. */
export function lazyNamed<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
