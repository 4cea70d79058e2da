// The regulation versions shipped with the application; later ones arrive as data (sync or import).
import type { RegulationVersion } from '../model';
import { kzResidency2015 } from './kz-residency-2015';

export { kzResidency2015 } from './kz-residency-2015';

export const shippedRegulationVersions: readonly RegulationVersion[] = [kzResidency2015];
