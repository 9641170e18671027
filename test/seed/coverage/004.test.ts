/**
 * Coverage of document 004, the UN Non-Governmental Liaison Service (UN-NGLS) profile of the
 * ILO (about 2009): core areas and strategic objectives, the tripartite structure, the three
 * categories of NGOs in consultative status (general/regional, the Special List, invitations to
 * meetings), the IPEC Sialkot project, the Global Compact, the IPU agreement, the indigenous
 * peoples Conventions and EXREL. The list below was written from reading the page.
 */
import type { EntityRecord } from '../../../src/domain/dataset.js';
import { convention, type Coverage, describeCoverage, named, type Named } from './coverage.js';

// ---------------------------------------------------------------- organisations
const ngls = named(
  'PartnerAgency',
  'United Nations Non-Governmental Liaison Service (UN-NGLS)',
  /^UN-NGLS$|non-governmental liaison service/i,
);
const un = named('PartnerAgency', 'United Nations', /^(UN|United Nations)$/i);
const ilo = named(
  'PartnerAgency',
  'International Labor Organization (ILO)',
  /^ILO$|international labou?r organi[sz]ation/i,
);
const ipu = named('PartnerAgency', 'Inter-Parliamentary Union (IPU)', /^IPU$|inter-parliamentary union/i);
const globalCompact = named('PartnerAgency', 'Global Compact', /global compact/i);

// ---------------------------------------------------------------- organs and units
const office = named(
  'Department',
  'International Labour Office, the permanent Secretariat of the ILO',
  /^international labou?r office$/i,
);
const governingBody = named('Department', 'ILO Governing Body', /^governing body$/i);
const exrel = named(
  'Department',
  'Bureau for External Relations and Partnerships (EXREL)',
  /^EXREL$|bureau for external relations and partnerships/i,
);

// ---------------------------------------------------------------- programmes
const ipec = named(
  'Programme',
  'ILO International Programme on the Elimination of Child Labour (IPEC)',
  /^IPEC$/i,
);
const sialkot = named(
  'Programme',
  'Elimination of Child Labour in the Soccer Ball Industry in Sialkot (Pakistan)',
  /soccer ball industry in sialkot/i,
);

// ---------------------------------------------------------------- instruments
const c144 = convention(
  144,
  'Tripartite Consultation (International Labour Standards) Convention (No. 144), 1976',
);
const c107 = convention(107, 'Indigenous and Tribal Populations Convention, 1957 (No. 107)');
const c169 = convention(169, 'Indigenous and Tribal Peoples Convention, 1989 (No. 169)');
const constitution = named(
  'Instrument',
  'ILO Constitution',
  /ILO constitution|constitution of the international labour organi[sz]ation/i,
);
const philadelphia = named('Instrument', 'Declaration of Philadelphia');
const fprwDeclaration = named(
  'Instrument',
  'ILO Declaration on Fundamental Principles and Rights at Work',
  /declaration on fundamental principles and rights at work/i,
);
const mneDeclaration = named(
  'Instrument',
  'Tripartite Declaration of Principles Concerning Multinational Enterprises and Social Policy (1977, amended November 2000)',
  /tripartite declaration of principles concerning multinational enterprises/i,
);

// ---------------------------------------------------------------- the four strategic objectives, (i)-(iv)
const so2 = named(
  'Objective',
  '(i) creating greater opportunities for women and men to secure decent employment and income',
  /^create greater opportunities for women and men/i,
);
const so1 = named(
  'Objective',
  '(ii) promoting and realizing standards, fundamental principles and rights at work',
  /^promote and realize standards/i,
);
const so3 = named(
  'Objective',
  '(iii) enhancing the coverage and effectiveness of social protection and social security for all',
  /^enhance the coverage and effectiveness of social protection/i,
);
const so4 = named(
  'Objective',
  '(iv) strengthening tripartism and social dialogue',
  /^strengthen tripartism and social dialogue$/i,
);

