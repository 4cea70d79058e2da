// What every step panel gets from the wizard.
import type { IntakeStepState } from '../../../../../shared/api/intake';
import type { IntakeEntry } from '../../../stores/intake';

export interface PanelProps {
  caseId: string;
  entry: IntakeEntry;
  step: IntakeStepState;
  /** Opens the dialog declining acceptance. */
  onDecline(): void;
  /** Moves focus to the "complete step" button (after an action that makes the step complete). */
  focusComplete(): void;
}
