/**
 * Coverage of document 003, Governing Body paper GB.279/PFA/6, "Strategic Policy Framework
 * 2002-05" (Geneva, 20 October 2000): the four strategic objectives with their ten operational
 * objectives and indicators, InFocus programmes, Conventions, intersectoral initiatives,
 * institutional capacities (statistics, gender, external relations) and meetings. The list
 * below was written from reading the paper, paragraphs 1-164 and footnotes 1-7.
 */
import type { EntityRecord } from '../../../src/domain/dataset.js';
import { convention, type Coverage, describeCoverage, matchesEntity, named, type Named } from './coverage.js';

// ---------------------------------------------------------------- organs and units
const governingBody = named('Department', 'Governing Body');
const pfa = named(
  'Department',
  'Programme, Financial and Administrative Committee',
  /^PFA$|programme, financial and administrative committee/i,
);
const workingParty = named('Department', 'Working Party on the Social Dimension of Globalization');
const internationalPolicyGroup = named('Department', 'International Policy Group');
const employmentSector = named('Department', 'Employment Sector');
const socialProtectionSector = named('Department', 'Social Protection Sector');
const socialDialogueSector = named('Department', 'Social Dialogue Sector');
const standardsSector = named('Department', 'Standards and Fundamental Principles and Rights at Work Sector');
const expertAdvisers = named('Department', 'Expert Advisers (on the Declaration)', /expert advisers/i);
const committeeOfExperts = named('Department', 'Committee of Experts');
const cfa = named('Department', 'Committee on Freedom of Association');
const advisoryGroupStatistics = named('Department', 'Advisory Group on Statistics');
const informalEconomyTaskForce = named(
  'Department',
  'intersectoral task force on decent work in the informal economy',
  /task force on decent work in the informal economy/i,
);
const seniorManagementTeam = named('Department', 'Senior Management Team');
// A team of the field structure, in the regional offices (para 107).
const decentWorkTeams = named('FieldOffice', 'Decent Work Teams');
// paras 106-107, 128: the field structure, its offices and teams
const fieldStructure = named('FieldOffice', 'the ILO field structure', /field structure/i);
const regionalOffices = named('FieldOffice', 'regional offices', /regional offices/i);
const areaOffices = named('FieldOffice', 'area offices', /area offices/i);
const mdts = named('FieldOffice', 'multidisciplinary teams (MDTs)', /multidisciplinary teams/i);
const nationalInformationSpecialists = named('FieldOffice', 'national information specialists');
const bureauOfStatistics = named('Department', 'Bureau of Statistics');
// para 135: "in cooperation with the Statistics Programme"
const statisticsProgramme = named('Department', 'Statistics Programme');
const office = named(
  'Department',
  'the Office (International Labour Office)',
  /^international labou?r office$/i,
);
const consultativeGroupStatistics = named('Department', 'Consultative Group on Statistics');
const exrel = named('Department', 'Bureau for External Relations and Partnerships');
const advisoryCommitteeInternationalPolicy = named(
  'Department',
  'Advisory Committee on International Policy issues',
);
const relationsAndMeetings = named('Department', 'Relations and Meetings Programme');

// ---------------------------------------------------------------- organisations
const ilo = named('PartnerAgency', 'ILO', /^ILO$/i);
const un = named('PartnerAgency', 'United Nations', /^(UN|United Nations)$/i);
const iils = named('PartnerAgency', 'International Institute for Labour Studies');
const turinCentre = named('PartnerAgency', 'Turin Centre', /turin centre|international training centre/i);
const brettonWoods = named(
  'PartnerAgency',
  'Bretton Woods institutions (international financial institutions)',
  /bretton woods|^world bank$|^IMF$/i,
);
const oecd = named('PartnerAgency', 'OECD', /^OECD$/i);
const globalCompact = named('PartnerAgency', 'Global Compact', /global compact/i);

