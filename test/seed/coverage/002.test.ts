/**
 * Coverage of document 002, the Governing Body paper for the Committee on Sectoral and
 * Technical Meetings and Related Issues (Geneva, 6 February 2007): strategic concepts for
 * improving the ILO's sectoral approach. The list below was written from reading the paper,
 * paragraphs 1-62 and footnotes 1-8.
 */
import { convention, describeCoverage, named } from './coverage.js';

// ---------------------------------------------------------------- units and organs of the ILO
const governingBody = named('Department', 'Governing Body');
const office = named(
  'Department',
  'the Office (International Labour Office)',
  /^international labou?r office$/i,
);
const pfa = named(
  'Department',
  'Programme, Financial and Administrative Committee',
  /^PFA$|programme, financial and administrative committee/i,
);
const stm = named(
  'Department',
  'Committee on Sectoral and Technical Meetings and Related Issues (STM Committee)',
  /^STM$|committee on sectoral and technical meetings/i,
);
const sectoralActivitiesBranch = named(
  'Department',
  'Sectoral Activities Branch',
  /sectoral activities (branch|department)/i,
);
const bureauOfStatistics = named('Department', 'Bureau of Statistics');
// Part of the field structure of a branch (fn 5): a field team, not a department.
const fieldSpecialists = named(
  'FieldOffice',
  'field specialists in Social Dialogue',
  /field specialists in social dialogue/i,
);
const sdllla = named(
  'Department',
  'Social Dialogue, Labour Law, Labour Administration and Sectoral Activities Department',
);
const sdlllaBranch = named('Department', 'Social Dialogue, Labour Law, Labour Administration Branch');
const steeringCommittees = named(
  'Department',
  'steering committees for each cluster or grouping',
  /steering committees?/i,
);

// ---------------------------------------------------------------- programmes
const sectoralActivitiesProgramme = named('Programme', 'Sectoral Activities Programme');
const dwcp = named(
  'Programme',
  'Decent Work Country Programmes (DWCPs)',
  /^DWCPs?$|decent work country programmes?/i,
);
const textilesProgramme = named(
  'Programme',
  'action programme for the textiles sector (Morocco)',
  /action programme.*textiles/i,
);
const agricultureProgramme = named(
  'Programme',
  'action programme in agriculture (Kyrgyzstan)',
  /action programme.*agriculture/i,
);
const educationProgramme = named(
  'Programme',
  'action programme on education (2004–07)',
  /action programme.*education/i,
);
const pdp = named('Programme', 'Portworker Development Programme (PDP)', /portworker development programme/i);

// ---------------------------------------------------------------- instruments (footnote 1, paras 8, 46, 52, fn 7)
const fprwDeclaration = named(
  'Instrument',
  'ILO Declaration on Fundamental Principles and Rights at Work, 1998',
  /declaration on fundamental principles and rights at work/i,
);
const mlc = named('Instrument', 'Maritime Labour Convention, 2006', /maritime labour convention/i);
const c184 = convention(184, 'Safety and Health in Agriculture Convention, 2001 (No. 184)');
const c176 = convention(176, 'Safety and Health in Mines Convention, 1995 (No. 176)');
const c172 = convention(172, 'Working Conditions (Hotels and Restaurants) Convention, 1991 (No. 172)');
const c167 = convention(167, 'Safety and Health in Construction Convention, 1988 (No. 167)');
const c151 = convention(151, 'Labour Relations (Public Service) Convention, 1978 (No. 151)');
const c149 = convention(149, 'Nursing Personnel Convention, 1977 (No. 149)');
const mfa = named('Instrument', 'Multi Fibre Arrangement (MFA)', /multi.?fibre arrangement/i);
const genevaAccord = named('Instrument', 'ILO Joint Maritime Commission’s Geneva Accord', /geneva accord/i);

