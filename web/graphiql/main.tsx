// Monaco's editor, JSON and GraphQL workers, bundled by Vite (never fetched from a CDN).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './page.css';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { ActiveTabVariables } from './active-tab-variables.js';
import { exampleTabs } from './example-tabs.js';

// The API on this same server: a POST with a JSON body, as CSRF prevention asks.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs}>
      <ActiveTabVariables />
    </GraphiQL>
  </StrictMode>,
);
