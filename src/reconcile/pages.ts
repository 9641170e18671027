import { COLLABORATION_ROLES, DIRECT_RELATION_TYPES } from '../domain/relation-type.js';
import { ENTITY_KINDS } from '../domain/entity-kind.js';
import type { LinkedEntity, Loaders } from '../loaders/create-loaders.js';
import { MATCH_FEATURES, MATCH_MARGIN, MATCH_THRESHOLD } from '../matching/features.js';
import { VIEW_PATH } from './manifest.js';
import { kindLabel } from './types.js';

/**
 * The reconciliation service's HTML: an entity's preview card (shown by OpenRefine in a frame) and
 * the page documenting the matching features. Plain HTML with inline styles: nothing is loaded
 * from anywhere, and every value from the graph is escaped.
 */

/** Links shown on a preview card. */
const PREVIEW_LINKS = 6;

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const STYLE = `body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1b1b1b;background:#fff}
article,main{padding:10px 14px}h1{font-size:17px;margin:2px 0 6px}
.kind{color:#555;font-size:12px;text-transform:uppercase;letter-spacing:.04em;margin:0}
.names{color:#444;font-size:12px}ul{padding-left:18px;margin:6px 0}li{margin:1px 0}
.rel{color:#666;font-size:12px}a{color:#0b57a4}code{font-size:12px;color:#555}
table{border-collapse:collapse}td,th{border-top:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** `APPLIES_TO` → `applies to`. */
const relationWords = (relation: string) => relation.toLowerCase().replace(/_/gu, ' ');

function linkLine(link: LinkedEntity): string {
  const relation =
    link.direction === 'OUT'
      ? `${relationWords(link.relation)} →`
      : link.direction === 'IN'
        ? `← ${relationWords(link.relation)}`
        : 'with, in a collaboration:';
  return `<li><span class="rel">${escape(relation)}</span> ${escape(link.entity.name)} <span class="rel">(${escape(kindLabel(link.entity.kind))})</span></li>`;
}

/**
 * The preview card of an entity (`GET /reconcile/preview?id=`): its kind, name, acronym,
 * description, other names, first links and a link to the explorer; 404 for an unknown id.
 * Reads through the request's loaders, as GraphQL does.
 */
export async function previewPage(
  loaders: Loaders,
  id: string,
  base: string,
): Promise<{ status: number; html: string }> {
  const entity = await loaders.entity.load(id);
  if (!entity)
    return {
      status: 404,
      html: page('Not found', `<article><p>No entity has the id <code>${escape(id)}</code>.</p></article>`),
    };
  const kinds = [...ENTITY_KINDS];
  const [out, into, via] = await Promise.all([
    loaders.linked({ direction: 'out', types: DIRECT_RELATION_TYPES, kinds, limit: PREVIEW_LINKS }).load(id),
    loaders.linked({ direction: 'in', types: DIRECT_RELATION_TYPES, kinds, limit: PREVIEW_LINKS }).load(id),
    loaders
      .linked({
        direction: 'via-collaboration',
        roles: COLLABORATION_ROLES,
        targetRoles: COLLABORATION_ROLES,
        kinds,
        limit: PREVIEW_LINKS,
      })
      .load(id),
  ]);
  const seen = new Set<string>();
  const links = [...out, ...into, ...via].filter((l) => {
    const key = `${l.direction}|${l.relation}|${l.entity.id}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
  const names = (entity.names ?? []).filter((n) => n.language !== 'en' || n.type === 'short').slice(0, 4);
  const view = `${base}${VIEW_PATH.replace('{{id}}', encodeURIComponent(entity.id))}`;
  const body = `<article>
<p class="kind">${escape(kindLabel(entity.kind))}${entity.acronym ? ` · ${escape(entity.acronym)}` : ''}</p>
<h1>${escape(entity.name)}</h1>
${entity.description ? `<p>${escape(entity.description)}</p>` : ''}
${names.length > 0 ? `<p class="names">Also ${names.map((n) => `${escape(n.name)} (${n.language})`).join(', ')}</p>` : ''}
${links.length > 0 ? `<ul>${links.slice(0, PREVIEW_LINKS).map(linkLine).join('')}</ul>` : ''}
<p><a href="${escape(view)}" target="_blank" rel="noopener">Open in the explorer</a> · <code>${escape(entity.id)}</code></p>
</article>`;
  return { status: 200, html: page(entity.name, body) };
}

/** The matching features (the manifest's feature_view, `#<feature id>`): the table matching scores by. */
export function featuresPage(): string {
  const rows = MATCH_FEATURES.map(
    (f) =>
      `<tr id="${f.id}"><th><code>${f.id}</code></th><td>${f.role === 'name' ? String(f.weight) : `+${f.weight} / −${f.penalty ?? 0}`}</td><td>${escape(f.description)}</td></tr>`,
  ).join('');
  return page(
    'Matching features',
    `<main><h1>How candidates are scored</h1>
<p>The score (0 to 1) is the strongest name feature's weight times its value, raised or lowered by the qualifiers. A candidate is the match when it scores at least ${MATCH_THRESHOLD}, at least ${MATCH_MARGIN} ahead of the next, and no year you gave, which it has none of, is another candidate's.</p>
<table><thead><tr><th>feature</th><th>weight</th><th>what it says</th></tr></thead><tbody>${rows}</tbody></table></main>`,
  );
}
