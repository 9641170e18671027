import { useEffect, useState } from 'react';

import { parseRoute, type Route } from './routes.js';

const NAVIGATED = 'explore:navigate';

/** Goes to another page of the explorer without reloading it. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** The current page; re-renders on navigation and on the browser's back and forward. */
export function useRoute(): { route: Route; url: string } {
  const read = () => ({
    route: parseRoute(window.location.pathname, window.location.search),
    url: window.location.pathname + window.location.search,
  });
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () => setState(read());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return state;
}