// ---------------------------------------------------------------- meetings and bodies
const ilc = named('Meeting', 'International Labour Conference', /^international labour conference$/i);
const regionalMeetings = named(
  'Meeting',
  'regional conferences; regional meetings',
  /regional (meetings|conferences)/i,
);
const worldCommission = named('Meeting', 'World Commission on the Social Dimension of Globalization');

// ---------------------------------------------------------------- documents
const profile = named(
  'Document',
  'International Labor Organization (ILO) – UN-NGLS profile',
  /UN-NGLS profile/i,
);
const fairGlobalization = named(
  'Document',
  'A Fair Globalization: Creating Opportunities for All',
  /a fair globali[sz]ation: creating opportunities for all/i,
);

// ---------------------------------------------------------------- social partners
const employers = named(
  'SocialPartner',
  'employers’ associations; employer organizations',
  /employers.? organi[sz]ations/i,
);
const workers = named(
  'SocialPartner',
  'workers’ associations; worker organizations',
  /workers.? organi[sz]ations/i,
);

// ---------------------------------------------------------------- countries
const pakistan = named('Country', 'Pakistan');
const switzerland = named('Country', 'Switzerland (Geneva)', 'Switzerland');

// ---------------------------------------------------------------- topics
const topic = (name: string, expectation: RegExp | string = name) => named('Topic', name, expectation);
const decentWork = topic('Decent Work Agenda', /decent work/i);
const globalization = topic('a fair globalization', /globali[sz]ation/i);
const employment = topic('decent employment and income', /^employment$/i);
const standards = topic('international labour standards');
const socialProtection = topic('social protection');
const socialSecurity = topic('social security');
const tripartism = topic('tripartism; the tripartite structure', 'tripartism');
const socialDialogue = topic('social dialogue');
const freedomOfAssociation = topic('freedom of association; the right to organize', 'freedom of association');
const collectiveBargaining = topic('collective bargaining');
const forcedLabour = topic('abolition of forced labour', 'forced labour');
const equality = topic('equality of opportunity and treatment', /discrimination/i);
const gender = topic('gender issues', /gender/i);
const childLabour = topic('child labour');
const indigenous = topic('indigenous and tribal peoples');
const mne = topic('multinational enterprises', 'multinational enterprises');
const csr = topic(
  'voluntary-private initiatives; public-private partnerships',
  /corporate social responsibility/i,
);

// ---------------------------------------------------------------- NGOs in consultative status
// 004 describes three categories but names no NGO: which NGOs hold which status is reference
// data (ngos.tsv), so the categories are checked here, not NGOs.
const ngoStatus = named(
  'Topic',
  'three categories of international NGOs in consultative status',
  /consultative status/i,
);
// A list the Governing Body set up (a Register), one of the three categories.
const specialList = named(
  'Register',
  'Special List of Non-Governmental International Organizations',
  /special list of non-governmental international organi[sz]ations/i,
);

// The other lists of the three categories, and the classification they make up
const generalStatus = named('Register', 'general consultative status', /general consultative status/i);
const regionalStatus = named('Register', 'regional consultative status', /regional consultative status/i);
const invited = named('Register', 'international NGOs invited to ILO meetings', /invited to ILO meetings/i);
const categories = named('Classification', 'the three categories', /categories of international NGOs/i);
// "the database of voluntary private initiatives"
const initiativesDatabase = named(
  'Register',
  'the database of voluntary private initiatives',
  /voluntary private initiatives/i,
);

// ---------------------------------------------------------------- people in their roles
const somavia = named('Person', 'Juan Somavía, Director-General since 1999', /juan somav[ií]a/i);
const martinotLagarde = named('Person', 'Pierre Martinot-Lagarde, the contact of EXREL', /martinot-lagarde/i);
const ipuAgreement = named('Collaboration', 'the ILO–IPU agreement', /IPU agreement/i);

