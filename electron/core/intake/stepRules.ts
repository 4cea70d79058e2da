// What each §5.1 step needs before the officer may complete it, read from the regulation
// version's checklists and the form typed so far. The answers are the wizard's "what is still
// missing" list and the core's guard: a step with problems cannot be completed.
import type { IntakeForm } from '../../../shared/api/intake';
import type { CaseSnapshot } from '../../../shared/domain/cases';
import type { CheckItem, IdentityVariant, IntakeStepKind, RegulationVersion } from '../../../shared/domain/regulation';
import type { Localized } from '../../../shared/domain/text';
import type { ApplicantType, IsoDate } from '../../../shared/domain/types';
import { localized, type MessageKey, type MessageParams } from '../../../shared/i18n';
import { formatDate } from '../../../shared/i18n/dates';

export interface Problem {
  field: string;
  message: Localized;
}

const problem = (field: string, key: MessageKey, params?: MessageParams): Problem => ({ field, message: localized(key, params) });

const entityTypes: readonly ApplicantType[] = ['legalEntity', 'foreignEntityEffectiveManagement'];

/** Which §5.1.a checklist applies: a legal entity always acts through a representative. */
export function identityVariant(applicantType: ApplicantType, form: IntakeForm): IdentityVariant {
  if (entityTypes.includes(applicantType)) return 'legalEntityRepresentative';
  return form.presentedBy === 'representative' ? 'individualRepresentative' : 'inPerson';
}

export function identityChecklist(regulation: RegulationVersion, applicantType: ApplicantType, form: IntakeForm): CheckItem[] {
  return [...regulation.checklists.identity.variants[identityVariant(applicantType, form)]];
}

/** §5.1.b: the Standard §9 list for this applicant type; representative-only items when one applies. */
export function completenessChecklist(regulation: RegulationVersion, applicantType: ApplicantType, form: IntakeForm): CheckItem[] {
  const representative = identityVariant(applicantType, form) !== 'inPerson';
  return regulation.checklists.completeness.byApplicantType[applicantType].filter((item) => item.onlyWhen !== 'representative' || representative);
}

function uncheckedRequired(items: CheckItem[], form: IntakeForm): Problem[] {
  return items
    .filter((item) => item.required && form.checks?.[item.id] !== true)
    .map((item) => ({
      field: `checks.${item.id}`,
      message: { kk: localized('intake.problem.check', { item: item.text.kk }).kk, ru: localized('intake.problem.check', { item: item.text.ru }).ru },
    }));
}

function identityProblems(regulation: RegulationVersion, applicantType: ApplicantType, form: IntakeForm, today: IsoDate): Problem[] {
  const problems: Problem[] = [];
  const variant = identityVariant(applicantType, form);
  if (!form.presentedBy && variant !== 'legalEntityRepresentative') problems.push(problem('presentedBy', 'intake.problem.presentedBy'));
  if (!form.person?.surname) problems.push(problem('person.surname', 'intake.problem.personSurname'));
  if (!form.person?.givenName) problems.push(problem('person.givenName', 'intake.problem.personGivenName'));
  const doc = form.identityDocument ?? {};
  if (!doc.type) problems.push(problem('identityDocument.type', 'intake.problem.documentType'));
  if (!doc.number) problems.push(problem('identityDocument.number', 'intake.problem.documentNumber'));
  if (!doc.issuer) problems.push(problem('identityDocument.issuer', 'intake.problem.documentIssuer'));
  if (!doc.issuedOn) problems.push(problem('identityDocument.issuedOn', 'intake.problem.documentIssuedOn'));
  if (!doc.expiresOn) problems.push(problem('identityDocument.expiresOn', 'intake.problem.documentExpiresOn'));
  else if (doc.expiresOn < today) problems.push(problem('identityDocument.expiresOn', 'intake.problem.documentExpired', { date: formatDate(doc.expiresOn) }));
  if (variant !== 'inPerson') {
    const poa = form.powerOfAttorney ?? {};
    if (!poa.number) problems.push(problem('powerOfAttorney.number', 'intake.problem.poaNumber'));
    if (!poa.issuedOn) problems.push(problem('powerOfAttorney.issuedOn', 'intake.problem.poaIssuedOn'));
    if (!poa.issuedBy) problems.push(problem('powerOfAttorney.issuedBy', 'intake.problem.poaIssuedBy'));
    if (poa.validUntil && poa.validUntil < today) {
      problems.push(problem('powerOfAttorney.validUntil', 'intake.problem.poaExpired', { date: formatDate(poa.validUntil) }));
    }
  }
  return [...problems, ...uncheckedRequired(identityChecklist(regulation, applicantType, form), form)];
}

export interface StepContext {
  regulation: RegulationVersion;
  applicantType: ApplicantType;
  form: IntakeForm;
  snapshot: CaseSnapshot;
  today: IsoDate;
  printed: ReadonlySet<string>;
}

/** What keeps a step of the given kind from being completed now (empty: it can be). */
export function stepProblems(kind: IntakeStepKind, c: StepContext): Problem[] {
  switch (kind) {
    case 'identity':
      return identityProblems(c.regulation, c.applicantType, c.form, c.today);
    case 'completeness':
      return uncheckedRequired(completenessChecklist(c.regulation, c.applicantType, c.form), c.form);
    case 'registryMatch': {
      const problems: Problem[] = [];
      if (!c.form.application?.taxpayerName) problems.push(problem('application.taxpayerName', 'intake.problem.taxpayerName'));
      if (!c.form.application?.address) problems.push(problem('application.address', 'intake.problem.address'));
      if (!c.snapshot.registryCheck) problems.push(problem('registryCheck', 'intake.problem.registryCheck'));
      return problems;
    }
    case 'registration':
      if (c.snapshot.registryCheck === 'mismatch') return [problem('registryCheck', 'intake.problem.registryMismatch')];
      return c.snapshot.registration ? [] : [problem('registration', 'intake.problem.notRegistered')];
    case 'secondCopy':
      return c.printed.has('secondCopyStamp') ? [] : [problem('secondCopyStamp', 'intake.problem.stampNotPrinted')];
    case 'coupon':
      return c.printed.has('coupon') ? [] : [problem('coupon', 'intake.problem.couponNotPrinted')];
  }
}
