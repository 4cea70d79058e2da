// §5.1.c: the taxpayer's data in the application next to the registration data in the local
// cache of the central tax system, field by field, with how old the cached record is. The
// officer decides match or mismatch; the comparison only highlights.
import type { IntakeForm, RegistryComparisonRow } from '../../../shared/api/intake';
import type { RegulationVersion } from '../../../shared/domain/regulation';
import type { ApplicantType } from '../../../shared/domain/types';
import type { CachedTaxpayer } from '../registry/registryCache';

/** Case, spacing, quotes and punctuation do not make a mismatch; letters and digits do. */
export function normalizeForComparison(value: string): string {
  return value
    .toLocaleLowerCase('kk')
    .replace(/[«»"'“”„.,;:()№-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const statusText: Record<CachedTaxpayer['status'], string> = {
  active: 'тіркеу есебінде / на учёте',
  deregistered: 'есептен шығарылған / снят с учёта',
  liquidated: 'таратылған / ликвидирован',
};

function values(fieldId: string, taxpayerId: string, form: IntakeForm, record: CachedTaxpayer | null): { application: string | null; registry: string | null } {
  switch (fieldId) {
    case 'iinBin':
      return { application: taxpayerId, registry: record?.id ?? null };
    case 'fullName':
    case 'entityName':
      return { application: form.application?.taxpayerName ?? null, registry: record?.name ?? null };
    case 'residenceAddress':
    case 'legalAddress':
      return { application: form.application?.address ?? null, registry: record?.address ?? null };
    case 'registrationDate':
      return { application: null, registry: record?.registeredOn ?? null };
    case 'registrationStatus':
      return { application: null, registry: record ? statusText[record.status] : null };
    case 'taxAuthorityCode':
      return { application: null, registry: record?.taxOffice ?? null };
    default:
      return { application: null, registry: null };
  }
}

export function compareWithRegistry(
  regulation: RegulationVersion,
  applicantType: ApplicantType,
  taxpayerId: string,
  form: IntakeForm,
  record: CachedTaxpayer | null,
): RegistryComparisonRow[] {
  return regulation.checklists.registryFields.fields
    .filter((field) => field.appliesTo.includes(applicantType))
    .map((field) => {
      const { application, registry } = values(field.id, taxpayerId, form, record);
      let verdict: RegistryComparisonRow['verdict'] = 'info';
      if (field.id === 'registrationStatus') verdict = record?.status === 'active' ? 'match' : 'mismatch';
      else if (application !== null) {
        verdict = registry !== null && normalizeForComparison(application) === normalizeForComparison(registry) ? 'match' : 'mismatch';
      }
      return { field: field.id, label: field.label, application, registry, verdict };
    });
}
