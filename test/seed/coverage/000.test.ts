/**
 * Coverage of document 000, the ILO web page "Departments in Social Dialogue Sector" (last
 * update 12.10.2012): four sections, LAB/ADMIN, DIALOGUE, SECTOR and Better Work. The list
 * below was written from reading the page, section by section.
 */
import { convention, describeCoverage, named } from './coverage.js';

// Units of the Office
const socialDialogueSector = named('Department', 'Social Dialogue Sector');
const labAdmin = named(
  'Department',
  'Labour Administration and Labour Inspection Programme (LAB/ADMIN)',
  /lab.?admin/i,
);
const dialogue = named(
  'Department',
  'Industrial and Employment Relations Department (DIALOGUE)',
  /^dialogue$|industrial and employment relations/i,
);
const sector = named(
  'Department',
  'Sectoral Activities Department (SECTOR)',
  /^sector$|sectoral activities department/i,
);

// Programmes
const sectoralActivitiesProgramme = named('Programme', 'Sectoral Activities Programme');
const betterWork = named('Programme', 'Better Work programme (BETTER WORK)', 'Better Work');

// Organisations
const ilo = named(
  'PartnerAgency',
  'International Labour Organization (ILO)',
  /^ILO$|international labou?r organi[sz]ation/i,
);
const un = named('PartnerAgency', 'United Nations', /^(UN|United Nations)$/i);
const ifc = named('PartnerAgency', 'International Finance Corporation (IFC)', 'IFC');

// Instruments
const versailles = named('Instrument', 'Treaty of Versailles 1919', 'Treaty of Versailles');
const socialJusticeDeclaration = named(
  'Instrument',
  'ILO Declaration of Social Justice for a Fair Globalization (June 2008)',
  /social justice for a fair globali[sz]ation/i,
);
const c81 = convention(81);
const c129 = convention(129);
const c144 = convention(144);
const c150 = convention(150);

// Topics
const decentWork = named('Topic', 'Decent Work', 'decent work');
const labourAdministration = named('Topic', 'labour administration');
const labourInspection = named('Topic', 'labour inspection');
const standards = named('Topic', 'international labour standards');
const socialDialogue = named('Topic', 'social dialogue');
const bargaining = named('Topic', 'bargaining', /bargaining/i);
const mediation = named('Topic', 'mediation (dispute settlement machinery)', /mediation|dispute/i);
const tripartism = named('Topic', 'tripartite constituents', /tripartism|tripartite/i);
const supplyChains = named('Topic', 'global supply chains', 'supply chains');
const workingConditions = named('Topic', 'working conditions');

// Social partners: "governments, employers’ and workers’ organizations", "the social partners"
const employers = named('SocialPartner', 'employers’ organizations', /employers.? organi[sz]ations/i);
const workers = named('SocialPartner', 'workers’ organizations', /workers.? organi[sz]ations/i);

// Meetings
const sectoralMeetings = named(
  'Meeting',
  'sectoral meetings (international, generally tripartite)',
  /sectoral meetings/i,
);

// The document itself
const page = named('Document', 'Departments in Social Dialogue Sector');

// The same code, SECTOR, about 2021 (document 001): the unit that took this one's place.
const sectoralPolicies = named('Department', 'Sectoral Policies Department');

describeCoverage({
  code: '000',
  named: [
    socialDialogueSector,
    labAdmin,
    dialogue,
    sector,
    sectoralActivitiesProgramme,
    betterWork,
    ilo,
    un,
    ifc,
    versailles,
    socialJusticeDeclaration,
    c81,
    c129,
    c144,
    c150,
    decentWork,
    labourAdministration,
    labourInspection,
    standards,
    socialDialogue,
    bargaining,
    mediation,
    tripartism,
    supplyChains,
    workingConditions,
    employers,
    workers,
    sectoralMeetings,
    page,
  ],
  relations: [
    // "the strengthening of labour administration machinery, including labour inspection ... This was
    // recognized by the Treaty of Versailles 1919 ... and was recently recalled by the ILO Declaration
    // of Social Justice for a Fair Globalization"
    { from: versailles, type: 'ADDRESSES', to: labourAdministration },
    { from: versailles, type: 'ADDRESSES', to: labourInspection },
    { from: socialJusticeDeclaration, type: 'ADDRESSES', to: labourAdministration },
    { from: socialJusticeDeclaration, type: 'ADDRESSES', to: labourInspection },
    // "Departments in Social Dialogue Sector": the four sections are units of that Sector.
    { from: labAdmin, type: 'PART_OF', to: socialDialogueSector },
    { from: dialogue, type: 'PART_OF', to: socialDialogueSector },
    { from: sector, type: 'PART_OF', to: socialDialogueSector },
    { from: betterWork, type: 'PART_OF', to: socialDialogueSector },
    // "Conventions No. 81, No. 129, No. 144 and No. 150"
    { from: labAdmin, type: 'PROMOTES', to: c81 },
    { from: labAdmin, type: 'PROMOTES', to: c129 },
    { from: labAdmin, type: 'PROMOTES', to: c144 },
    { from: labAdmin, type: 'PROMOTES', to: c150 },
    { from: labAdmin, type: 'ADDRESSES', to: labourAdministration },
    { from: labAdmin, type: 'ADDRESSES', to: labourInspection },
    { from: dialogue, type: 'ADDRESSES', to: socialDialogue },
    { from: dialogue, type: 'ADDRESSES', to: bargaining },
    { from: dialogue, type: 'ADDRESSES', to: mediation },
    // "the Sectoral Activities Programme, managed by the Sectoral Activities Department (SECTOR)"
    { from: sector, type: 'RUNS', to: sectoralActivitiesProgramme },
    // "SECTOR's principal activity is the holding of international meetings"
    { from: sector, type: 'ORGANISES', to: sectoralMeetings },
    { from: betterWork, type: 'ADDRESSES', to: supplyChains },
    { from: betterWork, type: 'ADDRESSES', to: standards },
    { from: betterWork, type: 'ADDRESSES', to: workingConditions },
    // "Better Work brings together governments, employers’ and workers’ organizations and international buyers"
    { from: betterWork, type: 'WORKS_WITH', to: employers },
    { from: betterWork, type: 'WORKS_WITH', to: workers },
    // "ILO is a specialized agency of the United Nations"
    { from: ilo, type: 'MEMBER_OF', to: un },
    // "to promote the implementation of international labour standards such as Conventions No. 81..."
    { from: labAdmin, type: 'ADDRESSES', to: standards },
    // the 2012 department and the 2021 one bear one code (an editorial link, cited from both pages)
    { from: sector, type: 'SUCCEEDED_BY', to: sectoralPolicies },
  ],
  cooperations: [
    {
      name: 'Better Work: a partnership of the ILO and the IFC, on standards, supply chains and working conditions',
      partners: [ifc],
      iloParties: [betterWork],
      topics: [supplyChains, standards, workingConditions],
    },
  ],
  checks: [
    {
      // One code, two periods: what this page says of SECTOR in 2012 is not read as a fact of 2021.
      name: 'facts of this page are on the 2012 Sectoral Activities Department, not on the Sectoral Policies Department',
      run: (c) => {
        const policies = new Set(c.candidates(sectoralPolicies).map((e) => e.id));
        const wrong = c.dataset.links.filter(
          (l) =>
            (policies.has(l.from) || policies.has(l.to)) && l.type !== 'SUCCEEDED_BY' && c.citesDocument(l),
        );
        return wrong.length === 0 ? null : wrong.map((l) => `${l.from} ${l.type} ${l.to}`).join('; ');
      },
    },
  ],
});
