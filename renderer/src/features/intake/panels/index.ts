// The wizard's panels by step kind: the regulation version says which steps there are and of
// what kind; this table says how each kind is drawn. A new version reuses them without code.
import type { ComponentType } from 'react';
import type { IntakeStepKind } from '../../../../../shared/domain/regulation';
import { CompletenessPanel } from './CompletenessPanel';
import { IdentityPanel } from './IdentityPanel';
import { CouponPanel, SecondCopyPanel } from './PrintStepPanel';
import { RegistrationPanel } from './RegistrationPanel';
import { RegistryMatchPanel } from './RegistryMatchPanel';
import type { PanelProps } from './types';

export const stepPanels: Record<IntakeStepKind, ComponentType<PanelProps>> = {
  identity: IdentityPanel,
  completeness: CompletenessPanel,
  registryMatch: RegistryMatchPanel,
  registration: RegistrationPanel,
  secondCopy: SecondCopyPanel,
  coupon: CouponPanel,
};

export type { PanelProps };
