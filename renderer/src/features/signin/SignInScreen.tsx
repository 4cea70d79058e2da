// Sign-in: login and password, Enter submits; errors in the chosen language.
import { Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';

export function SignInScreen() {
  const t = useT();
  const { signIn, busy, error, info, clearError } = useSessionStore();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await signIn(login, password)) setPassword('');
  }

  return (
    <Center mih="100vh" bg="gray.1">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <form onSubmit={submit} aria-label={t('signIn.title')}>
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={3}>{t('app.title')}</Title>
                <Text size="sm" c="dimmed">
                  {t('app.subtitle')}
                </Text>
              </div>
              <LanguageSwitch />
            </Group>
            <Title order={4}>{t('signIn.title')}</Title>
            {error && <ErrorAlert error={error} onClose={clearError} />}
            <TextInput
              label={t('signIn.login')}
              value={login}
              onChange={(e) => setLogin(e.currentTarget.value)}
              autoComplete="username"
              autoFocus
              required
            />
            <PasswordInput
              label={t('signIn.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              required
            />
            <Button type="submit" loading={busy}>
              {t('signIn.submit')}
            </Button>
            {info?.demoPassword && (
              <Text size="xs" c="dimmed">
                {t('signIn.demoHint', { password: info.demoPassword })}
              </Text>
            )}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
