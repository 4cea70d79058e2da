// The shell: sign-in in Kazakh by default, errors shown in the chosen language, the signed-in
// frame with the officer's name, role and office, the language switch, sign-out.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, fail } from '../../../../shared/api';
import { App } from '../../../../renderer/src/app/App';
import { useLocaleStore } from '../../../../renderer/src/stores/locale';
import { useSessionStore } from '../../../../renderer/src/stores/session';
import { appInfo, installFakeApi, officer } from '../fakeApi';

const session = { token: 't'.repeat(43), officer, expiresAt: '2026-03-02T16:00:00.000Z' };

describe('App shell', () => {
  beforeEach(() => {
    useLocaleStore.setState({ locale: 'kk' });
    useSessionStore.setState({ status: 'starting', officer: null, error: null, info: null, busy: false });
  });

  it('starts on the sign-in screen in Kazakh with the demo hint', async () => {
    installFakeApi({ 'app.info': () => appInfo });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Жүйеге кіру' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Логин/)).toHaveFocus();
    expect(screen.getByText(/құпиясөз: demo1234/)).toBeInTheDocument();
  });

  it('signs in with the keyboard only and shows the frame and empty queue', async () => {
    const { calls } = installFakeApi({ 'app.info': () => appInfo, 'session.signIn': () => session, 'cases.list': () => [] });
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Логин/), 'frontdesk');
    await user.tab();
    await user.keyboard('demo1234{Enter}');
    expect(await screen.findByText('Кезекте өтініш жоқ')).toBeInTheDocument();
    expect(screen.getByText('Нұрланова Әлия Серікқызы')).toBeInTheDocument();
    expect(screen.getByText('Құжат қабылдау маманы')).toBeInTheDocument();
    expect(screen.getByText('Есіл МКБ')).toBeInTheDocument();
    expect(calls.find((c) => c.name === 'session.signIn')?.input).toEqual({ login: 'frontdesk', password: 'demo1234' });
    expect(sessionStorage.getItem('desk.session')).toBe(session.token);
  });

  it('shows a refused sign-in in the chosen language', async () => {
    installFakeApi({ 'app.info': () => appInfo, 'session.signIn': () => fail(apiError('bad_credentials')) });
    useLocaleStore.setState({ locale: 'ru' });
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Логин/), 'x');
    await user.type(screen.getByLabelText(/Пароль/), 'y{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Неверный логин или пароль.');
  });

  it('switches the language of the whole frame and signs out', async () => {
    installFakeApi({ 'app.info': () => appInfo, 'session.resume': () => session, 'cases.list': () => [], 'session.signOut': () => null });
    sessionStorage.setItem('desk.session', session.token);
    render(<App />);
    const user = userEvent.setup();
    expect(await screen.findByText('Кезекте өтініш жоқ')).toBeInTheDocument();
    await user.click(screen.getByText('Русский'));
    expect(await screen.findByText('В очереди нет заявлений')).toBeInTheDocument();
    expect(screen.getByText('Специалист по приёму документов')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
    await user.click(screen.getByRole('button', { name: 'Выйти' }));
    expect(await screen.findByRole('heading', { name: 'Вход в систему' })).toBeInTheDocument();
    expect(sessionStorage.getItem('desk.session')).toBeNull();
  });

  it('drops a stored session the core no longer accepts', async () => {
    installFakeApi({ 'app.info': () => appInfo, 'session.resume': () => fail(apiError('session_expired')) });
    sessionStorage.setItem('desk.session', session.token);
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Жүйеге кіру' })).toBeInTheDocument();
    await waitFor(() => expect(sessionStorage.getItem('desk.session')).toBeNull());
  });
});
