// The regulation as versioned data: the model, the shipped versions, loading and exporting JSON,
// and choosing the version that governs a date or a case.
export * from './model';
export { parseRegulationVersion, type ParseResult, type RegulationIssue } from './schema';
export {
  exportRegulationVersion,
  intakeSteps,
  normSeconds,
  procedure,
  regulationForCase,
  regulationInForce,
  type CaseRegulationKey,
  type IntakeStepView,
} from './registry';
export { RegulationError, type RegulationErrorCode } from './errors';
export { kzResidency2015, shippedRegulationVersions } from './versions';
