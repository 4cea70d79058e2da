// The administrators' command line, run as a real process (tsx, Node 22), human and --json.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/testCore';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const run = promisify(execFile);

async function desk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), ['electron/cli/desk.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run desk', { timeout: 30_000 }, () => {
  it('check-id: what a valid IIN encodes, and why a BIN is wrong, with exit codes', async () => {
    const valid = await desk('check-id', '900314400120', '--today', '2026-12-03', '--json');
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ ok: true, kind: 'iin', birthDate: '1990-03-14', sex: 'female' });

    const human = await desk('check-id', '900314400120', '--today', '2026-12-03');
    expect(human.stdout).toContain('жарамды ЖСН — туған күні 1990-03-14');

    const invalid = await desk('check-id', '12345', '--kind', 'bin', '--lang', 'ru', '--today', '2026-12-03');
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('БИН должен содержать 12 цифр, введено 5');
  });

  it('deadline: 9 March 2026 and Kurban Ait move to the next working day, with the versions used', async () => {
    const dataDir = tempDir();
    const march = JSON.parse((await desk('deadline', '2026-02-22', '--json', '--data-dir', dataDir)).stdout);
    expect(march).toMatchObject({ nominal: '2026-03-09', due: '2026-03-10', rule: 'nextWorkingDay', calendarVersion: 'kz-2025-2027.1', regulation: 'kz-residency-2015' });
    const kurban = await desk('deadline', '2026-05-12', '--lang', 'ru', '--data-dir', dataDir);
    expect(kurban.stdout).toContain('Срок: 2026-05-28');
    expect(kurban.stdout).toContain('Курбан айт');
    const bad = await desk('deadline', '2026-02-30', '--data-dir', dataDir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('2026-02-30');
  });

  it('regulation export → edit → load: a new version governs cases from its effective date', async () => {
    const dataDir = tempDir();
    const exported = await desk('regulation', 'export', 'kz-residency-2015', '--data-dir', dataDir);
    expect(exported.code).toBe(0);
    const version = JSON.parse(exported.stdout);
    version.id = 'kz-residency-2026-test';
    version.effectiveFrom = '2026-06-01';
    version.processing.deadlineCalendarDays = 10;
    version.procedures.find((p: { id: string }) => p.id === '5.2').norm.amount = 10;
    const file = join(dataDir, 'new.json');
    writeFileSync(file, JSON.stringify(version));

    const loaded = await desk('regulation', 'load', file, '--data-dir', dataDir);
    expect(loaded.stdout).toContain('«kz-residency-2026-test» нұсқасы жүктелді');
    expect((await desk('regulation', 'load', file, '--data-dir', dataDir)).stdout).toContain('бұрыннан жүктелген');

    const before = JSON.parse((await desk('deadline', '2026-05-29', '--json', '--data-dir', dataDir)).stdout);
    const after = JSON.parse((await desk('deadline', '2026-06-02', '--json', '--data-dir', dataDir)).stdout);
    expect(before).toMatchObject({ regulation: 'kz-residency-2015', nominal: '2026-06-13' });
    expect(after).toMatchObject({ regulation: 'kz-residency-2026-test', nominal: '2026-06-12' });
    const pinned = JSON.parse((await desk('deadline', '2026-06-02', '--regulation', 'kz-residency-2015', '--json', '--data-dir', dataDir)).stdout);
    expect(pinned).toMatchObject({ regulation: 'kz-residency-2015', nominal: '2026-06-17' });
  });

  it('regulation load refuses an invalid file with reasons, and changes nothing', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'bad.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, id: 'broken' }));
    const result = await desk('regulation', 'load', file, '--lang', 'ru', '--data-dir', dataDir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Регламент не загружен');
    const list = await desk('regulation', 'list', '--json', '--data-dir', dataDir);
    expect(JSON.parse(list.stdout).map((v: { id: string }) => v.id)).toEqual(['kz-residency-2015']);
  });
});
