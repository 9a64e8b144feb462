import { createElement, lazy, useState } from 'react';
import type { ComponentType, FunctionComponent } from 'react';

export type LazyPage<P extends object> = FunctionComponent<P> & {
  /** Starts loading the page's chunk; a page rendered after it arrived shows at once, without suspending. */
  preload(): Promise<void>;
};

/**
 * React.lazy for modules with named exports (the code base has no default exports): one chunk per
 * page. React.lazy suspends on its first render even when the chunk is already here, and React holds
 * back what replaces a Suspense fallback for 300 ms (so that loading states do not flicker): the home
 * page, whose chunks are fetched while the sign-in is checked, would wait that long for nothing. A page
 * whose chunk has arrived is rendered directly instead; each mounted page keeps the way it started, so
 * a later re-render never swaps one for the other (which would reset its state).
 */
export function lazyNamed<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Suspending = lazy(async () => ({ default: await preload() }));
  function Page(props: P) {
    const [ready] = useState(() => loaded);
    return ready ? createElement(ready, props) : createElement(Suspending as ComponentType<P>, props);
  }
  return Object.assign(Page, { preload: () => preload().then(() => undefined) });
}
