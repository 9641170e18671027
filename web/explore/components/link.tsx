import type { AnchorHTMLAttributes, MouseEvent } from 'react';

import { navigate } from '../navigation.js';

/**
 * A link to another explorer page: a real `<a href>` (open in a new tab, copy the address), followed
 * without reloading the page on a plain click or Enter.
 */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
