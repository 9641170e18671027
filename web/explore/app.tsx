import { useEffect, useRef } from 'react';

import { Link } from './components/link.js';
import { SearchBox } from './components/search-box.js';
import { CollaborationsPage } from './pages/collaborations-page.js';
import { ConnectionsPage } from './pages/connections-page.js';
import { DocumentPage } from './pages/document-page.js';
import { DocumentsPage } from './pages/documents-page.js';
import { EntityPage } from './pages/entity-page.js';
import { GapsPage } from './pages/gaps-page.js';
import { HomePage } from './pages/home-page.js';
import { navigate, useRoute } from './navigation.js';
import { paths, type Route } from './routes.js';
import { usePageTitle } from './use-page-title.js';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'entity':
      return <EntityPage key={route.id} id={route.id} />;
    case 'collaborations':
      return <CollaborationsPage where={route.where} />;
    case 'connections':
      return (
        <ConnectionsPage
          key={`${route.from}|${route.to}`}
          from={route.from}
          to={route.to}
          maxHops={route.maxHops}
        />
      );
    case 'gaps':
      return <GapsPage kinds={route.kinds} />;
    case 'documents':
      return <DocumentsPage />;
    case 'document':
      return <DocumentPage key={route.id} id={route.id} passage={route.passage} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

function NotFoundPage({ path }: { path: string }) {
  usePageTitle('Not found');
  return (
    <>
      <h1 tabIndex={-1}>No page at {path}</h1>
      <p>
        Start from the <Link href={paths.home()}>home page</Link>.
      </p>
    </>
  );
}

const NAV: [string, string, Route['page']][] = [
  [paths.collaborations(), 'Collaborations', 'collaborations'],
  [paths.connections(), 'Connections', 'connections'],
  [paths.gaps(), 'Gaps', 'gaps'],
  [paths.documents(), 'Documents', 'documents'],
];

/**
 * The explorer: a header (home, pages, search) and the page the URL names. After each navigation
 * the focus moves to the new page's heading, so a keyboard or screen-reader user starts there.
 */
export function App() {
  const { route, url } = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!window.location.hash) window.scrollTo(0, 0);
    // The page renders its heading once its data is in: wait for it briefly.
    let tries = 0;
    const timer = setInterval(() => {
      const heading = main.current?.querySelector<HTMLElement>('h1');
      if (heading || ++tries > 50) {
        clearInterval(timer);
        if (route.page !== 'document' || !route.passage) heading?.focus({ preventScroll: true });
      }
    }, 20);
    return () => clearInterval(timer);
  }, [url]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href={paths.home()} className="site-name">
          ilo-graph explorer
        </Link>
        <nav aria-label="Pages">
          <ul>
            {NAV.map(([href, label, page]) => (
              <li key={page}>
                <Link href={href} aria-current={route.page === page ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            ))}
            <li>
              <a href="/graphql">GraphiQL</a>
            </li>
          </ul>
        </nav>
        {route.page !== 'home' ? (
          <SearchBox
            label="Search"
            onPick={(e) => navigate(paths.entity(e.id))}
            placeholder="Find an entity"
          />
        ) : null}
      </header>
      <main id="main" ref={main}>
        <Page route={route} />
      </main>
      <footer className="site-footer">
        <p>
          Every link cites the passage it comes from. Data from this server’s GraphQL API (
          <a href="/graphql">/graphql</a>
          ).
        </p>
      </footer>
    </>
  );
}
