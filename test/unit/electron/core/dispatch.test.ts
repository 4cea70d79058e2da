import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiNames, contract } from '../../../../shared/api';
import { handlers } from '../../../../electron/core/api';
import { migrations } from '../../../../electron/core/store/migrations';
import { call, expectOk, openTestCore, signedIn } from './testCore';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('dispatcher', () => {
  let core: TestCore;
  beforeEach(async () => {
    core = await openTestCore();
  });
  afterEach(() => core.close());

  it('implements every contract name, and the preload list names exactly those', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
    expect([...apiNames].sort()).toEqual(Object.keys(contract).sort());
  });

  it('answers an unknown name as data', async () => {
    const result = await core.call(core.connect(), 'cases.dropAll', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method', message: { ru: 'Неизвестное действие: cases.dropAll.' } } });
  });

  it('refuses calls that need an officer when nobody is signed in', async () => {
    expect(await call(core, core.connect(), 'cases.list', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('enforces role access from the session', async () => {
    const frontDesk = await signedIn(core, 'frontDesk');
    const forbidden = await call(core, frontDesk, 'audit.verify', {});
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!forbidden.ok) expect(forbidden.error.message.kk).toContain('рөліңіздің');
    const admin = await signedIn(core, 'admin');
    expect(expectOk(await call(core, admin, 'audit.verify', {}))).toMatchObject({ ok: true, brokenAt: null });
  });

  it('turns an unexpected failure into an internal error without leaking it', async () => {
    const connection = await signedIn(core, 'frontDesk');
    core.db.exec('DROP TABLE cases');
    const result = await call(core, connection, 'cases.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('no such table');
  });

  it('reports app info without a session', async () => {
    expect(expectOk(await call(core, core.connect(), 'app.info', {}))).toMatchObject({ name: 'Residency Desk', schemaVersion: migrations.length, demo: true });
  });

  it('lists an empty queue for a new office', async () => {
    const connection = await signedIn(core, 'processing');
    expect(expectOk(await call(core, connection, 'cases.list', { limit: 10 }))).toEqual([]);
  });
});
