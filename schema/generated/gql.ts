/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Connections($from: ID!, $to: ID!, $maxHops: Int = 4) {\n  connections(from: $from, to: $to, maxHops: $maxHops) {\n    length\n    steps {\n      relation\n      reversed\n      from {\n        id\n      }\n      to {\n        id\n      }\n      sources {\n        passage\n        quote\n      }\n    }\n  }\n}": typeof types.ConnectionsDocument,
    "query GapsReport($kinds: [GapKind!]) {\n  gaps(kinds: $kinds) {\n    kind\n    relationship\n    explanation\n    entity {\n      __typename\n      id\n    }\n  }\n}": typeof types.GapsReportDocument,
    "query LinkList($inputs: [MatchInput!]!, $first: Int = 3) {\n  match(inputs: $inputs, first: $first) {\n    name\n    matched {\n      entity {\n        id\n      }\n    }\n    candidates {\n      score\n      match\n      entity {\n        id\n        kind\n        name\n        acronym\n      }\n      features {\n        feature\n        value\n        contribution\n        detail\n      }\n    }\n  }\n}": typeof types.LinkListDocument,
    "query PartnerCollaborations($partner: ID!, $first: Int = 20, $after: String) {\n  collaborations(where: {partner: $partner}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        description\n        since\n        until\n        partners {\n          __typename\n          id\n          name\n          acronym\n        }\n        iloParties {\n          __typename\n          id\n          name\n        }\n        sectors {\n          id\n          name\n        }\n        topics {\n          id\n          name\n        }\n        sources {\n          passage\n          quote\n          confidence\n          passageText\n        }\n      }\n    }\n  }\n}": typeof types.PartnerCollaborationsDocument,
    "query SearchBox($query: String!, $kinds: [EntityKind!], $first: Int = 10) {\n  search(query: $query, kinds: $kinds, first: $first) {\n    score\n    matchedOn\n    entity {\n      __typename\n      id\n      kind\n      name\n      acronym\n    }\n  }\n}": typeof types.SearchBoxDocument,
    "query SectorPage($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Sector {\n      id\n      name\n      isicSections\n      confidence\n      sources {\n        passage\n        quote\n        confidence\n        document {\n          id\n          name\n        }\n      }\n      instruments {\n        id\n        name\n        code\n        year\n        category\n      }\n      programmes {\n        id\n        name\n        department {\n          id\n          name\n        }\n      }\n      partners {\n        id\n        name\n        acronym\n      }\n      collaborations {\n        id\n        name\n        since\n      }\n    }\n  }\n}": typeof types.SectorPageDocument,
};
const documents: Documents = {
    "query Connections($from: ID!, $to: ID!, $maxHops: Int = 4) {\n  connections(from: $from, to: $to, maxHops: $maxHops) {\n    length\n    steps {\n      relation\n      reversed\n      from {\n        id\n      }\n      to {\n        id\n      }\n      sources {\n        passage\n        quote\n      }\n    }\n  }\n}": types.ConnectionsDocument,
    "query GapsReport($kinds: [GapKind!]) {\n  gaps(kinds: $kinds) {\n    kind\n    relationship\n    explanation\n    entity {\n      __typename\n      id\n    }\n  }\n}": types.GapsReportDocument,
    "query LinkList($inputs: [MatchInput!]!, $first: Int = 3) {\n  match(inputs: $inputs, first: $first) {\n    name\n    matched {\n      entity {\n        id\n      }\n    }\n    candidates {\n      score\n      match\n      entity {\n        id\n        kind\n        name\n        acronym\n      }\n      features {\n        feature\n        value\n        contribution\n        detail\n      }\n    }\n  }\n}": types.LinkListDocument,
    "query PartnerCollaborations($partner: ID!, $first: Int = 20, $after: String) {\n  collaborations(where: {partner: $partner}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        description\n        since\n        until\n        partners {\n          __typename\n          id\n          name\n          acronym\n        }\n        iloParties {\n          __typename\n          id\n          name\n        }\n        sectors {\n          id\n          name\n        }\n        topics {\n          id\n          name\n        }\n        sources {\n          passage\n          quote\n          confidence\n          passageText\n        }\n      }\n    }\n  }\n}": types.PartnerCollaborationsDocument,
    "query SearchBox($query: String!, $kinds: [EntityKind!], $first: Int = 10) {\n  search(query: $query, kinds: $kinds, first: $first) {\n    score\n    matchedOn\n    entity {\n      __typename\n      id\n      kind\n      name\n      acronym\n    }\n  }\n}": types.SearchBoxDocument,
    "query SectorPage($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Sector {\n      id\n      name\n      isicSections\n      confidence\n      sources {\n        passage\n        quote\n        confidence\n        document {\n          id\n          name\n        }\n      }\n      instruments {\n        id\n        name\n        code\n        year\n        category\n      }\n      programmes {\n        id\n        name\n        department {\n          id\n          name\n        }\n      }\n      partners {\n        id\n        name\n        acronym\n      }\n      collaborations {\n        id\n        name\n        since\n      }\n    }\n  }\n}": types.SectorPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Connections($from: ID!, $to: ID!, $maxHops: Int = 4) {\n  connections(from: $from, to: $to, maxHops: $maxHops) {\n    length\n    steps {\n      relation\n      reversed\n      from {\n        id\n      }\n      to {\n        id\n      }\n      sources {\n        passage\n        quote\n      }\n    }\n  }\n}"): (typeof documents)["query Connections($from: ID!, $to: ID!, $maxHops: Int = 4) {\n  connections(from: $from, to: $to, maxHops: $maxHops) {\n    length\n    steps {\n      relation\n      reversed\n      from {\n        id\n      }\n      to {\n        id\n      }\n      sources {\n        passage\n        quote\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GapsReport($kinds: [GapKind!]) {\n  gaps(kinds: $kinds) {\n    kind\n    relationship\n    explanation\n    entity {\n      __typename\n      id\n    }\n  }\n}"): (typeof documents)["query GapsReport($kinds: [GapKind!]) {\n  gaps(kinds: $kinds) {\n    kind\n    relationship\n    explanation\n    entity {\n      __typename\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinkList($inputs: [MatchInput!]!, $first: Int = 3) {\n  match(inputs: $inputs, first: $first) {\n    name\n    matched {\n      entity {\n        id\n      }\n    }\n    candidates {\n      score\n      match\n      entity {\n        id\n        kind\n        name\n        acronym\n      }\n      features {\n        feature\n        value\n        contribution\n        detail\n      }\n    }\n  }\n}"): (typeof documents)["query LinkList($inputs: [MatchInput!]!, $first: Int = 3) {\n  match(inputs: $inputs, first: $first) {\n    name\n    matched {\n      entity {\n        id\n      }\n    }\n    candidates {\n      score\n      match\n      entity {\n        id\n        kind\n        name\n        acronym\n      }\n      features {\n        feature\n        value\n        contribution\n        detail\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerCollaborations($partner: ID!, $first: Int = 20, $after: String) {\n  collaborations(where: {partner: $partner}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        description\n        since\n        until\n        partners {\n          __typename\n          id\n          name\n          acronym\n        }\n        iloParties {\n          __typename\n          id\n          name\n        }\n        sectors {\n          id\n          name\n        }\n        topics {\n          id\n          name\n        }\n        sources {\n          passage\n          quote\n          confidence\n          passageText\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PartnerCollaborations($partner: ID!, $first: Int = 20, $after: String) {\n  collaborations(where: {partner: $partner}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        description\n        since\n        until\n        partners {\n          __typename\n          id\n          name\n          acronym\n        }\n        iloParties {\n          __typename\n          id\n          name\n        }\n        sectors {\n          id\n          name\n        }\n        topics {\n          id\n          name\n        }\n        sources {\n          passage\n          quote\n          confidence\n          passageText\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchBox($query: String!, $kinds: [EntityKind!], $first: Int = 10) {\n  search(query: $query, kinds: $kinds, first: $first) {\n    score\n    matchedOn\n    entity {\n      __typename\n      id\n      kind\n      name\n      acronym\n    }\n  }\n}"): (typeof documents)["query SearchBox($query: String!, $kinds: [EntityKind!], $first: Int = 10) {\n  search(query: $query, kinds: $kinds, first: $first) {\n    score\n    matchedOn\n    entity {\n      __typename\n      id\n      kind\n      name\n      acronym\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SectorPage($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Sector {\n      id\n      name\n      isicSections\n      confidence\n      sources {\n        passage\n        quote\n        confidence\n        document {\n          id\n          name\n        }\n      }\n      instruments {\n        id\n        name\n        code\n        year\n        category\n      }\n      programmes {\n        id\n        name\n        department {\n          id\n          name\n        }\n      }\n      partners {\n        id\n        name\n        acronym\n      }\n      collaborations {\n        id\n        name\n        since\n      }\n    }\n  }\n}"): (typeof documents)["query SectorPage($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Sector {\n      id\n      name\n      isicSections\n      confidence\n      sources {\n        passage\n        quote\n        confidence\n        document {\n          id\n          name\n        }\n      }\n      instruments {\n        id\n        name\n        code\n        year\n        category\n      }\n      programmes {\n        id\n        name\n        department {\n          id\n          name\n        }\n      }\n      partners {\n        id\n        name\n        acronym\n      }\n      collaborations {\n        id\n        name\n        since\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;