// ---------------------------------------------------------------- guidance (footnote 2, paras 55, 57)
const iloWhoGuidelines = named(
  'Guidance',
  'Joint ILO/WHO guidelines on health services and HIV/AIDS',
  /ILO\/WHO guidelines on health services and HIV\/AIDS/i,
);
const coalminesCode = named(
  'Guidance',
  'code of practice on safety and health in underground coalmines, 2006',
  /underground coalmines/i,
);
const ironSteelCode = named(
  'Guidance',
  'code of practice on safety and health in the iron and steel industry, 2005',
  /iron and steel/i,
);
const portsManual = named(
  'Guidance',
  'Social dialogue in the process of structural adjustment and private sector participation in ports: A practical guidance manual',
  /structural adjustment and private sector participation in ports/i,
);
const shipbreakingGuidelines = named(
  'Guidance',
  'Safety and health in shipbreaking: Guidelines for Asian countries and Turkey, 2004',
  /shipbreaking/i,
);
const pdpPackage = named(
  'Guidance',
  'Portworker Development Programme (PDP), a package of materials',
  /portworker development programme/i,
);

// ---------------------------------------------------------------- meetings
const sectoralMeetings = named('Meeting', 'tripartite sectoral meetings', /sectoral meetings/i);
const globalDialogueForums = named('Meeting', 'global dialogue forums');
const september11Meetings = named(
  'Meeting',
  'two-day meetings on the social impact of 11 September 2001 (civil aviation; hotels and tourism)',
  /11 september/i,
);
// paras 52-53: national bodies the action programmes led to
const kyrgyzCommission = named(
  'Meeting',
  'National Commission on Safety and Health in Agriculture (Kyrgyzstan)',
  /national commission on safety and health in agriculture/i,
);
const moroccoCouncil = named(
  'Meeting',
  'national bipartite industrial council (Morocco)',
  /national bipartite industrial council/i,
);
const retailMeeting = named(
  'Meeting',
  'Tripartite Meeting on Social and Labour Implications of the Increased Use of Advanced Retail Technologies',
  /advanced retail technologies/i,
);
const coalminesExperts = named(
  'Meeting',
  'meeting of experts that adopted the code of practice on underground coalmines',
  /meeting of experts/i,
);
const ilc95 = named(
  'Meeting',
  'International Labour Conference, 95th Session, 2006',
  /international labour conference.*95th/i,
);
const jmc = named('Meeting', 'ILO Joint Maritime Commission', /joint maritime commission/i);
const maritimeWorkingGroup = named(
  'Meeting',
  'High-Level Tripartite Working Group on Maritime Labour Standards',
  /^high-level tripartite working group on maritime labour standards$/i,
);
const maritimeSubgroup = named(
  'Meeting',
  'Tripartite Subgroup of the High-Level Tripartite Working Group',
  /tripartite subgroup/i,
);
const intersessional = named(
  'Meeting',
  'Tripartite Intersessional Meeting on the Follow-up to the Preparatory Technical Maritime Conference',
  /tripartite intersessional meeting/i,
);
const ptmc = named(
  'Meeting',
  'Preparatory Technical Maritime Conference',
  /^preparatory technical maritime conference$/i,
);
const ilcMaritime = named(
  'Meeting',
  'International Labour Conference (Maritime Session)',
  /maritime session/i,
);
const educationForums = named(
  'Meeting',
  'ILO regional policy dialogue forums in Latin America and southern Africa',
  /regional policy dialogue forums/i,
);

// ---------------------------------------------------------------- documents
const report1c = named(
  'Document',
  'Changing patterns in the world of work, Report I(c), International Labour Conference, 95th Session, 2006',
  /changing patterns in the world of work/i,
);
const gb297 = named('Document', 'GB.297/STM/7/1', /GB\.297\/STM\/7\/1/i);
const gb298 = named(
  'Document',
  'Programme and Budget proposals for 2008-09 (GB.298/PFA/13)',
  /GB\.298\/PFA\/13/i,
);
const paper = named(
  'Document',
  'Strategic concepts for improving the ILO’s sectoral approach',
  /strategic concepts for improving the ILO.s sectoral approach/i,
);