/** Quotes from 004 cited by the entities matching `ref`. */
function quotesFrom004(coverage: Coverage, ref: Named): string[] {
  const passages = new Set(
    coverage.dataset.passages.filter((p) => p.documentId === coverage.documentId).map((p) => p.id),
  );
  return coverage
    .candidates(ref)
    .flatMap((e) => e.sources)
    .filter((s) => passages.has(s.passage))
    .map((s) => s.quote);
}

/** `null` when some quote from 004 on an entity matching `ref` matches `pattern`. */
function statesCategory(coverage: Coverage, ref: Named, pattern: RegExp): string | null {
  return quotesFrom004(coverage, ref).some((q) => pattern.test(q))
    ? null
    : `no quote from 004 matching ${String(pattern)} on ${ref.name}`;
}

function one(coverage: Coverage, ref: Named): EntityRecord | undefined {
  return coverage.candidates(ref).find((e) => coverage.citesDocument(e));
}

describeCoverage({
  code: '004',
  named: [
    ngls,
    un,
    ilo,
    ipu,
    globalCompact,
    office,
    governingBody,
    exrel,
    ipec,
    sialkot,
    c144,
    c107,
    c169,
    constitution,
    philadelphia,
    fprwDeclaration,
    mneDeclaration,
    so1,
    so2,
    so3,
    so4,
    ilc,
    regionalMeetings,
    worldCommission,
    profile,
    fairGlobalization,
    employers,
    workers,
    pakistan,
    switzerland,
    decentWork,
    globalization,
    employment,
    standards,
    socialProtection,
    socialSecurity,
    tripartism,
    socialDialogue,
    freedomOfAssociation,
    collectiveBargaining,
    forcedLabour,
    equality,
    gender,
    childLabour,
    indigenous,
    mne,
    csr,
    ngoStatus,
    specialList,
    generalStatus,
    regionalStatus,
    invited,
    categories,
    initiativesDatabase,
    somavia,
    martinotLagarde,
  ],
  relations: [
    // "In 1997, the ILO International Programme on the Elimination of Child Labour (IPEC) launched a programme, ... Sialkot (Pakistan)"
    { from: sialkot, type: 'PART_OF', to: ipec },
    { from: sialkot, type: 'ACTIVE_IN', to: pakistan },
    { from: sialkot, type: 'ADDRESSES', to: childLabour },
    { from: ipec, type: 'ADDRESSES', to: childLabour },
    // "the international instruments that deal exclusively with the needs and rights of these peoples"
    { from: c107, type: 'ADDRESSES', to: indigenous },
    { from: c169, type: 'ADDRESSES', to: indigenous },
    // C144 "was adopted in 1976 to promote partnership with such [tripartite] bodies"
    { from: c144, type: 'ADDRESSES', to: tripartism },
    // "the UN specialized agency"; "located in Geneva"; address of EXREL
    { from: ilo, type: 'MEMBER_OF', to: un },
    { from: ilo, type: 'LOCATED_IN', to: switzerland },
    { from: office, type: 'LOCATED_IN', to: switzerland },
    { from: exrel, type: 'LOCATED_IN', to: switzerland },
    // UN-NGLS "is an inter-agency programme of the United Nations"
    { from: ngls, type: 'MEMBER_OF', to: un },
    // the page is a UN-NGLS profile
    { from: profile, type: 'ISSUED_BY', to: ngls },
    // "the World Commission on the Social Dimension of Globalization and its report A Fair Globalization"
    { from: fairGlobalization, type: 'ISSUED_BY', to: worldCommission },
    // "adopted by the Governing Body of the International Labour Office in 1977 and amended in November 2000"
    { from: mneDeclaration, type: 'ADOPTED_AT', to: governingBody },
    // "workers’ associations and employers’ associations ... in all of its formal bodies, such as the
    // International Labour Conference, the Governing Body, regional conferences"
    { from: employers, type: 'PARTICIPATES_IN', to: ilc },
    { from: workers, type: 'PARTICIPATES_IN', to: ilc },
    { from: employers, type: 'PARTICIPATES_IN', to: regionalMeetings },
    { from: workers, type: 'PARTICIPATES_IN', to: regionalMeetings },
    // the Special List "was set up by the ILO Governing Body in 1956"; "the ILO Governing Body extends invitations"
    { from: governingBody, type: 'ADDRESSES', to: ngoStatus },
    { from: governingBody, type: 'MAINTAINS', to: specialList },
    { from: governingBody, type: 'MAINTAINS', to: invited },
    { from: specialList, type: 'CLASSIFIED_IN', to: categories },
    { from: generalStatus, type: 'CLASSIFIED_IN', to: categories },
    { from: regionalStatus, type: 'CLASSIFIED_IN', to: categories },
    { from: invited, type: 'CLASSIFIED_IN', to: categories },
    // the social partners "in all of its formal bodies, such as ... the Governing Body"
    { from: employers, type: 'PARTICIPATES_IN', to: governingBody },
    { from: workers, type: 'PARTICIPATES_IN', to: governingBody },
    // "the ILO ... the database of voluntary private initiatives"
    { from: ilo, type: 'MAINTAINS', to: initiativesDatabase },
    // IPEC's programme in Sialkot (Pakistan)
    { from: ipec, type: 'ACTIVE_IN', to: pakistan },
    // "Mr. Juan Somavía has served as Director-General since 1999"; the contact of EXREL
    { from: somavia, type: 'SERVES_IN', to: office },
    { from: martinotLagarde, type: 'SERVES_IN', to: exrel },
  ],
  cooperations: [
    { name: 'ILO–IPU agreement signed in March 1999', partners: [ipu] },
    { name: 'ILO support to the Global Compact', partners: [globalCompact] },
  ],
  statements: [
    {
      name: 'the Office: some 1,900 staff',
      subject: office,
      property: 'staff',
      value: 1900,
      approximation: 'about',
    },
    {
      name: 'the Office: some 600 experts in technical cooperation',
      subject: office,
      property: 'technical-cooperation-experts',
      value: 600,
      approximation: 'about',
    },
    {
      name: 'the ILO–IPU agreement signed in March 1999',
      subject: ipuAgreement,
      property: 'signed',
      value: '1999-03',
    },
    {
      name: 'the MNE Declaration amended in November 2000',
      subject: mneDeclaration,
      property: 'amended',
      value: '2000-11',
    },
    {
      name: 'Sialkot: 10,572 students educated',
      subject: sialkot,
      property: 'students-educated',
      value: 10572,
    },
    {
      name: 'Sialkot: 255 non-formal education centres',
      subject: sialkot,
      property: 'non-formal-education-centres',
      value: 255,
    },
    { name: 'Sialkot: 5,838 mainstreamed', subject: sialkot, property: 'students-mainstreamed', value: 5838 },
    {
      name: 'Sialkot: 5,408 with health cover',
      subject: sialkot,
      property: 'students-with-health-cover',
      value: 5408,
    },
    {
      name: 'the Special List: about 160 NGOs',
      subject: specialList,
      property: 'members',
      value: 160,
      approximation: 'about',
    },
    {
      name: 'how one gets on the Special List: sharing the principles of the Constitution and the Declaration of Philadelphia',
      subject: specialList,
      property: 'admission',
      value: /Declaration of Philadelphia/,
    },
    {
      name: 'how one gets general consultative status: major stakes in a wide range of the ILO’s activities',
      subject: generalStatus,
      property: 'admission',
      value: /wide range of the ILO's activities/,
    },
    {
      name: 'what general consultative status brings: all ILO meetings',
      subject: generalStatus,
      property: 'participation',
      value: /all ILO meetings/,
    },
    {
      name: 'what regional consultative status brings: regional meetings',
      subject: regionalStatus,
      property: 'participation',
      value: /regional meetings/,
    },
    {
      name: 'how one is invited: established criteria and a demonstrated interest',
      subject: invited,
      property: 'admission',
      value: /established criteria/,
    },
  ],
  checks: [
    {
      name: 'Juan Somavía: Director-General since 1999, the year cited from the page',
      run: (c) => {
        const p = one(c, somavia);
        if (!p) return 'no person cites 004';
        if (p.since !== 1999 || !/director-general/i.test(p.role ?? ''))
          return `${String(p.role)} since ${String(p.since)}`;
        return p.sources.some((s) => s.field === 'since' && c.citesDocument({ sources: [s] }))
          ? null
          : 'the year 1999 has no citation of its own';
      },
    },
    {
      name: 'first category: international NGOs with general or regional consultative status',
      run: (c) => statesCategory(c, ngoStatus, /granted either general or regional consultative status/i),
    },
    {
      name: 'second category: the Special List, set up by the Governing Body in 1956, about 160 NGOs',
      run: (c) => {
        const setUp = statesCategory(
          c,
          specialList,
          /special list .*set up by the ILO Governing Body in 1956/i,
        );
        if (setUp) return setUp;
        const list = one(c, specialList);
        if (list?.year !== 1956) return `set up in ${String(list?.year)}, not 1956`;
        const members = c.dataset.statements.find((s) => s.subject === list.id && s.property === 'members');
        const v = members?.value;
        return v?.type === 'count' &&
          v.count === 160 &&
          v.approximation === 'about' &&
          c.citesDocument(members!)
          ? null
          : `members: ${JSON.stringify(v)}`;
      },
    },
    {
      name: 'third category: international NGOs the Governing Body invites to ILO meetings',
      run: (c) => statesCategory(c, ngoStatus, /third category, the ILO Governing Body extends invitations/i),
    },
    {
      name: 'no NGO rests on 004, which names none: their status is reference data',
      run: (c) => {
        const citing = c.dataset.entities.filter((e) => e.kind === 'Ngo' && c.citesDocument(e));
        return citing.length === 0 ? null : `cite 004: ${citing.map((e) => e.id).join(', ')}`;
      },
    },
    {
      name: 'the Sialkot project: launched 1997; 10,572 students, 255 centres, 5,838 mainstreamed, 5,408 with health cover',
      run: (c) => {
        const p = one(c, sialkot);
        if (!p) return 'no Sialkot programme cites 004';
        const text = `${p.description ?? ''} ${p.sources.map((s) => s.quote).join(' ')}`;
        const missing = ['10,572', '255', '5,838', '5,408'].filter((n) => !text.includes(n));
        if (p.year !== 1997) return `year ${String(p.year)}`;
        return missing.length === 0 ? null : `figures missing: ${missing.join(', ')}`;
      },
    },
    {
      name: 'the IPU agreement dates from 1999',
      run: (c) => {
        const ok = c.dataset.entities.some(
          (e) =>
            e.kind === 'Collaboration' &&
            e.since === 1999 &&
            c.citesDocument(e) &&
            c.dataset.links.some(
              (l) => l.from === e.id && l.type === 'HAS_PARTNER' && l.to === one(c, ipu)?.id,
            ),
        );
        return ok ? null : 'no 1999 collaboration with the IPU';
      },
    },
    {
      name: 'Convention years as the page gives them: No. 144 (1976), No. 107 (1957), No. 169 (1989)',
      run: (c) => {
        const wrong = (
          [
            [c144, 1976],
            [c107, 1957],
            [c169, 1989],
          ] as const
        )
          .map(([ref, year]) => [one(c, ref), year] as const)
          .filter(([e, year]) => e?.year !== year)
          .map(([e, year]) => `${e?.id ?? '?'} ≠ ${year}`);
        return wrong.length === 0 ? null : wrong.join(', ');
      },
    },
  ],
});
