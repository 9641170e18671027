import { useQuery } from '../api/use-query.js';
import { Link } from '../components/link.js';
import { QueryResult } from '../components/status.js';
import { ExploreDocumentsDocument } from '../generated/graphql.js';
import { paths } from '../routes.js';
import { usePageTitle } from '../use-page-title.js';

/** The documents and reference tables the evidence comes from, each opening in the reader. */
export function DocumentsPage() {
  usePageTitle('Documents');
  const state = useQuery(ExploreDocumentsDocument, {});
  return (
    <>
      <h1 tabIndex={-1}>Documents</h1>
      <QueryResult state={state}>
        {({ documents }) => (
          <table>
            <caption className="visually-hidden">Source documents and reference tables</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Symbol</th>
                <th scope="col">Date</th>
                <th scope="col">Type</th>
              </tr>
            </thead>
            <tbody>
              {documents.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <Link href={paths.document(node.id)}>{node.name}</Link>
                  </th>
                  <td>{node.symbol ?? '—'}</td>
                  <td>{node.date ?? '—'}</td>
                  <td>{node.documentKind ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryResult>
    </>
  );
}