// ---------------------------------------------------------------- organisations
const ilo = named('PartnerAgency', 'ILO', /^ILO$/i);
const un = named('PartnerAgency', 'United Nations system', /^(UN|United Nations)$/i);
const upu = named('PartnerAgency', 'Universal Postal Union', /^UPU$|universal postal union/i);
const unesco = named('PartnerAgency', 'UNESCO');
const who = named('PartnerAgency', 'WHO', /^WHO$|world health organization/i);
const iom = named('PartnerAgency', 'IOM', /^IOM$|international organization for migration/i);
const fao = named('PartnerAgency', 'FAO', /^FAO$/i);
const imo = named('PartnerAgency', 'IMO', /^IMO$|international maritime organization/i);

// ---------------------------------------------------------------- social partners
const employers = named('SocialPartner', 'employers’ organizations', /employers.? organi[sz]ations/i);
const workers = named('SocialPartner', 'workers’ organizations', /workers.? organi[sz]ations/i);
const gufs = named('SocialPartner', 'global union federations (GUFs)', /global union federations?/i);
const itf = named(
  'SocialPartner',
  'International Transport Workers’ Federation',
  /international transport workers.? federation/i,
);
const agriculturalEmployers = named(
  'SocialPartner',
  'Committee of Agricultural Employers (Kyrgyzstan)',
  /committee of agricultural employers/i,
);

// ---------------------------------------------------------------- countries
const morocco = named('Country', 'Morocco');
const kyrgyzstan = named('Country', 'Kyrgyzstan');
const brazil = named('Country', 'Brazil');
const lesotho = named('Country', 'Lesotho');
const southAfrica = named('Country', 'South Africa');
const turkey = named('Country', 'Turkey');

// ---------------------------------------------------------------- regions (para 54, footnote 2)
const latinAmerica = named('Region', 'Latin America');
const southernAfrica = named('Region', 'southern Africa');
const asia = named('Region', 'Asian countries', /^Asia$|^Asian countries$/);

// ---------------------------------------------------------------- sectors named in the text
const sector = (name: string, expectation: RegExp | string = name) => named('Sector', name, expectation);
const transportEquipment = sector('transportation equipment manufacturing', /transport equipment/i);
const basicMetals = sector('basic metals', /basic metal/i);
const ironAndSteel = sector('iron and steel production', /iron and steel/i);
const chemicals = sector('chemicals', /chemical/i);
const agriculture = sector('agriculture');
const forestry = sector('forestry');
const fishing = sector('fishing', 'fisheries');
const shipping = sector('shipping; maritime transport', 'shipping');
const ports = sector('ports');
const financialServices = sector('financial services; banks', 'financial services');
const commerce = sector('commerce');
const callCentres = sector('call centres');
const itServices = sector('IT services');
const construction = sector('construction');
const education = sector('education');
const healthServices = sector('health services');
const publicService = sector('public services', /public service/i);
const utilities = sector('utilities');
const mining = sector('mining');
const hotelsTourism = sector('hotels and tourism', /hotels/i);
const textiles = sector('textiles');
const food = sector('food');
const civilAviation = sector('civil aviation');
const oil = sector('oil industry', /oil/i);
const postal = sector('postal sector', /postal/i);