// ---------------------------------------------------------------- programmes
const seed = named(
  'Programme',
  'InFocus Programme on Boosting Employment through Small Enterprise Development',
  /small enterprises? development/i,
);
const safework = named('Programme', 'InFocus Programme on SafeWork', /safework/i);
const infocusDialogue = named(
  'Programme',
  'InFocus Programme on Social Dialogue (Strengthening Social Dialogue)',
  /infocus programme on social dialogue/i,
);
const ipec = named(
  'Programme',
  'International Programme for the Elimination of Child Labour (IPEC)',
  /^IPEC$/i,
);
const infocusDeclaration = named(
  'Programme',
  'InFocus programme on promoting the Declaration',
  /infocus programme on promoting the declaration/i,
);
const skillsProgramme = named(
  'Programme',
  'InFocus Programme on Skills, Knowledge and Employability',
  /skills, knowledge and employability/i,
);
const crisisProgramme = named(
  'Programme',
  'InFocus Programme on Crisis Response and Reconstruction',
  /crisis response and reconstruction/i,
);
const sesProgramme = named(
  'Programme',
  'InFocus Programme on Socio-Economic Security',
  /socio-economic security/i,
);
const timeBound = named(
  'Programme',
  'national time-bound programmes on the worst forms of child labour',
  /time-bound programmes/i,
);
const kilm = named(
  'Programme',
  'Key Indicators of the Labour Market (KILM) project',
  /^KILM$|key indicators of the labour market/i,
);
const jobsForAfrica = named('Programme', 'Jobs for Africa Programme');

// ---------------------------------------------------------------- instruments
const fprwDeclaration = named(
  'Instrument',
  'Declaration on Fundamental Principles and Rights at Work',
  /declaration on fundamental principles and rights at work/i,
);
const c138 = convention(138, 'Minimum Age Convention, 1973 (No. 138)');
const c182 = convention(182, 'Worst Forms of Child Labour Convention, 1999 (No. 182)');
const c150 = convention(150, 'Labour Administration Convention, 1978 (No. 150)');
const c144 = convention(
  144,
  'Tripartite Consultation (International Labour Standards) Convention, 1976 (No. 144)',
);
const c87 = convention(87, 'Convention No. 87');
const c98 = convention(98, 'Convention No. 98');
const mneDeclaration = named(
  'Instrument',
  'Tripartite Declaration of Principles concerning Multinational Enterprises and Social Policy',
  /tripartite declaration of principles concerning multinational enterprises/i,
);
const hivResolution = named(
  'Resolution',
  'resolution on HIV/AIDS and the world of work (ILC, 88th Session, 2000)',
  /resolution (on|concerning) HIV\/AIDS and the world of work/i,
);
const technicalCooperationConclusions = named(
  'Resolution',
  'conclusions concerning the role of the ILO in technical cooperation (1999)',
  /conclusions concerning the role of the ILO in technical cooperation/i,
);
const constitution = named(
  'Instrument',
  'the ILO Constitution (article 19 and article 22 reports; the constitutional principle of tripartism)',
  /constitution of the international labour organi[sz]ation|ILO constitution/i,
);

// ---------------------------------------------------------------- objectives (strategic 1-4, operational 1a-4b)
const objective = (name: string, expectation: RegExp) => named('Objective', name, expectation);
const so1 = objective(
  'Strategic Objective No. 1: Promote and realize standards and fundamental principles and rights at work',
  /^promote and realize standards/i,
);
const so2 = objective(
  'Strategic Objective No. 2: Create greater opportunities for women and men to secure decent employment and income',
  /^create greater opportunities for women and men/i,
);
const so3 = objective(
  'Strategic Objective No. 3: Enhance the coverage and effectiveness of social protection for all',
  /^enhance the coverage and effectiveness of social protection/i,
);
const so4 = objective(
  'Strategic Objective No. 4: Strengthen tripartism and social dialogue',
  /^strengthen tripartism and social dialogue$/i,
);
const oo1a = objective(
  'Operational objective 1a: Standards and fundamental principles and rights at work',
  /^standards and fundamental principles and rights at work$/i,
);
const oo1b = objective('Operational objective 1b: Child labour', /^child labour$/i);
const oo1c = objective('Operational objective 1c: Normative action', /^normative action$/i);
const oo2a = objective('Operational objective 2a: Employment policy support', /^employment policy support$/i);
const oo2b = objective(
  'Operational Objective 2b: Knowledge, skills and employability',
  /^knowledge, skills and employability$/i,
);
const oo2c = objective('Operational Objective 2c: Employment creation', /^employment creation$/i);
const oo3a = objective(
  'Operational objective 3a: Scope of social security schemes',
  /^scope of social security schemes$/i,
);
const oo3b = objective(
  'Operational objective 3b: Action to improve working conditions',
  /^action to improve working conditions$/i,
);
const oo4a = objective('Operational objective 4a: Stronger social partners', /^stronger social partners$/i);
const oo4b = objective(
  'Operational objective 4b: Strengthening governments and the institutions of social dialogue',
  /^strengthening governments and the institutions of social dialogue$/i,
);

