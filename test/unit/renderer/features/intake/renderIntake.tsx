// Renders the signed-in frame (or one screen) for intake tests, with every store reset.
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { OfficerView } from '../../../../../shared/api';
import { AppFrame } from '../../../../../renderer/src/app/AppFrame';
import { theme } from '../../../../../renderer/src/app/theme';
import { setPrintHost, type PrintHost } from '../../../../../renderer/src/api/printing';
import { useDocumentsStore } from '../../../../../renderer/src/stores/documents';
import { useIntakeStore } from '../../../../../renderer/src/stores/intake';
import { useLocaleStore } from '../../../../../renderer/src/stores/locale';
import { useNavigationStore, type Screen } from '../../../../../renderer/src/stores/navigation';
import { officer } from '../../fakeApi';

export function resetStores(locale: 'kk' | 'ru' = 'kk', screen: Screen = { name: 'queue' }): void {
  useLocaleStore.setState({ locale });
  useNavigationStore.setState({ screen });
  useIntakeStore.setState({ entries: {}, loadErrors: {}, open: [] });
  useDocumentsStore.setState({ files: {}, errors: {}, prints: {} });
  setPrintHost(null);
}

export function renderWithTheme(ui: ReactElement) {
  return render(<MantineProvider theme={theme}>{ui}</MantineProvider>);
}

export function renderFrame(as: OfficerView = officer) {
  return renderWithTheme(<AppFrame officer={as} />);
}

/** A print host that records what it was asked to print. */
export function recordingPrintHost(kind: PrintHost['kind'] = 'browser', fails?: string) {
  const jobs: { pdfBase64: string; printer: string; copies: number }[] = [];
  const host: PrintHost = {
    kind,
    printers: async () => [
      { name: 'HP-Front', displayName: 'HP LaserJet (front desk)', isDefault: false },
      { name: 'Kyocera-1', displayName: 'Kyocera 1', isDefault: true },
    ],
    async print(pdfBase64, { printer, copies }) {
      if (fails) throw new Error(fails);
      jobs.push({ pdfBase64, printer, copies });
      return kind === 'browser' ? 'browser' : printer || 'Kyocera-1';
    },
  };
  setPrintHost(host);
  return { host, jobs };
}