// ---------------------------------------------------------------- topics
const topic = (name: string, expectation: RegExp | string = name) => named('Topic', name, expectation);
const decentWork = topic('Decent Work Agenda', /decent work/i);
const tripartism = topic('tripartism');
const socialDialogue = topic('social dialogue');
const collectiveBargaining = topic('collective bargaining');
const freedomOfAssociation = topic('freedom of association');
const globalization = topic('globalization', /globali[sz]ation/i);
const employment = topic('employment', /^employment$/i);
const workingConditions = topic('working conditions');
const osh = topic(
  'occupational safety and health (health and safety, OSH)',
  /occupational safety and health/i,
);
const childLabour = topic('child labour');
const gender = topic('gender', /gender/i);
const employmentRelationship = topic('the employment relationship', 'employment relationship');
const migration = topic('migration');
const informalEconomy = topic('informal economy');
const standards = topic('international labour standards');
const hivAids = topic('HIV/AIDS', /HIV\/AIDS/i);
const multinationals = topic('multinational enterprises');
const wages = topic('wages');
const skills = topic('skills requirements', /skills/i);
const statistics = topic('sectoral statistics', /statistics/i);

// ---------------------------------------------------------------- sectors the paper names within a reference sector
// Each is an entity of its own, PART_OF the reference sector; the expectations match its own name
// (the reference sector's name lists "ports", "fisheries" too, so `ports` above matches both).
const part = (name: string, expectation: RegExp) => named('Sector', name, expectation);
const portsPart = part('ports (the sector named on its own)', /^ports$/i);
const fisheriesPart = part('fishing (the sector named on its own)', /^fisheries$/i);
const shippingPart = part('shipping; maritime transport (the sector named on its own)', /^shipping$/i);
const shippingPortsFisheries = part(
  'Shipping; ports; fisheries; inland waterways (the ILO reference sector)',
  /^shipping; ports; fisheries; inland waterways$/i,
);
const coalMining = part('underground coalmines', /^coal mining$/i);
const journalism = part('journalism', /^journalism$/i);
const automobileIndustry = part('the automobile industry', /^automobile industry$/i);
const pulpAndPaper = part('paper', /^pulp and paper$/i);
const forestryPart = part('forestry (the sector named on its own)', /^forestry$/i);
const textilesPart = part('textiles (the sector named on its own)', /^textiles$/i);

// ---------------------------------------------------------------- classifications (paras 41-44)
const twentyTwoSectors = named('Classification', 'the current 22 sectors', /22 sectors/i);
const sectorGroupings = named('Classification', 'clusters or groupings of sectors', /groupings of sectors/i);
const isic = named('Classification', 'ISIC', /^ISIC$/);

