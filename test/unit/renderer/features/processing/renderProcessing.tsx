// Renders the signed-in frame on a processing, approval or issuance screen with every store reset.
import type { OfficerView } from '../../../../../shared/api';
import { useAttachmentsStore } from '../../../../../renderer/src/stores/attachments';
import { resetCaseQueues } from '../../../../../renderer/src/stores/caseQueue';
import { useCasesStore } from '../../../../../renderer/src/stores/cases';
import { useJournalStore } from '../../../../../renderer/src/stores/journal';
import { useOfficersStore } from '../../../../../renderer/src/stores/officers';
import type { Screen } from '../../../../../renderer/src/stores/navigation';
import { useSessionStore } from '../../../../../renderer/src/stores/session';
import { appInfo } from '../../fakeApi';
import { renderFrame, resetStores } from '../intake/renderIntake';

export function openScreen(officer: OfficerView, screen: Screen, locale: 'kk' | 'ru' = 'kk') {
  resetStores(locale, screen);
  resetCaseQueues();
  useCasesStore.getState().reset();
  useJournalStore.getState().reset();
  useAttachmentsStore.getState().reset();
  useOfficersStore.getState().reset();
  useSessionStore.setState({ status: 'signedIn', officer, info: appInfo, error: null, busy: false });
  return renderFrame(officer);
}
