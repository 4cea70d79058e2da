// Renders the signed-in frame on a processing, approval or issuance screen with every store reset.
import type { OfficerView } from '../../../../../shared/api';
import { resetCaseQueues } from '../../../../../renderer/src/stores/caseQueue';
import { useCasesStore } from '../../../../../renderer/src/stores/cases';
import { useIssuanceClock } from '../../../../../renderer/src/stores/issuance';
import { useJournalStore } from '../../../../../renderer/src/stores/journal';
import type { Screen } from '../../../../../renderer/src/stores/navigation';
import { useSessionStore } from '../../../../../renderer/src/stores/session';
import { appInfo } from '../../fakeApi';
import { renderFrame, resetStores } from '../intake/renderIntake';

export function openScreen(officer: OfficerView, screen: Screen, locale: 'kk' | 'ru' = 'kk') {
  resetStores(locale, screen);
  resetCaseQueues();
  useCasesStore.getState().reset();
  useJournalStore.getState().reset();
  useIssuanceClock.setState({ startedAt: {} });
  useSessionStore.setState({ status: 'signedIn', officer, info: appInfo, error: null, busy: false });
  return renderFrame(officer);
}
