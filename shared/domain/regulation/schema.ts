// Loading a regulation version from JSON (a shipped file, a sync download or an administrator's
// edit): first its shape, then its meaning. Nothing reaches the workstation unchecked.
import { applicantTypes, type ApplicantType } from '../types';
import { fromZodIssues, issue, type RegulationIssue } from './issues';
import { messages } from './messages';
import type { CheckItem, RegulationVersion } from './model';
import { checkMeaning } from './semantics';
import { regulationVersionShape, type RegulationDraft } from './shape';

export type { RegulationIssue } from './issues';

export type ParseResult = { ok: true; version: RegulationVersion } | { ok: false; errors: RegulationIssue[] };

/**
 * Accepts JSON text or an already parsed value. Shape errors are reported first; the meaning
 * is checked only once the shape is right, because cross-references in a malformed version
 * would produce a cascade of misleading messages.
 */
export function parseRegulationVersion(json: unknown): ParseResult {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (e) {
      // JSON.parse throws nothing but SyntaxError.
      return { ok: false, errors: [issue([], messages.badJson((e as SyntaxError).message))] };
    }
  }
  const shaped = regulationVersionShape.safeParse(input);
  if (!shaped.success) return { ok: false, errors: fromZodIssues(shaped.error.issues, input) };
  const errors = checkMeaning(shaped.data);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, version: complete(shaped.data) };
}

// The shape lets applicant types be missing so that checkMeaning can name them; here they are known present.
function complete(draft: RegulationDraft): RegulationVersion {
  const lists = draft.checklists.completeness.byApplicantType;
  const byApplicantType = Object.fromEntries(applicantTypes.map((t) => [t, lists[t]])) as Record<ApplicantType, CheckItem[]>;
  return {
    ...draft,
    checklists: { ...draft.checklists, completeness: { ...draft.checklists.completeness, byApplicantType } },
  };
}