describeCoverage({
  code: '002',
  named: [
    governingBody,
    office,
    pfa,
    stm,
    sectoralActivitiesBranch,
    bureauOfStatistics,
    fieldSpecialists,
    sdllla,
    sdlllaBranch,
    steeringCommittees,
    sectoralActivitiesProgramme,
    dwcp,
    textilesProgramme,
    agricultureProgramme,
    educationProgramme,
    pdp,
    fprwDeclaration,
    mlc,
    c184,
    c176,
    c172,
    c167,
    c151,
    c149,
    mfa,
    genevaAccord,
    iloWhoGuidelines,
    coalminesCode,
    ironSteelCode,
    portsManual,
    shipbreakingGuidelines,
    pdpPackage,
    sectoralMeetings,
    globalDialogueForums,
    september11Meetings,
    retailMeeting,
    kyrgyzCommission,
    moroccoCouncil,
    coalminesExperts,
    ilc95,
    jmc,
    maritimeWorkingGroup,
    maritimeSubgroup,
    intersessional,
    ptmc,
    ilcMaritime,
    educationForums,
    report1c,
    gb297,
    gb298,
    paper,
    ilo,
    un,
    upu,
    unesco,
    who,
    iom,
    fao,
    imo,
    employers,
    workers,
    gufs,
    itf,
    agriculturalEmployers,
    morocco,
    kyrgyzstan,
    brazil,
    lesotho,
    southAfrica,
    turkey,
    latinAmerica,
    southernAfrica,
    asia,
    transportEquipment,
    basicMetals,
    ironAndSteel,
    chemicals,
    agriculture,
    forestry,
    fishing,
    shipping,
    ports,
    financialServices,
    commerce,
    callCentres,
    itServices,
    construction,
    education,
    healthServices,
    publicService,
    utilities,
    mining,
    hotelsTourism,
    textiles,
    food,
    civilAviation,
    oil,
    postal,
    decentWork,
    tripartism,
    socialDialogue,
    collectiveBargaining,
    freedomOfAssociation,
    globalization,
    employment,
    workingConditions,
    osh,
    childLabour,
    gender,
    employmentRelationship,
    migration,
    informalEconomy,
    standards,
    hivAids,
    multinationals,
    wages,
    skills,
    statistics,
    portsPart,
    fisheriesPart,
    shippingPart,
    coalMining,
    journalism,
    automobileIndustry,
    pulpAndPaper,
    forestryPart,
    textilesPart,
    twentyTwoSectors,
    sectorGroupings,
    isic,
  ],
  relations: [
    // para 47: "the proposals put forward by the Office to the Committee on Sectoral and Technical Meetings"
    { from: paper, type: 'ISSUED_BY', to: office },
    // footnote 5: the Department "is composed of two branches"; the field specialists are part of the second
    { from: sectoralActivitiesBranch, type: 'PART_OF', to: sdllla },
    { from: sdlllaBranch, type: 'PART_OF', to: sdllla },
    { from: fieldSpecialists, type: 'PART_OF', to: sdlllaBranch },
    // para 40: "the Governing Body (through its Programme, Financial and Administrative Committee)"
    { from: pfa, type: 'PART_OF', to: governingBody },
    // footnote 1: sector-specific standards
    { from: mlc, type: 'APPLIES_TO', to: shipping },
    { from: c184, type: 'APPLIES_TO', to: agriculture },
    { from: c176, type: 'APPLIES_TO', to: mining },
    { from: c172, type: 'APPLIES_TO', to: hotelsTourism },
    { from: c167, type: 'APPLIES_TO', to: construction },
    { from: c151, type: 'APPLIES_TO', to: publicService },
    { from: c149, type: 'APPLIES_TO', to: healthServices },
    // footnote 2 and para 12: guidance "for sectors and occupations such as health services, iron and steel production, mining, ports"
    { from: iloWhoGuidelines, type: 'APPLIES_TO', to: healthServices },
    { from: iloWhoGuidelines, type: 'ADDRESSES', to: hivAids },
    { from: coalminesCode, type: 'APPLIES_TO', to: mining },
    { from: ironSteelCode, type: 'APPLIES_TO', to: ironAndSteel },
    { from: portsManual, type: 'APPLIES_TO', to: ports },
    // para 57: "a recent meeting of experts adopted a new code of practice on safety and health in underground coalmines"
    { from: coalminesCode, type: 'ADOPTED_AT', to: coalminesExperts },
    // para 46 and footnote 7
    { from: mlc, type: 'ADOPTED_AT', to: ilcMaritime },
    { from: genevaAccord, type: 'ADOPTED_AT', to: jmc },
    { from: maritimeSubgroup, type: 'PART_OF', to: maritimeWorkingGroup },
    // paras 52-55: action programmes and the PDP
    { from: textilesProgramme, type: 'ACTIVE_IN', to: morocco },
    { from: textilesProgramme, type: 'TARGETS', to: textiles },
    { from: agricultureProgramme, type: 'ACTIVE_IN', to: kyrgyzstan },
    { from: agricultureProgramme, type: 'TARGETS', to: agriculture },
    { from: educationProgramme, type: 'TARGETS', to: education },
    { from: educationProgramme, type: 'ACTIVE_IN', to: brazil },
    { from: educationProgramme, type: 'ACTIVE_IN', to: latinAmerica },
    { from: educationProgramme, type: 'ACTIVE_IN', to: southernAfrica },
    { from: educationForums, type: 'LOCATED_IN', to: latinAmerica },
    { from: educationForums, type: 'LOCATED_IN', to: southernAfrica },
    // footnote 2: "Guidelines for Asian countries and Turkey"
    { from: shipbreakingGuidelines, type: 'INTENDED_FOR', to: asia },
    { from: pdp, type: 'TARGETS', to: ports },
    // paras 39, 56: meetings held for sectors ("Advanced Retail Technologies": retail trade, i.e. commerce)
    { from: retailMeeting, type: 'TARGETS', to: commerce },
    { from: retailMeeting, type: 'PART_OF', to: sectoralMeetings },
    { from: september11Meetings, type: 'TARGETS', to: civilAviation },
    { from: september11Meetings, type: 'TARGETS', to: hotelsTourism },
    // footnote 7: the maritime meetings that prepared the Maritime Labour Convention
    { from: jmc, type: 'TARGETS', to: shipping },
    { from: maritimeWorkingGroup, type: 'TARGETS', to: shipping },
    { from: ptmc, type: 'TARGETS', to: shipping },
    { from: intersessional, type: 'TARGETS', to: shipping },
    { from: ilcMaritime, type: 'TARGETS', to: shipping },
    // para 52: the textiles strategy "in the context of the phasing out of the Multi Fibre Arrangement"; the council
    { from: mfa, type: 'APPLIES_TO', to: textiles },
    { from: moroccoCouncil, type: 'LOCATED_IN', to: morocco },
    { from: moroccoCouncil, type: 'TARGETS', to: textiles },
    // para 53: "the formation of a Committee of Agricultural Employers, the establishment of a National Commission"
    { from: agricultureProgramme, type: 'WORKS_WITH', to: agriculturalEmployers },
    { from: kyrgyzCommission, type: 'LOCATED_IN', to: kyrgyzstan },
    { from: kyrgyzCommission, type: 'TARGETS', to: agriculture },
    { from: kyrgyzCommission, type: 'ADDRESSES', to: osh },
    // paras 49, 62: steering committees "would cover the whole range of Sectoral Activities"
    { from: steeringCommittees, type: 'PART_OF', to: sectoralActivitiesProgramme },
    // para 40: "In its Programme and Budget proposals for 2008–09, the Office has therefore proposed"
    { from: gb298, type: 'ISSUED_BY', to: office },
    // para 60: "Associating employers’ and workers’ organizations, engaged in specific sectors, with the ILO’s work"
    { from: sectoralActivitiesBranch, type: 'WORKS_WITH', to: employers },
    { from: sectoralActivitiesBranch, type: 'WORKS_WITH', to: workers },
    // the facts stated of each part of a reference sector
    { from: coalminesCode, type: 'APPLIES_TO', to: coalMining },
    { from: pdp, type: 'TARGETS', to: portsPart },
    { from: mlc, type: 'APPLIES_TO', to: shippingPart },
    // para 11: issues the paper places in sectors
    { from: childLabour, type: 'CONCENTRATED_IN', to: agriculture },
    { from: childLabour, type: 'CONCENTRATED_IN', to: textilesPart },
    { from: childLabour, type: 'CONCENTRATED_IN', to: commerce },
    { from: childLabour, type: 'CONCENTRATED_IN', to: food },
    { from: childLabour, type: 'CONCENTRATED_IN', to: hotelsTourism },
    { from: osh, type: 'CONCENTRATED_IN', to: mining },
    { from: osh, type: 'CONCENTRATED_IN', to: construction },
    { from: employmentRelationship, type: 'CONCENTRATED_IN', to: journalism },
    { from: informalEconomy, type: 'CONCENTRATED_IN', to: construction },
    // paras 7, 10, 18-19, 24-25
    { from: socialDialogue, type: 'CONCENTRATED_IN', to: transportEquipment },
    { from: collectiveBargaining, type: 'CONCENTRATED_IN', to: chemicals },
    { from: freedomOfAssociation, type: 'CONCENTRATED_IN', to: publicService },
    { from: migration, type: 'CONCENTRATED_IN', to: construction },
    { from: migration, type: 'CONCENTRATED_IN', to: healthServices },
    { from: migration, type: 'CONCENTRATED_IN', to: forestryPart },
    { from: migration, type: 'CONCENTRATED_IN', to: education },
    { from: globalization, type: 'CONCENTRATED_IN', to: financialServices },
    // paras 41-43: the 22 sectors are the programme's; the groupings would take in new sectors
    { from: sectoralActivitiesProgramme, type: 'MAINTAINS', to: twentyTwoSectors },
    { from: callCentres, type: 'CLASSIFIED_IN', to: sectorGroupings },
    { from: itServices, type: 'CLASSIFIED_IN', to: sectorGroupings },
    // para 60: the new orientation associates the social partners with sectoral activities
    { from: sectoralActivitiesProgramme, type: 'WORKS_WITH', to: employers },
  ],
  cooperations: [
    // footnote 4: cooperation within the multilateral system
    {
      name: 'joint research and advocacy in the postal sector with the Universal Postal Union',
      partners: [upu],
      sectors: [postal],
    },
    { name: 'work on the education sector with UNESCO', partners: [unesco], sectors: [education] },
    {
      name: 'collaboration with WHO and IOM on migration in health services',
      partners: [who, iom],
      sectors: [healthServices],
      topics: [migration],
    },
    {
      name: 'work on agriculture and fishing with FAO',
      partners: [fao],
      sectors: [agriculture, fisheriesPart],
    },
    {
      name: 'work with IMO on fishing and shipping',
      partners: [imo],
      sectors: [fisheriesPart, shippingPart],
    },
    // footnote 2: the Joint ILO/WHO guidelines
    {
      name: 'Joint ILO/WHO guidelines on health services and HIV/AIDS',
      partners: [who],
      sectors: [healthServices],
      topics: [hivAids],
    },
    // para 37: sectoral statistics "in close collaboration with the Bureau of Statistics"
    {
      name: 'gathering sectoral statistics in close collaboration with the Bureau of Statistics',
      partners: [],
      iloParties: [sectoralActivitiesBranch, bureauOfStatistics],
    },
  ],
  statements: [
    {
      name: 'footnote 8: 314 votes in favour of the Maritime Labour Convention',
      subject: mlc,
      property: 'votes-in-favour',
      value: 314,
    },
    { name: 'footnote 8: no votes against', subject: mlc, property: 'votes-against', value: 0 },
    { name: 'footnote 8: 4 abstentions', subject: mlc, property: 'abstentions', value: 4 },
    { name: 'para 46: a five-year process', subject: mlc, property: 'preparation-period', value: 5 },
    {
      name: 'footnote 7: the working group met four times',
      subject: maritimeWorkingGroup,
      property: 'sessions',
      value: 4,
    },
    {
      name: 'para 55: the PDP used in more than 50 countries',
      subject: pdp,
      property: 'countries',
      value: 50,
      approximation: 'more-than',
    },
    { name: 'para 41: 22 sectors', subject: twentyTwoSectors, property: 'sectors', value: 22 },
    {
      name: 'para 12: over 100 sectoral Conventions and Recommendations',
      subject: ilo,
      property: 'sectoral-standards-adopted',
      value: 100,
      approximation: 'more-than',
    },
    {
      name: 'para 11: child labour rare in health services',
      subject: healthServices,
      property: 'child-labour-incidence',
      value: /rare/,
    },
    {
      name: 'para 7: the social partners not as well organized in fishing',
      subject: fisheriesPart,
      property: 'social-partners',
      value: /not as well organized/,
    },
  ],
  checks: [
    {
      // the paper names ports, fishing and shipping one by one; the reference table's name groups
      // them: the PART_OF link cites that row (the paper does not state it)
      name: 'ports, fishing and shipping are each PART_OF the reference sector that names them',
      run: (c) => {
        const whole = new Set(c.candidates(shippingPortsFisheries).map((e) => e.id));
        const missing = [portsPart, fisheriesPart, shippingPart].filter((p) => {
          const ids = new Set(c.candidates(p).map((e) => e.id));
          return !c.dataset.links.some(
            (l) =>
              l.type === 'PART_OF' &&
              ids.has(l.from) &&
              whole.has(l.to) &&
              l.sources.some((s) => s.passage.startsWith('ref-sectors#')),
          );
        });
        return missing.length === 0 ? null : `not PART_OF: ${missing.map((p) => p.name).join(', ')}`;
      },
    },
    {
      // footnote 4: FAO works on fishing, IMO on fishing and shipping: not on ports
      name: "a fact about one part of a reference sector is not one about the others: FAO's and IMO's work does not reach ports",
      run: (c) => {
        const ports = new Set(c.candidates(portsPart).map((e) => e.id));
        const whole = new Set(c.candidates(shippingPortsFisheries).map((e) => e.id));
        const partners = new Set([...c.candidates(fao), ...c.candidates(imo)].map((e) => e.id));
        const theirs = new Set(
          c.dataset.links.filter((l) => l.type === 'HAS_PARTNER' && partners.has(l.to)).map((l) => l.from),
        );
        const wrong = c.dataset.links.filter(
          (l) => theirs.has(l.from) && l.type === 'ON_SECTOR' && (ports.has(l.to) || whole.has(l.to)),
        );
        return wrong.length === 0 ? null : wrong.map((l) => `${l.from} ON_SECTOR ${l.to}`).join('; ');
      },
    },
    {
      // the Branch of 2007 is not the Department of 2012 (000) nor that of 2021 (001)
      name: 'the Sectoral Activities Branch is a unit of its own, without the SECTOR code of the later departments',
      run: (c) => {
        const found = c.candidates(
          named('Department', 'Sectoral Activities Branch', /^sectoral activities branch$/i),
        );
        if (found.length !== 1) return `${found.length} entities named Sectoral Activities Branch`;
        return found[0]!.acronym ? `acronym ${found[0]!.acronym}` : null;
      },
    },
    {
      // para 8 names the ITF once; the NGO table lists it too: one organisation, one node
      name: 'the International Transport Workers’ Federation is one node, not a social partner and an NGO',
      run: (c) => {
        const found = c.dataset.entities.filter(
          (e) => e.kind !== 'Collaboration' && /international transport workers.? federation/i.test(e.name),
        );
        return found.length === 1 ? null : `nodes: ${found.map((e) => e.id).join(', ')}`;
      },
    },
    {
      // footnote 4 lists cooperation "within the multilateral system" without naming an ILO unit
      name: 'footnote 4 names no ILO unit: its collaborations have no ILO party',
      run: (c) => {
        const withParty = c.dataset.entities
          .filter((e) => e.kind === 'Collaboration' && e.sources.some((s) => s.passage === '002#fn4'))
          .filter((e) => c.dataset.links.some((l) => l.from === e.id && l.type === 'HAS_ILO_PARTY'))
          .map((e) => e.id);
        return withParty.length === 0 ? null : `with an ILO party: ${withParty.join(', ')}`;
      },
    },
    {
      // para 47 and 62: the Office puts the paper to the Committee, which may invite the Governing Body to act
      name: 'the paper is not issued by the STM Committee, to which the Office submits it',
      run: (c) => {
        const committees = new Set(c.candidates(stm).map((e) => e.id));
        const wrong = c.dataset.links.filter(
          (l) =>
            l.type === 'ISSUED_BY' &&
            committees.has(l.to) &&
            c.candidates(paper).some((e) => e.id === l.from),
        );
        return wrong.length === 0 ? null : 'document 002 ISSUED_BY the STM Committee';
      },
    },
  ],
});
