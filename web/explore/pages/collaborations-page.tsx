import { useEffect, useState } from 'react';

import { ApiError, request } from '../api/request.js';
import { useQuery } from '../api/use-query.js';
import { ConfidenceTag } from '../components/confidence.js';
import { EntityLink } from '../components/entity-link.js';
import { Link } from '../components/link.js';
import { SearchBox } from '../components/search-box.js';
import { ErrorMessage } from '../components/status.js';
import {
  ExploreCollaborationsDocument,
  ExploreNodeNameDocument,
  type CollaborationWhere,
} from '../generated/graphql.js';
import { collaborationsCsv, type CollaborationRow } from '../text/collaborations-csv.js';
import { UTF8_BOM } from '../text/csv.js';
import { navigate } from '../navigation.js';
import { COLLABORATION_FILTERS, paths } from '../routes.js';
import { usePageTitle } from '../use-page-title.js';

/** A page of 50; the table and the CSV hold every page. */
const PAGE = 50;
/** A stop for a runaway cursor: far more collaborations than the knowledge base holds. */
const MAX_PAGES = 200;

async function allCollaborations(
  where: CollaborationWhere,
  signal: AbortSignal,
): Promise<CollaborationRow[]> {
  const rows: CollaborationRow[] = [];
  let after: string | null | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { collaborations } = await request(
      ExploreCollaborationsDocument,
      { where, first: PAGE, after },
      signal,
    );
    rows.push(...collaborations.edges.map((e) => e.node));
    if (!collaborations.pageInfo.hasNextPage) break;
    after = collaborations.pageInfo.endCursor;
  }
  return rows;
}

/** The CSV file's name: `collaborations-agency-WHO.csv`. */
function csvFileName(where: CollaborationWhere): string {
  const parts = Object.values(where)
    .filter(Boolean)
    .map((v) => String(v).replace(/[^\w.-]+/g, '-'));
  return `collaborations${parts.length ? `-${parts.join('-')}` : ''}.csv`;
}

/** The name of a filter's entity, for the heading. */
function FilterName({ id }: { id: string }) {
  const state = useQuery(ExploreNodeNameDocument, { id });
  const node = state.data?.node;
  return node && 'name' in node && node.name ? (
    <EntityLink entity={node} showKind={false} />
  ) : (
    <code>{id}</code>
  );
}

/**
 * Who cooperates with whom (`/explore/collaborations?partner=agency:WHO`, or sector=, topic=,
 * department=, programme=, country=): with which ILO units, on which sectors and topics, since
 * when, on what evidence; every row downloadable as CSV.
 */
export function CollaborationsPage({ where }: { where: CollaborationWhere }) {
  usePageTitle('Collaborations');
  const key = JSON.stringify(where);
  const [rows, setRows] = useState<CollaborationRow[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setRows(null);
    setError(null);
    allCollaborations(JSON.parse(key) as CollaborationWhere, controller.signal).then(
      setRows,
      (e: unknown) => {
        if (!controller.signal.aborted)
          setError(e instanceof ApiError ? e : new ApiError(String(e), 'UNKNOWN'));
      },
    );
    return () => controller.abort();
  }, [key]);

  const download = () => {
    if (!rows) return;
    const blob = new Blob([UTF8_BOM, collaborationsCsv(rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = csvFileName(where);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const filters = COLLABORATION_FILTERS.filter((f) => where[f]);
  return (
    <>
      <h1 tabIndex={-1}>
        Collaborations
        {filters.map((f) => (
          <span key={f} className="filter-title">
            {' '}
            {f === 'partner' ? 'of' : `on ${f}`} <FilterName id={where[f]!} />
          </span>
        ))}
      </h1>
      <div className="toolbar">
        <SearchBox
          label="Show a partner’s collaborations"
          kinds={['PARTNER_AGENCY', 'NGO', 'SOCIAL_PARTNER']}
          placeholder="WHO, FAO, ITF…"
          onPick={(e) => navigate(paths.collaborations({ partner: e.id }))}
        />
        {filters.length > 0 ? <Link href={paths.collaborations()}>Show all collaborations</Link> : null}
        <button type="button" onClick={download} disabled={!rows || rows.length === 0}>
          Download CSV
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {!rows && !error ? (
        <p className="loading" role="status">
          Loading…
        </p>
      ) : null}
      {rows ? (
        <>
          <p role="status">
            {rows.length} collaboration{rows.length === 1 ? '' : 's'}
          </p>
          {rows.length > 0 ? <CollaborationsTable rows={rows} /> : null}
        </>
      ) : null}
    </>
  );
}

function EntityList({ list }: { list: CollaborationRow['partners'] }) {
  if (list.length === 0) return <span className="none">—</span>;
  return (
    <ul className="inline-list">
      {list.map((e) => (
        <li key={e.id}>
          <EntityLink entity={e} showKind={false} />
        </li>
      ))}
    </ul>
  );
}

function CollaborationsTable({ rows }: { rows: CollaborationRow[] }) {
  return (
    <div className="table-scroll">
      <table className="collaborations">
        <caption className="visually-hidden">Collaborations, with their participants and evidence</caption>
        <thead>
          <tr>
            <th scope="col">Collaboration</th>
            <th scope="col">Partners</th>
            <th scope="col">ILO units</th>
            <th scope="col">Sectors</th>
            <th scope="col">Topics</th>
            <th scope="col">Since</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link href={paths.entity(c.id)}>{c.name}</Link>
                {c.countries.length > 0 ? (
                  <span className="countries"> ({c.countries.map((k) => k.name).join(', ')})</span>
                ) : null}
              </th>
              <td>
                <EntityList list={c.partners} />
              </td>
              <td>
                <EntityList list={c.iloParties} />
              </td>
              <td>
                <EntityList list={c.sectors} />
              </td>
              <td>
                <EntityList list={c.topics} />
              </td>
              <td>{c.since ? `${c.since}${c.until ? `–${c.until}` : ''}` : '—'}</td>
              <td>
                {c.sources.map((s) => (
                  <p key={`${s.passage}|${s.quote}`} className="evidence-cell">
                    “{s.quote}” <Link href={paths.document(s.document.id, s.passage)}>{s.passage}</Link>{' '}
                    {s.confidence !== 'CONFIRMED' ? <ConfidenceTag confidence={s.confidence} /> : null}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
