import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoPassword } from '../../../../../electron/core/auth/demoData';
import { call, expectOk, openTestCore, signedIn } from '../testCore';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('session handlers', () => {
  let core: TestCore;
  beforeEach(async () => {
    core = await openTestCore();
  });
  afterEach(() => core.close());

  const auditRows = () => core.db.prepare('SELECT officer_id, action FROM audit_log ORDER BY seq').all();
  const snapshot = () => ({
    audit: core.db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
    sessions: core.db.prepare('SELECT count(*) FROM sessions').pluck().get(),
  });

  it('signs a demo officer in, binds them to the connection and audits it', async () => {
    const connection = core.connect();
    const session = expectOk(await call(core, connection, 'session.signIn', { login: 'frontdesk', password: demoPassword }));
    expect(session.officer).toMatchObject({ login: 'frontdesk', role: 'frontDesk', shortName: 'Нұрланова Ә. С.' });
    expect(session.officer.office.name.kk).toContain('Есіл');
    expect(session.token.length).toBeGreaterThanOrEqual(40);
    expect(expectOk(await call(core, connection, 'session.current', {}))?.login).toBe('frontdesk');
    expect(auditRows().at(-1)).toEqual({ officer_id: session.officer.id, action: 'session.signIn' });
    // the token itself is never stored
    expect(core.db.prepare('SELECT count(*) FROM sessions WHERE token_hash = ?').pluck().get(session.token)).toBe(0);
  });

  it('refuses a wrong password or unknown login with the same kk/ru message, and audits the attempt', async () => {
    const connection = core.connect();
    const wrong = await call(core, connection, 'session.signIn', { login: 'frontdesk', password: 'nope' });
    const unknown = await call(core, connection, 'session.signIn', { login: 'nobody', password: 'nope' });
    for (const result of [wrong, unknown]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
      if (!result.ok) expect(result.error.message).toEqual({ kk: 'Логин немесе құпиясөз қате.', ru: 'Неверный логин или пароль.' });
    }
    expect(auditRows().slice(-2)).toEqual([
      { officer_id: null, action: 'session.signInFailed' },
      { officer_id: null, action: 'session.signInFailed' },
    ]);
    expect(expectOk(await call(core, connection, 'session.current', {}))).toBeNull();
  });

  it('refuses a disabled account', async () => {
    core.db.prepare("UPDATE officers SET active = 0 WHERE login = 'processing'").run();
    const result = await call(core, core.connect(), 'session.signIn', { login: 'processing', password: demoPassword });
    expect(result).toMatchObject({ ok: false, error: { code: 'account_disabled' } });
  });

  it('answers bad input with field messages in kk and ru and changes nothing', async () => {
    const before = snapshot();
    const connection = core.connect();
    const result = await core.call(connection, 'session.signIn', { login: '', password: 42, officerId: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message.kk).toContain('Енгізілген деректер қате');
    expect(result.error.message.ru).toContain('Введены неверные данные');
    const issues = (result.error.details as { issues: { path: string[]; message: { kk: string; ru: string } }[] }).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: ['login'], message: { kk: 'Міндетті өріс', ru: 'Обязательное поле' } },
        { path: ['password'], message: { kk: 'Мәннің түрі қате', ru: 'Неверный тип значения' } },
        { path: [], message: { kk: 'Белгісіз өріс: officerId', ru: 'Неизвестное поле: officerId' } },
      ]),
    );
    expect(snapshot()).toEqual(before);
    expect(connection.session).toBeNull();
  });

  it('signs out: the session ends for every later call', async () => {
    const connection = await signedIn(core, 'supervisor');
    expectOk(await call(core, connection, 'session.signOut', {}));
    expect(await call(core, connection, 'cases.list', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(auditRows().at(-1)).toMatchObject({ action: 'session.signOut' });
  });

  it('resumes a session on a new connection with its token, until it expires', async () => {
    const first = core.connect();
    const { token } = expectOk(await call(core, first, 'session.signIn', { login: 'processing', password: demoPassword }));
    const second = core.connect();
    expect(expectOk(await call(core, second, 'session.resume', { token })).officer.login).toBe('processing');
    expect(expectOk(await call(core, second, 'cases.list', {}))).toEqual([]);

    core.clock.advance(13 * 3_600_000);
    expect(await call(core, second, 'cases.list', {})).toMatchObject({ ok: false, error: { code: 'session_expired' } });
    expect(await call(core, core.connect(), 'session.resume', { token })).toMatchObject({ ok: false, error: { code: 'session_expired' } });
  });

  it('ends the session of a disabled officer at their next call', async () => {
    const connection = await signedIn(core, 'processing');
    core.db.prepare("UPDATE officers SET active = 0 WHERE login = 'processing'").run();
    expect(await call(core, connection, 'cases.list', {})).toMatchObject({ ok: false, error: { code: 'session_expired' } });
  });
});
