import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Brings the section named by the address's #fragment into view once the page has drawn it
 * (a notification links to `/items/12#supervision`); the router does not do this by itself.
 */
export function useScrollToHash(isReady: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!isReady || hash.length < 2) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [isReady, hash]);
}
