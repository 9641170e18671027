import type { ReactNode } from 'react';

/** Kind-specific fields an entity card shows, in this order, with their labels. */
const FACTS: [string, string][] = [
  ['code', 'Code'],
  ['instrumentType', 'Type'],
  ['guidanceType', 'Type'],
  ['programmeType', 'Type'],
  ['agencyType', 'Type'],
  ['meetingType', 'Type'],
  ['documentKind', 'Type'],
  ['unitType', 'Unit'],
  ['category', 'Category'],
  ['status', 'Status'],
  ['year', 'Year'],
  ['endYear', 'Until'],
  ['date', 'Date'],
  ['symbol', 'Symbol'],
  ['issuingBody', 'Issued by'],
  ['cluster', 'Cluster'],
  ['isicSections', 'ISIC sections'],
  ['headquarters', 'Headquarters'],
  ['consultativeStatus', 'ILO status'],
  ['fieldsOfInterest', 'Fields of interest'],
  ['side', 'Side'],
  ['isoAlpha3', 'ISO code'],
  ['region', 'ILO region'],
  ['level', 'Level'],
];

/** The kind-specific facts of an entity that are known, as a definition list. */
export function EntityFacts({ entity }: { entity: Record<string, unknown> }) {
  const rows: [string, ReactNode][] = [];
  for (const [field, label] of FACTS) {
    const value = entity[field];
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) rows.push([label, value.join(', ')]);
    } else rows.push([label, String(value)]);
  }
  if (rows.length === 0) return null;
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
