// The shipped 2015 version against the seed: every procedure with a norm, its § ref and norm,
// the 20-minute intake, the checklists per applicant type, forms, grounds, roles and notes.
import { describe, expect, it } from 'vitest';
import { applicantTypes, intakeSteps as intakeStepIds } from '../../../../../shared/domain/types';
import {
  intakeSteps,
  kzResidency2015 as v,
  normSeconds,
  parseRegulationVersion,
  procedure,
  shippedRegulationVersions,
  type NormSource,
  type NormUnit,
  type Procedure,
} from '../../../../../shared/domain/regulation';
import { localizedTexts } from './helpers';

type Row = [id: string, ref: string, channel: Procedure['channel'], stage: Procedure['stage'], actor: Procedure['actor'], amount: number, unit: NormUnit, source: NormSource];

// One row per procedure of the seed that carries a norm (or that the product must time).
const rows: Row[] = [
  ['5.1.a', '§5.1.a', 'office', 'acceptance', 'frontDesk', 2, 'minutes', 'text'],
  ['5.1.b', '§5.1.b', 'office', 'acceptance', 'frontDesk', 3, 'minutes', 'text'],
  ['5.1.c', '§5.1.c', 'office', 'acceptance', 'frontDesk', 5, 'minutes', 'text'],
  ['5.1.d', '§5.1.d', 'office', 'acceptance', 'frontDesk', 5, 'minutes', 'text'],
  ['5.1.e', '§5.1.e', 'office', 'acceptance', 'frontDesk', 3, 'minutes', 'text'],
  ['5.1.f', '§5.1.f', 'office', 'acceptance', 'frontDesk', 2, 'minutes', 'text'],
  ['5.2', '§5.2', 'office', 'processing', 'processing', 15, 'calendarDays', 'text'],
  ['office.approval', 'App. 5, ҚФБ 2', 'office', 'approval', 'supervisor', 15, 'calendarDays', 'assumed'],
  ['5.3', '§5.3', 'office', 'issuance', 'frontDesk', 10, 'minutes', 'text'],
  ['9.1', '§9.1', 'stateCorporation', 'acceptance', 'stateCorporation', 15, 'minutes', 'text'],
  ['9.2', '§9.2, App. 8', 'stateCorporation', 'acceptance', 'stateCorporation', 10, 'minutes', 'appendix'],
  ['9.3', '§9.3', 'stateCorporation', 'processing', 'processing', 15, 'calendarDays', 'assumed'],
  ['9.4', '§9.4', 'stateCorporation', 'issuance', 'stateCorporation', 15, 'minutes', 'text'],
  ['portal.condition1', 'App. 6 condition 1 (§10.3)', 'portal', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['portal.process2', 'App. 6 process 2 (§10.4)', 'portal', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['portal.condition2', 'App. 6 condition 2 (§10.6)', 'portal', 'automated', 'system', 1.5, 'minutes', 'appendix'],
  ['portal.process4', 'App. 6 process 4 (§10.7)', 'portal', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['portal.condition3', 'App. 6 condition 3 (§10.9)', 'portal', 'automated', 'system', 1, 'minutes', 'assumed'],
  ['portal.process6', 'App. 6 process 6 (§10.10)', 'portal', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['portal.process9', 'App. 6 process 9 (§10.13)', 'portal', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['portal.process10', 'App. 6 process 10 (§10.14)', 'portal', 'automated', 'system', 1, 'minutes', 'appendix'],
  ['portal.condition4', 'App. 6 condition 4 (§10.15)', 'portal', 'processing', 'processing', 15, 'calendarDays', 'assumed'],
  ['portal.process11', 'App. 6 process 11 (§10.16)', 'portal', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['portal.process12', 'App. 6 process 12 (§10.17)', 'portal', 'automated', 'system', 1.5, 'minutes', 'assumed'],
  ['cabinet.condition1', 'App. 7 condition 1 (§11.3)', 'taxpayerCabinet', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['cabinet.process2', 'App. 7 process 2 (§11.4)', 'taxpayerCabinet', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['cabinet.condition2', 'App. 7 condition 2 (§11.6)', 'taxpayerCabinet', 'automated', 'system', 1.5, 'minutes', 'appendix'],
  ['cabinet.process4', 'App. 7 process 4 (§11.7)', 'taxpayerCabinet', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['cabinet.condition3', 'App. 7 condition 3 (§11.9)', 'taxpayerCabinet', 'automated', 'system', 1, 'minutes', 'assumed'],
  ['cabinet.process6', 'App. 7 process 6 (§11.10)', 'taxpayerCabinet', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['cabinet.process9', 'App. 7 process 9 (§11.13)', 'taxpayerCabinet', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['cabinet.process10', 'App. 7 process 10 (§11.14)', 'taxpayerCabinet', 'automated', 'system', 1, 'minutes', 'appendix'],
  ['cabinet.condition4', 'App. 7 condition 4 (§11.15)', 'taxpayerCabinet', 'processing', 'processing', 15, 'calendarDays', 'assumed'],
  ['cabinet.process11', 'App. 7 process 11 (§11.16)', 'taxpayerCabinet', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['cabinet.process12', 'App. 7 process 12 (§11.17)', 'taxpayerCabinet', 'automated', 'system', 30, 'seconds', 'assumed'],
  ['cabinet.process13', 'App. 7 process 13 (§11.18)', 'taxpayerCabinet', 'automated', 'system', 1.5, 'minutes', 'assumed'],
];

describe('kz-residency-2015: procedures and norms', () => {
  it.each(rows)('%s (%s) has its norm, channel, stage and actor', (id, ref, channel, stage, actor, amount, unit, source) => {
    const p = procedure(v, id);
    expect({ ref: p.ref, channel: p.channel, stage: p.stage, actor: p.actor, norm: p.norm, normSource: p.normSource }).toEqual({
      ref,
      channel,
      stage,
      actor,
      norm: { amount, unit },
      normSource: source,
    });
    expect(p.title.kk.trim()).not.toBe('');
    expect(p.description.ru.trim()).not.toBe('');
  });

  it('holds exactly those procedures, in that order', () => {
    expect(v.procedures.map((p) => p.id)).toEqual(rows.map((r) => r[0]));
  });

  it('explains every assumed norm in a note', () => {
    for (const p of v.procedures.filter((x) => x.normSource === 'assumed')) expect(p.note, p.id).toBeDefined();
  });

  it('keeps the automated steps between 30 seconds and 1.5 minutes', () => {
    for (const p of v.procedures.filter((x) => x.stage === 'automated')) {
      expect(normSeconds(p), p.id).toBeGreaterThanOrEqual(30);
      expect(normSeconds(p), p.id).toBeLessThanOrEqual(90);
    }
  });

  it('counts §9.3, the signing and the provider checks inside §5.2, not on top of it', () => {
    const inside = v.procedures.filter((p) => p.withinTermOf !== undefined).map((p) => [p.id, p.withinTermOf]);
    expect(inside).toEqual([
      ['office.approval', '5.2'],
      ['9.3', '5.2'],
      ['portal.condition4', '5.2'],
      ['cabinet.condition4', '5.2'],
    ]);
  });

  it('does not turn the unresolved "3 h 19 min" of Appendix 5 into a norm', () => {
    expect(v.procedures.some((p) => normSeconds(p) === (3 * 60 + 19) * 60)).toBe(false);
    const note = v.notes.find((n) => n.id === 'appendix5-3h19min');
    expect(note?.kind).toBe('unresolved');
    expect(note?.text.kk).toContain('3 сағат 19 мин.');
    expect(note?.text.ru).toContain('3 часа 19 мин.');
  });

  it('uses the seed’s Kazakh wording and official Russian for the step titles', () => {
    expect(procedure(v, '5.1.a').title).toEqual({
      kk: 'Салықтық өтініште көрсетілген деректерді жеке басын куәландыратын құжатпен салыстырып тексеру',
      ru: 'Сверка данных налогового заявления с документом, удостоверяющим личность',
    });
    expect(procedure(v, '5.1.b').title.kk).toBe('Ұсынылған құжаттардың толықтығын тексеру');
    expect(procedure(v, 'office.approval').title.kk).toBe('Шығыс құжаттарға қол қою және мөрмен куәландыру');
    expect(procedure(v, '5.1.a').description.kk).toContain('нотариалды куәландырылған сенімхаттың');
  });
});

describe('kz-residency-2015: intake (§5.1)', () => {
  it('walks §5.1.a–f in order with the workstation’s form kinds', () => {
    expect(v.intake.steps.map((s) => s.procedureId)).toEqual([...intakeStepIds]);
    expect(v.intake.steps.map((s) => s.kind)).toEqual(['identity', 'completeness', 'registryMatch', 'registration', 'secondCopy', 'coupon']);
  });

  it('takes 20 minutes in all: 2 + 3 + 5 + 5 + 3 + 2', () => {
    expect(v.intake.total).toEqual({ amount: 20, unit: 'minutes' });
    const steps = intakeSteps(v);
    expect(steps.map((s) => s.normSeconds)).toEqual([120, 180, 300, 300, 180, 120]);
    expect(steps.reduce((sum, s) => sum + s.normSeconds, 0)).toBe(20 * 60);
    expect(steps[2]).toMatchObject({ id: '5.1.c', kind: 'registryMatch', ref: '§5.1.c' });
  });

  it('processes within 15 calendar days, moving a deadline off a day off', () => {
    expect(v.processing).toEqual({ procedureId: '5.2', ref: '§5.2', deadlineCalendarDays: 15, moveToNextWorkingDay: true });
  });
});

describe('kz-residency-2015: checklists', () => {
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

  it('checks the applicant in person against the identity document (§5.1.a)', () => {
    expect(ids(v.checklists.identity.variants.inPerson)).toEqual(['identityDocumentValid', 'nameMatches', 'iinMatches']);
  });

  it('requires a notarised power of attorney listing the powers for an individual’s representative', () => {
    expect(ids(v.checklists.identity.variants.individualRepresentative)).toEqual(
      expect.arrayContaining(['representativeDocumentValid', 'powerOfAttorneyNotarised', 'powersListed', 'principalMatches']),
    );
  });

  it('requires the head’s signature and the seal for a legal entity’s representative', () => {
    const items = v.checklists.identity.variants.legalEntityRepresentative;
    expect(ids(items)).toEqual(expect.arrayContaining(['powerOfAttorneyPresented', 'headSignature', 'entitySeal', 'entityMatches']));
    expect(items.find((i) => i.id === 'entitySeal')?.text.kk).toBe('Сенімхатта заңды тұлғаның мөрі бар');
    expect(items.every((i) => i.required)).toBe(true);
  });

  it.each(applicantTypes)('has a completeness list for %s against the Standard’s §9', (type) => {
    const list = v.checklists.completeness.byApplicantType[type];
    expect(v.checklists.completeness.ref).toBe('Standard §9');
    expect(ids(list).slice(0, 3)).toEqual(['taxApplication', 'identityDocument', 'powerOfAttorney']);
    expect(list.find((i) => i.id === 'powerOfAttorney')?.onlyWhen).toBe('representative');
    expect(list.find((i) => i.id === 'foreignStateForm')?.required).toBe(false);
  });

  it.each([
    ['individual', 'residencyBasisDaysOfStay'],
    ['individualEntrepreneur', 'entrepreneurRegistration'],
    ['legalEntity', 'stateRegistration'],
    ['foreignEntityEffectiveManagement', 'placeOfEffectiveManagement'],
    ['foreignEntityEffectiveManagement', 'foreignRegistration'],
  ] as const)('asks %s for %s', (type, item) => {
    expect(ids(v.checklists.completeness.byApplicantType[type])).toContain(item);
  });

  it.each([
    ['individual', ['iinBin', 'fullName', 'residenceAddress', 'registrationDate', 'registrationStatus', 'taxAuthorityCode']],
    ['individualEntrepreneur', ['iinBin', 'fullName', 'residenceAddress', 'registrationDate', 'registrationStatus', 'taxAuthorityCode']],
    ['legalEntity', ['iinBin', 'entityName', 'legalAddress', 'registrationDate', 'registrationStatus', 'taxAuthorityCode']],
    ['foreignEntityEffectiveManagement', ['iinBin', 'entityName', 'legalAddress', 'registrationDate', 'registrationStatus', 'taxAuthorityCode']],
  ] as const)('compares these registry fields for %s (§5.1.c)', (type, fields) => {
    expect(ids(v.checklists.registryFields.fields.filter((f) => f.appliesTo.includes(type)))).toEqual(fields);
  });
});

describe('kz-residency-2015: documents, grounds, roles, source', () => {
  it('defines the outgoing documents with their refs', () => {
    expect(v.outgoingDocuments.map((d) => [d.id, d.ref])).toEqual([
      ['residencyCertificate', '§3.1, §5.2'],
      ['reasonedRefusal', '§3.2, §5.2; Standard §10'],
      ['coupon', '§5.1.f, App. 1'],
      ['secondCopyStamp', '§5.1.e'],
      ['acceptanceRefusalNotice', 'Standard §9'],
      ['issueJournal', '§5.3, App. 2'],
    ]);
  });

  it('gives the coupon its 8 fields (Appendix 1) and the journal its 10 columns (Appendix 2)', () => {
    const coupon = v.outgoingDocuments.find((d) => d.id === 'coupon');
    const journal = v.outgoingDocuments.find((d) => d.id === 'issueJournal');
    expect(coupon?.name.kk).toBe('Салықтық өтініштің қабылданғаны туралы талон');
    expect(coupon?.fields).toHaveLength(8);
    expect(coupon?.fields?.[6]?.label.kk).toBe('Шығыс құжатты беру үшін «терезенің» нөмірі');
    expect(journal?.fields).toHaveLength(10);
    expect(journal?.fields?.[9]?.label.ru).toBe('Дата выдачи исходящего документа');
  });

  it('ships the default refusal grounds, all active, under the Standard’s §10', () => {
    expect(v.refusalGrounds.map((g) => g.code)).toEqual(['notResident', 'incompleteDocuments', 'registryMismatch', 'invalidEds']);
    expect(v.refusalGrounds.every((g) => g.active && g.ref === 'Standard §10')).toBe(true);
  });

  it('assigns each stage to a role: desk accepts and issues, processing decides, supervisor signs', () => {
    const byStage = Object.fromEntries(Object.entries(v.roles).map(([stage, r]) => [stage, r.role]));
    expect(byStage).toEqual({ acceptance: 'frontDesk', processing: 'processing', approval: 'supervisor', issuance: 'frontDesk' });
    expect(v.roles.approval.ref).toContain('ҚФБ 2');
  });

  it('names the four channels in both languages', () => {
    expect(Object.keys(v.channels)).toEqual(['office', 'stateCorporation', 'portal', 'taxpayerCabinet']);
    expect(v.channels.taxpayerCabinet.name.ru).toContain('Кабинет налогоплательщика');
  });

  it('cites Order No. 348 of 4 June 2015 (Appendix 17) and the Standard, Order No. 284, register No. 11273', () => {
    expect(v.source.order).toEqual({ number: '348', date: '2015-06-04', appendix: 17 });
    expect(v.source.standard.order).toEqual({ number: '284', date: '2015-04-27' });
    expect(v.source.standard.stateRegisterNumber).toBe('11273');
    expect(v.source.authoritativeLanguage).toBe('kk');
  });

  it('takes effect from the order’s date, recorded as an assumption, with no end date', () => {
    expect(v.effectiveFrom).toBe('2015-06-04');
    expect(v.effectiveTo).toBeUndefined();
    expect(v.notes.find((n) => n.id === 'effectiveFrom')?.kind).toBe('assumption');
  });

  it('writes every text in Kazakh and Russian, neither blank, not copied one from the other', () => {
    const texts = localizedTexts(v);
    expect(texts.length).toBeGreaterThan(150);
    for (const [path, t] of texts) {
      expect(t.kk.trim(), path).not.toBe('');
      expect(t.ru.trim(), path).not.toBe('');
      expect(t.kk, path).not.toBe(t.ru);
    }
  });

  it('passes its own schema and meaning checks, and is the one shipped', () => {
    expect(parseRegulationVersion(v)).toEqual({ ok: true, version: v });
    expect(shippedRegulationVersions).toEqual([v]);
  });
});
