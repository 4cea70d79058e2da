// The renderer's root: restores the session, follows the host connection, and shows either
// the sign-in screen or the signed-in frame.
import { Alert, Center, Loader, MantineProvider } from '@mantine/core';
import { useEffect } from 'react';
import { api } from '../api/client';
import { SignInScreen } from '../features/signin/SignInScreen';
import { useT } from '../i18n/useT';
import { useConnectionStore } from '../stores/connection';
import { useSessionStore } from '../stores/session';
import { AppFrame } from './AppFrame';
import { theme } from './theme';

function Screens() {
  const t = useT();
  const { status, officer, restore } = useSessionStore();
  const connection = useConnectionStore((s) => s.state);

  useEffect(() => {
    let wasLost = false;
    return api().onStateChange((state) => {
      useConnectionStore.getState().set(state);
      // A new socket has no session on the host side: resume it.
      if (state === 'open' && wasLost) void restore();
      if (state === 'lost') wasLost = true;
    });
  }, [restore]);

  useEffect(() => {
    void restore();
  }, [restore]);

  return (
    <>
      {connection === 'lost' && (
        <Alert color="orange" radius={0} role="status" style={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 1000 }}>
          {t('app.connectionLost')}
        </Alert>
      )}
      {status === 'starting' ? (
        <Center mih="100vh">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : status === 'signedIn' && officer ? (
        <AppFrame officer={officer} />
      ) : (
        <SignInScreen />
      )}
    </>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme}>
      <Screens />
    </MantineProvider>
  );
}