// ---------------------------------------------------------------- meetings
const ilc = named('Meeting', 'International Labour Conference', /^international labour conference$/i);
const ilc1999 = named(
  'Meeting',
  'International Labour Conference, 1999 (Director-General’s report; conclusions on technical cooperation)',
  /international labour conference.*(1999|87th)/i,
);
const ilc2001 = named(
  'Meeting',
  'International Labour Conference in 2001 (social security)',
  /international labour conference.*(2001|89th)/i,
);
const ilc88 = named(
  'Meeting',
  'International Labour Conference, 88th Session (2000)',
  /international labour conference.*88th/i,
);
const womenConference = named(
  'Meeting',
  'Fourth World Conference on Women (Beijing, 1995)',
  /^fourth world conference on women$/i,
);
const socialSummit = named(
  'Meeting',
  'World Summit for Social Development (1995)',
  /^world summit for social development$/i,
);
const ungaWomen = named(
  'Meeting',
  'special session of the UN General Assembly on the Fourth World Conference on Women',
  /special session.*fourth world conference on women/i,
);
const ungaSocial = named(
  'Meeting',
  'special session of the UN General Assembly on the World Summit for Social Development',
  /special session.*world summit for social development/i,
);
const millenniumSummit = named('Meeting', 'Millennium Summit');
const icls = named(
  'Meeting',
  'International Conference of Labour Statisticians',
  /^international conference of labour statisticians$/i,
);
const icls17 = named('Meeting', 'Seventeenth International Conference of Labour Statisticians');
const jcoh13 = named(
  'Meeting',
  'Thirteenth Joint ILO/WHO Committee on Occupational Health',
  /thirteenth joint ILO\/WHO committee/i,
);
const jcoh = named(
  'Meeting',
  'Joint ILO/WHO Committee on Occupational Health',
  /^joint ILO\/WHO committee on occupational health$/i,
);
const informalEconomyConference = named(
  'Meeting',
  'Global Conference on Decent Work in the Informal Economy',
);

