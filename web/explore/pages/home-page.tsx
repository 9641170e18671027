import { useQuery } from '../api/use-query.js';
import { EntityLink } from '../components/entity-link.js';
import { Link } from '../components/link.js';
import { SearchBox } from '../components/search-box.js';
import { QueryResult } from '../components/status.js';
import { ExploreHomeDocument } from '../generated/graphql.js';
import { kindOfTypeName, kindStyle } from '../graph/kind-style.js';
import { navigate } from '../navigation.js';
import { paths } from '../routes.js';
import { usePageTitle } from '../use-page-title.js';

/** Where an analyst starts: search, the other pages, what the graph holds, its best-connected entities. */
export function HomePage() {
  usePageTitle('Home');
  const state = useQuery(ExploreHomeDocument, {});
  return (
    <>
      <h1 tabIndex={-1}>Who cooperates with whom, on what, and on what evidence</h1>
      <p className="lead">
        Find an organisation, a sector, a Convention or a programme, see its links drawn as a graph, and read
        the passage and quote behind each link.
      </p>
      <SearchBox label="Find an entity" onPick={(e) => navigate(paths.entity(e.id))} />
      <nav aria-label="Explorer pages" className="tiles">
        <Link href={paths.collaborations()}>
          <strong>Collaborations</strong> who works with which ILO units, on which sectors and topics; CSV
        </Link>
        <Link href={paths.connections()}>
          <strong>Connections</strong> how two entities are linked, step by step, with evidence
        </Link>
        <Link href={paths.gaps()}>
          <strong>Gaps</strong> what the knowledge base lacks, and what would close it
        </Link>
        <Link href={paths.documents()}>
          <strong>Documents</strong> read the sources, and the facts each passage supports
        </Link>
        <a href="/graphql">
          <strong>GraphiQL</strong> write your own queries against the API
        </a>
      </nav>
      <QueryResult state={state}>
        {({ stats }) => (
          <div className="home-stats">
            <section aria-labelledby="most-connected">
              <h2 id="most-connected">Most connected</h2>
              <ol>
                {stats.mostConnected.entities.map(({ entity, degree }) => (
                  <li key={entity.id}>
                    <EntityLink entity={entity} /> <span className="count">{degree} links</span>
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="in-the-graph">
              <h2 id="in-the-graph">In the graph</h2>
              <p>
                {stats.totalEntities} entities and {stats.totalRelationships} relationships.
              </p>
              <table>
                <caption className="visually-hidden">Entities by kind</caption>
                <thead>
                  <tr>
                    <th scope="col">Kind</th>
                    <th scope="col">Entities</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.entitiesByKind.map((k) => (
                    <tr key={k.name}>
                      <td>{kindStyle(kindOfTypeName(k.name)).plural}</td>
                      <td className="number">{k.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
        )}
      </QueryResult>
    </>
  );
}
