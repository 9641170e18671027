/**
 * Coverage of document 001, the ILO web page "About the Sectoral Policies Department" (about
 * 2021): the Department's remit, its five lines of work, and its Office-wide roles. The list
 * below was written from reading the page.
 */
import { describeCoverage, named } from './coverage.js';

// The unit as this page dates it (about 2021), apart from the Sectoral Activities Department (SECTOR)
// of 2012 (document 000), which bears the same code.
const sector = named(
  'Department',
  'Sectoral Policies Department (SECTOR)',
  /^sectoral policies department$/i,
);
const sectoralActivitiesDepartment = named(
  'Department',
  'Sectoral Activities Department (SECTOR, 2012)',
  /^sectoral activities department$/i,
);
const sectoralActivitiesProgramme = named(
  'Programme',
  'the ILO sectoral approach',
  'Sectoral Activities Programme',
);
const ilo = named('PartnerAgency', 'ILO', /^ILO$|international labou?r organi[sz]ation/i);
const un = named('PartnerAgency', 'United Nations (other United Nations agencies)', /^(UN|United Nations)$/i);

const centenaryDeclaration = named(
  'Instrument',
  'Centenary Declaration for the Future of Work',
  /centenary declaration/i,
);
// A call to action the Conference adopted: a Resolution, not a labour standard.
const globalCallToAction = named(
  'Resolution',
  'Global Call to Action for a human-centred recovery from the COVID-19 crisis',
  /global call to action/i,
);

const decentWork = named('Topic', 'Decent Work Agenda', /decent work/i);
const employment = named('Topic', 'employment', /^employment$/i);
const socialDialogue = named('Topic', 'social dialogue');
const tripartism = named('Topic', 'tripartite meetings', /tripartism|tripartite/i);
const standards = named('Topic', 'international labour standards');
const ruralEconomy = named('Topic', 'decent work in the rural economy', 'rural economy');
const supplyChains = named('Topic', 'decent work in global supply chains', 'supply chains');

const employers = named('SocialPartner', 'employers’ organizations', /employers.? organi[sz]ations/i);
const workers = named('SocialPartner', 'workers’ organizations', /workers.? organi[sz]ations/i);

const tripartiteMeetings = named(
  'Meeting',
  'global, regional and national tripartite meetings',
  /sectoral meetings|tripartite meetings/i,
);

const page = named('Document', 'About the Sectoral Policies Department');

describeCoverage({
  code: '001',
  named: [
    sector,
    ilo,
    un,
    centenaryDeclaration,
    globalCallToAction,
    decentWork,
    employment,
    socialDialogue,
    tripartism,
    standards,
    ruralEconomy,
    supplyChains,
    employers,
    workers,
    tripartiteMeetings,
    page,
    sectoralActivitiesProgramme,
  ],
  relations: [
    // "promoting social dialogue and building consensus among sectoral constituents"
    { from: sector, type: 'ADDRESSES', to: socialDialogue },
    // "promoting the ratification and effective implementation of international labour standards"
    { from: sector, type: 'ADDRESSES', to: standards },
    // "responsible for the coordination of Office-wide efforts on the promotion of decent work in the rural economy"
    { from: sector, type: 'ADDRESSES', to: ruralEconomy },
    // "contributes to the ILO’s work on the promotion of decent work in global supply chains"
    { from: sector, type: 'ADDRESSES', to: supplyChains },
    // "contributes to ... the implementation of the Centenary Declaration ... and the Global Call to
    // Action": PROMOTES is the nearest type, and the check below keeps it from reading as stated
    { from: sector, type: 'PROMOTES', to: centenaryDeclaration },
    { from: sector, type: 'PROMOTES', to: globalCallToAction },
    // "through global, regional and national tripartite meetings"
    { from: sector, type: 'ORGANISES', to: tripartiteMeetings },
    // "strengthening the capacity of governments, employers’ and workers’ organizations at country level"
    { from: sector, type: 'WORKS_WITH', to: employers },
    { from: sector, type: 'WORKS_WITH', to: workers },
    // one code, two periods (editorial: neither page says so)
    { from: sectoralActivitiesDepartment, type: 'SUCCEEDED_BY', to: sector },
    // "Cross-cutting through Decent Work: the ILO sectoral approach"
    { from: sectoralActivitiesProgramme, type: 'ADDRESSES', to: decentWork },
  ],
  checks: [
    {
      name: 'the succession of the two SECTOR departments is not shown as confirmed: no page says it',
      run: (c) => {
        const links = c.dataset.links.filter((l) => l.type === 'SUCCEEDED_BY' && c.citesDocument(l));
        if (links.length === 0) return 'no SUCCEEDED_BY citing 001';
        const confirmed = links.flatMap((l) => l.sources).filter((s) => s.confidence === 'confirmed');
        return confirmed.length === 0 ? null : `confirmed: ${confirmed.map((s) => s.passage).join(', ')}`;
      },
    },
    {
      name: 'SECTOR "contributes to the implementation" of the Centenary Declaration and the Global Call to Action: not shown as a confirmed PROMOTES',
      run: (c) => {
        const sectors = new Set(c.candidates(sector).map((e) => e.id));
        const declarations = new Set(
          [...c.candidates(centenaryDeclaration), ...c.candidates(globalCallToAction)].map((e) => e.id),
        );
        const confirmed = c.dataset.links.filter(
          (l) =>
            l.type === 'PROMOTES' &&
            sectors.has(l.from) &&
            declarations.has(l.to) &&
            l.sources.some((s) => s.passage.startsWith('001#') && s.confidence === 'confirmed'),
        );
        return confirmed.length === 0 ? null : `confirmed: ${confirmed.map((l) => l.to).join(', ')}`;
      },
    },
  ],
});