// ---------------------------------------------------------------- documents
const pb2000 = named('Document', 'Programme and Budget for 2000-01', /programme and budget for 2000-01/i);
const pb2002 = named(
  'Document',
  'Programme and Budget proposals for 2002-03',
  /programme and budget proposals for 2002-03/i,
);
const decentWorkReport = named(
  'Document',
  'Decent work, the Director-General’s report to the Conference in 1999',
  /^decent work\b.*report|report of the director-general.*1999|^decent work \(/i,
);
const gb279_4 = named('Document', 'GB.279/4', /^GB\.279\/4$/i);
const gb279_7 = named('Document', 'GB.279/7', /^GB\.279\/7$/i);
const gb277pfa10 = named('Document', 'GB.277/PFA/10', /^GB\.277\/PFA\/10$/i);
const gb279pfa12 = named('Document', 'GB.279/PFA/12', /^GB\.279\/PFA\/12$/i);
const gb279pfa5 = named(
  'Document',
  'GB.279/PFA/5 (Information Technology Systems Fund)',
  /^GB\.279\/PFA\/5$/i,
);
const gb279pfa7 = named('Document', 'GB.279/PFA/7', /^GB\.279\/PFA\/7$/i);
const globalReport = named(
  'Document',
  'Global Report on child labour (2002)',
  /global report on child labour/i,
);
const paper = named(
  'Document',
  'Strategic Policy Framework 2002-05 (GB.279/PFA/6)',
  /strategic policy framework 2002-05/i,
);

// ---------------------------------------------------------------- social partners
const employers = named('SocialPartner', 'employers’ organizations', /employers.? organi[sz]ations/i);
const workers = named('SocialPartner', 'workers’ organizations; trade unions', /workers.? organi[sz]ations/i);

// ---------------------------------------------------------------- sectors (paras 70, 89, 96)
const sector = (name: string, expectation: RegExp | string = name) => named('Sector', name, expectation);
const mining = sector('mining');
const construction = sector('construction');
const forestry = sector('forestry');
const chemicals = sector('chemicals; the chemical industry', /chemical/i);
const agriculture = sector('agriculture');
const maritime = sector('the maritime sector (including fishing)', /shipping|fisheries/i);
const transport = sector('transport', /^transport \(/i);
const publicService = sector('the public service', /public service/i);

// ---------------------------------------------------------------- regions (paras 8, 39, 63)
// Para 8: "Each region lives these changes in a different way", region by region.
const oecdCountries = named('Region', 'the OECD countries', 'OECD countries');
const centralEasternEurope = named('Region', 'Central and Eastern Europe');
const eastAsia = named('Region', 'East Asia');
const southAsia = named('Region', 'South Asia');
const westAsia = named('Region', 'West Asia');
const latinAmerica = named('Region', 'Latin America');
const africa = named('Region', 'Africa', /^Africa$/);
// Paras 39 and 63: the impact of HIV/AIDS "particularly in sub-Saharan Africa".
const subSaharanAfrica = named('Region', 'sub-Saharan Africa');

// ---------------------------------------------------------------- topics
const topic = (name: string, expectation: RegExp | string = name) => named('Topic', name, expectation);
const decentWork = topic('decent work');
const globalization = topic('globalization', /globali[sz]ation/i);
const standards = topic('international labour standards');
const freedomOfAssociation = topic('freedom of association');
const collectiveBargaining = topic('collective bargaining');
const forcedLabour = topic('forced labour');
const childLabour = topic('child labour');
const discrimination = topic('discrimination in employment and occupation', /discrimination/i);
const gender = topic('gender equality');
const migration = topic('migration; migrant workers', /migration/i);
const indigenous = topic('indigenous and tribal peoples');
const informalEconomy = topic('informal economy');
const employment = topic('employment promotion', /^employment( promotion)?$/i);
const enterprise = topic(
  'enterprise development (micro-, small and cooperative enterprises)',
  'enterprise development',
);
const eii = topic('employment-intensive investment');
const microFinance = topic('micro-finance', /micro.?finance/i);
const skills = topic('skills development and employability', 'skills development');
const crisis = topic('crisis response and reconstruction', 'crisis response');
const csr = topic('social responsibility of businesses', /social responsibility/i);
const mne = topic('multinational enterprises and foreign direct investment', 'multinational enterprises');
const socialProtection = topic('social protection');
const socialSecurity = topic('social security');
const osh = topic('occupational safety and health');
const hivAids = topic('HIV/AIDS', /HIV\/AIDS/i);
const workingConditions = topic('conditions of work; working conditions', 'working conditions');
const maternity = topic('maternity protection');
const workingTime = topic('working time');
const workFamily = topic('work and family');
const harassment = topic('sexual harassment');
const trafficking = topic('trafficking', /trafficking/i);
const labourInspection = topic('labour inspection (labour inspectorates)', 'labour inspection');
const labourAdministration = topic('labour administration');
const disputes = topic('mediation and dispute settlement', /dispute/i);
const socialDialogue = topic('social dialogue');
const tripartism = topic('tripartism');
const wages = topic('decent wages; the gender wage gap', 'wages');
const statistics = topic('labour statistics');
const supplyChains = topic('decent work throughout the supply chain', 'supply chains');

// para 123: "NATLEX, ILOLEX and APPLIS", the standards databases
const natlex = named('Register', 'NATLEX', /^NATLEX$/);
const ilolex = named('Register', 'ILOLEX', /^ILOLEX$/);
const applis = named('Register', 'APPLIS', /^APPLIS$/);
// para 28 and objective 1a: the four categories of fundamental principles and rights
const fundamentalCategories = named(
  'Classification',
  'the four categories of fundamental principles and rights at work',
  /four categories/i,
);

const strategic = [so1, so2, so3, so4];
const operational: [Named, Named][] = [
  [oo1a, so1],
  [oo1b, so1],
  [oo1c, so1],
  [oo2a, so2],
  [oo2b, so2],
  [oo2c, so2],
  [oo3a, so3],
  [oo3b, so3],
  [oo4a, so4],
  [oo4b, so4],
];

function objectivesCiting(coverage: Coverage, level: string): EntityRecord[] {
  return coverage.dataset.entities.filter(
    (e) => e.kind === 'Objective' && e.level === level && coverage.citesDocument(e),
  );
}

function indicatorsOf(coverage: Coverage, ref: Named): string {
  return coverage
    .candidates(ref)
    .flatMap((e) => e.indicators ?? [])
    .join(' | ');
}

describeCoverage({
  code: '003',
  named: [
    governingBody,
    pfa,
    workingParty,
    internationalPolicyGroup,
    employmentSector,
    socialProtectionSector,
    socialDialogueSector,
    standardsSector,
    expertAdvisers,
    committeeOfExperts,
    cfa,
    advisoryGroupStatistics,
    informalEconomyTaskForce,
    seniorManagementTeam,
    decentWorkTeams,
    bureauOfStatistics,
    statisticsProgramme,
    office,
    consultativeGroupStatistics,
    exrel,
    advisoryCommitteeInternationalPolicy,
    relationsAndMeetings,
    ilo,
    un,
    iils,
    turinCentre,
    brettonWoods,
    oecd,
    globalCompact,
    seed,
    safework,
    infocusDialogue,
    ipec,
    infocusDeclaration,
    skillsProgramme,
    crisisProgramme,
    sesProgramme,
    timeBound,
    kilm,
    jobsForAfrica,
    oecdCountries,
    centralEasternEurope,
    eastAsia,
    southAsia,
    westAsia,
    latinAmerica,
    africa,
    subSaharanAfrica,
    fprwDeclaration,
    c138,
    c182,
    c150,
    c144,
    c87,
    c98,
    mneDeclaration,
    hivResolution,
    technicalCooperationConclusions,
    constitution,
    ...strategic,
    ...operational.map(([o]) => o),
    ilc,
    ilc1999,
    ilc2001,
    ilc88,
    womenConference,
    socialSummit,
    ungaWomen,
    ungaSocial,
    millenniumSummit,
    icls,
    icls17,
    jcoh13,
    jcoh,
    informalEconomyConference,
    pb2000,
    pb2002,
    decentWorkReport,
    gb279_4,
    gb279_7,
    gb277pfa10,
    gb279pfa12,
    gb279pfa5,
    gb279pfa7,
    globalReport,
    paper,
    employers,
    workers,
    mining,
    construction,
    forestry,
    chemicals,
    agriculture,
    maritime,
    transport,
    publicService,
    decentWork,
    globalization,
    standards,
    freedomOfAssociation,
    collectiveBargaining,
    forcedLabour,
    childLabour,
    discrimination,
    gender,
    migration,
    indigenous,
    informalEconomy,
    employment,
    enterprise,
    eii,
    microFinance,
    skills,
    crisis,
    csr,
    mne,
    socialProtection,
    socialSecurity,
    osh,
    hivAids,
    workingConditions,
    maternity,
    workingTime,
    workFamily,
    harassment,
    trafficking,
    labourInspection,
    labourAdministration,
    disputes,
    socialDialogue,
    tripartism,
    wages,
    statistics,
    supplyChains,
    fieldStructure,
    regionalOffices,
    areaOffices,
    mdts,
    nationalInformationSpecialists,
    natlex,
    ilolex,
    applis,
    fundamentalCategories,
  ],
  relations: [
    // para 48 ("Within the sector, the InFocus programmes will take the lead") and para 54
    { from: employmentSector, type: 'RUNS', to: skillsProgramme },
    // objective 3b: "national SafeWork programmes of action are launched"
    { from: safework, type: 'CONTRIBUTES_TO', to: oo3b },
    // para 162: "the Expert Advisers under the Declaration programme"
    { from: expertAdvisers, type: 'PART_OF', to: infocusDeclaration },
    // para 100: "The Office was reorganized ... A Senior Management Team ... was created."
    { from: seniorManagementTeam, type: 'PART_OF', to: office },
    // para 144: an Advisory Committee "formed to guide the Office’s international policy agenda"
    { from: advisoryCommitteeInternationalPolicy, type: 'PART_OF', to: office },
    // para 78: "the basic ILO constitutional principle of tripartism"
    { from: constitution, type: 'ADDRESSES', to: tripartism },
    // each operational objective belongs to its strategic objective
    ...operational.map(([from, to]) => ({ from, type: 'PART_OF' as const, to })),
    // paras 23, 30: "the InFocus Programme on Child Labour: IPEC" and Conventions Nos. 182 and 138
    { from: ipec, type: 'ADDRESSES', to: childLabour },
    { from: ipec, type: 'PROMOTES', to: c138 },
    { from: ipec, type: 'PROMOTES', to: c182 },
    { from: ipec, type: 'CONTRIBUTES_TO', to: oo1b },
    { from: timeBound, type: 'ADDRESSES', to: childLabour },
    // strategies of the operational objectives name the programme that leads them
    { from: skillsProgramme, type: 'CONTRIBUTES_TO', to: oo2b },
    { from: seed, type: 'CONTRIBUTES_TO', to: oo2c },
    { from: crisisProgramme, type: 'CONTRIBUTES_TO', to: oo2c },
    { from: sesProgramme, type: 'CONTRIBUTES_TO', to: oo3a },
    { from: infocusDialogue, type: 'CONTRIBUTES_TO', to: oo4b },
    // para 94: "The sector will contribute to the promotion of ... Conventions Nos. 87 and 98"
    { from: socialDialogueSector, type: 'PROMOTES', to: c87 },
    { from: socialDialogueSector, type: 'PROMOTES', to: c98 },
    // para 67: "the resolution on HIV/AIDS and the world of work, adopted by the International Labour Conference at its 88th Session (2000)"
    { from: hivResolution, type: 'ADOPTED_AT', to: ilc88 },
    // para 104: "its conclusions concerning the role of the ILO in technical cooperation, adopted in 1999"
    { from: technicalCooperationConclusions, type: 'ADOPTED_AT', to: ilc1999 },
    // para 16: "the Governing Body’s Working Party on the Social Dimension of Globalization"
    { from: workingParty, type: 'PART_OF', to: governingBody },
    // para 144: "Within the Bureau, the International Policy Group"
    { from: internationalPolicyGroup, type: 'PART_OF', to: exrel },
    // para 124: the Employment Sector and the KILM project
    { from: employmentSector, type: 'RUNS', to: kilm },
    // para 158
    { from: icls17, type: 'PART_OF', to: icls },
    { from: jcoh13, type: 'PART_OF', to: jcoh },
    { from: ilc88, type: 'PART_OF', to: ilc },
    // para 32: the time-bound programmes within IPEC
    { from: timeBound, type: 'PART_OF', to: ipec },
    // paras 106-107, 128: the parts of the field structure; Decent Work Teams within the regional offices
    { from: regionalOffices, type: 'PART_OF', to: fieldStructure },
    { from: areaOffices, type: 'PART_OF', to: fieldStructure },
    { from: mdts, type: 'PART_OF', to: fieldStructure },
    { from: nationalInformationSpecialists, type: 'PART_OF', to: fieldStructure },
    { from: decentWorkTeams, type: 'PART_OF', to: regionalOffices },
    // para 123: the standards databases the Standards Sector keeps
    { from: standardsSector, type: 'MAINTAINS', to: natlex },
    { from: standardsSector, type: 'MAINTAINS', to: ilolex },
    { from: standardsSector, type: 'MAINTAINS', to: applis },
    // the indicators of operational objectives name instruments
    { from: oo1a, type: 'TRACKS', to: fprwDeclaration },
    { from: oo1b, type: 'TRACKS', to: c138 },
    { from: oo1b, type: 'TRACKS', to: c182 },
    { from: oo4b, type: 'TRACKS', to: c150 },
    // para 28 and objective 1a: the four categories
    { from: freedomOfAssociation, type: 'CLASSIFIED_IN', to: fundamentalCategories },
    { from: collectiveBargaining, type: 'CLASSIFIED_IN', to: fundamentalCategories },
    { from: forcedLabour, type: 'CLASSIFIED_IN', to: fundamentalCategories },
    { from: childLabour, type: 'CLASSIFIED_IN', to: fundamentalCategories },
    { from: discrimination, type: 'CLASSIFIED_IN', to: fundamentalCategories },
    // paras 70, 89: joint action on OSH "in key sectors such as mining, construction, forestry, chemicals and agriculture"; paras 84, 95: the public service
    { from: osh, type: 'CONCENTRATED_IN', to: mining },
    { from: osh, type: 'CONCENTRATED_IN', to: construction },
    { from: osh, type: 'CONCENTRATED_IN', to: forestry },
    { from: osh, type: 'CONCENTRATED_IN', to: chemicals },
    { from: osh, type: 'CONCENTRATED_IN', to: agriculture },
    { from: socialDialogue, type: 'CONCENTRATED_IN', to: publicService },
  ],
  cooperations: [
    // para 162: the Declaration programme's reports, whose costs the Relations and Meetings Programme bears
    {
      name: 'the compilation of replies for the Expert Advisers, paid by the Relations and Meetings Programme',
      partners: [],
      iloParties: [relationsAndMeetings, infocusDeclaration],
    },
    // para 14
    {
      name: 'decent work research: the International Institute for Labour Studies and the Turin Centre',
      partners: [iils, turinCentre],
    },
    // para 28
    {
      name: 'fundamental principles and rights promoted in partnership with the United Nations and the international financial institutions',
      partners: [un],
      objectives: [oo1a],
    },
    // para 99
    {
      name: 'social dialogue with international organizations, in particular the Bretton Woods institutions',
      partners: [brettonWoods],
      topics: [socialDialogue],
      objectives: [oo4b],
    },
    // para 44
    {
      name: 'the social responsibility of businesses, including the Global Compact',
      partners: [globalCompact],
      objectives: [so2],
    },
    // para 90
    {
      name: 'assistance to workers’ organizations coordinated with the Turin Centre',
      partners: [turinCentre],
      objectives: [oo4a],
    },
    // para 158: the Thirteenth Joint ILO/WHO Committee on Occupational Health
    {
      name: 'the ILO and WHO on occupational health',
      partners: [named('PartnerAgency', 'WHO', /^WHO$/i)],
      topics: [osh],
    },
    // paras 27, 51, 70, 89: intersectoral initiatives
    {
      name: 'Standards and Employment Sectors: applying standards through improvements at the workplace',
      partners: [],
      iloParties: [standardsSector, employmentSector],
      objectives: [so1, so2],
    },
    {
      name: 'Standards and Social Protection Sectors: Conventions on OSH and conditions of work',
      partners: [],
      iloParties: [standardsSector, socialProtectionSector],
      objectives: [so1, so3],
      topics: [osh],
    },
    {
      name: 'Standards and Social Dialogue Sectors: participation of employers’ and workers’ organizations under the Declaration and IPEC',
      partners: [],
      iloParties: [standardsSector, socialDialogueSector],
      objectives: [so1, so4],
    },
    {
      name: 'Employment and Social Protection Sectors: employment underpinned by social protection',
      partners: [],
      iloParties: [employmentSector, socialProtectionSector],
      objectives: [so2, so3],
      topics: [migration, hivAids],
    },
    {
      name: 'Employment and Social Dialogue Sectors: capacity of the social partners for employment policies',
      partners: [],
      iloParties: [employmentSector, socialDialogueSector],
      objectives: [so2, so4],
    },
    {
      name: 'Social Protection and Social Dialogue Sectors: HIV/AIDS and joint action on OSH in key sectors',
      partners: [],
      iloParties: [socialProtectionSector, socialDialogueSector],
      objectives: [so3, so4],
      sectors: [mining, construction, forestry, chemicals, agriculture],
      topics: [hivAids, osh],
    },
    // paras 15, 49
    {
      name: 'small enterprise InFocus programme with SafeWork, the Declaration and social dialogue',
      partners: [],
      iloParties: [seed, safework, infocusDeclaration, infocusDialogue],
      objectives: [so2],
    },
    {
      name: 'Crisis Response and Reconstruction with the programmes on child labour, the Declaration and social dialogue',
      partners: [],
      iloParties: [crisisProgramme, ipec, infocusDeclaration, infocusDialogue],
      objectives: [so2],
    },
  ],
  statements: [
    // para 156: "The 16 operational objectives have been reduced to ten, and the 46 performance indicators to 38"
    {
      name: 'para 156: ten operational objectives',
      subject: paper,
      property: 'operational-objectives',
      value: 10,
    },
    {
      name: 'para 156: 38 performance indicators',
      subject: paper,
      property: 'performance-indicators',
      value: 38,
    },
    {
      name: 'para 156: 16 operational objectives in 2000-01',
      subject: pb2000,
      property: 'operational-objectives',
      value: 16,
    },
    {
      name: 'para 156: 46 performance indicators in 2000-01',
      subject: pb2000,
      property: 'performance-indicators',
      value: 46,
    },
    {
      name: 'para 162: the Declaration follow-up underestimated by more than $2 million',
      subject: fprwDeclaration,
      property: 'follow-up-cost-underestimate',
      value: 2000000,
      approximation: 'more-than',
    },
    {
      name: 'para 36: a billion workers unemployed or underemployed',
      subject: employment,
      property: 'unemployed-or-underemployed-workers',
      value: 1000000000,
      approximation: 'about',
    },
    {
      name: 'para 58: more than 1 million work-related deaths each year',
      subject: osh,
      property: 'work-related-deaths-per-year',
      value: 1000000,
      approximation: 'more-than',
    },
    {
      name: 'para 100: the Director-General and six Executive Directors',
      subject: seniorManagementTeam,
      property: 'executive-directors',
      value: 6,
    },
    {
      name: 'para 111: the public website created in 1996',
      subject: ilo,
      property: 'website-created',
      value: '1996',
    },
    {
      name: 'para 111: more than 4 million hits each month',
      subject: ilo,
      property: 'website-hits-per-month',
      value: 4000000,
      approximation: 'more-than',
    },
    {
      name: 'para 114: some 50 statistical and textual databases',
      subject: office,
      property: 'statistical-and-textual-databases',
      value: 50,
      approximation: 'about',
    },
    {
      name: 'para 8: West Asia dependent on the price of oil',
      subject: westAsia,
      property: 'globalization-outlook',
      value: /price of oil/,
    },
    {
      name: 'para 8: Latin America: high unemployment',
      subject: latinAmerica,
      property: 'globalization-outlook',
      value: /unemployment remains high/,
    },
    {
      name: 'paras 39, 63: HIV/AIDS and the labour markets of sub-Saharan Africa',
      subject: subSaharanAfrica,
      property: 'hiv-aids-impact',
      value: /labour markets/,
    },
  ],
  checks: [
    {
      // para 28: "in partnership with the United Nations and the international financial institutions"
      name: 'para 28 names no international financial institution: the United Nations is its only partner',
      run: (c) => {
        const partners = c.dataset.links
          .filter((l) => l.type === 'HAS_PARTNER')
          .filter((l) =>
            c.dataset.entities.some((e) => e.id === l.from && e.sources.some((s) => s.passage === '003#28')),
          )
          .map((l) => l.to)
          .filter((id) => !c.candidates(un).some((e) => e.id === id));
        return partners.length === 0 ? null : `also partners: ${partners.join(', ')}`;
      },
    },
    {
      name: 'four strategic objectives (para 2)',
      run: (c) => {
        const n = objectivesCiting(c, 'strategic').length;
        return n === 4 ? null : `${n} strategic objectives cite 003`;
      },
    },
    {
      name: 'ten operational objectives, each with indicators (para 156: "The 16 operational objectives have been reduced to ten")',
      run: (c) => {
        const ops = objectivesCiting(c, 'operational');
        const without = ops.filter((o) => (o.indicators ?? []).length === 0).map((o) => o.id);
        if (ops.length !== 10) return `${ops.length} operational objectives cite 003`;
        return without.length === 0 ? null : `without indicators: ${without.join(', ')}`;
      },
    },
    {
      name: 'the indicators of 1b name Conventions Nos. 138 and 182',
      run: (c) => {
        const text = indicatorsOf(c, oo1b);
        return /No\. 138/.test(text) && /No\. 182/.test(text) ? null : `1b indicators: ${text}`;
      },
    },
    {
      name: 'the indicators of 4b name the Labour Administration Convention, 1978 (No. 150)',
      run: (c) => {
        const text = indicatorsOf(c, oo4b);
        return /No\. 150/.test(text) ? null : `4b indicators: ${text}`;
      },
    },
    {
      name: 'every Objective citing 003 is one of the fourteen listed',
      run: (c) => {
        const stray = c.dataset.entities.filter(
          (e) =>
            e.kind === 'Objective' &&
            c.citesDocument(e) &&
            ![...strategic, ...operational.map(([o]) => o)].some((o) => matchesEntity(e, o)),
        );
        return stray.length === 0 ? null : `unlisted objectives: ${stray.map((e) => e.id).join(', ')}`;
      },
    },
  ],
});
