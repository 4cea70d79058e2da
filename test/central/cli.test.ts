// `npm run central`: the flags, and the simulator started as its own process printing a URL and a
// workstation credential that work (stable for the same seed).
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './args';
import { spawnCentral } from './spawnCli';
import { client } from './testClient';

describe('npm run central', () => {
  it('parses its flags', () => {
    expect(parseCliArgs(['--port', '0', '--data=/tmp/c.sqlite', '--taxpayers', '1000000', '--faults', 'drop=0.1,skew=+2h', '--seed', '9', '--workstations', '3'])).toEqual({
      port: 0,
      host: '127.0.0.1',
      dataFile: '/tmp/c.sqlite',
      taxpayers: 1_000_000,
      seed: 9,
      faults: { drop: 0.1, clockSkewMs: 7_200_000 },
      office: '6205',
      workstations: 3,
      applications: 0,
      adminToken: null,
    });
    expect(() => parseCliArgs(['--port', 'x'])).toThrow(/--port/);
    expect(() => parseCliArgs(['--faults', 'boom=1'])).toThrow(/unknown fault/);
    expect(() => parseCliArgs(['--wat'])).toThrow(/unknown option/);
  });

  it('prints a URL and a working, seed-stable workstation credential', async () => {
    const args = ['--port', '0', '--taxpayers', '50', '--seed', '4', '--faults', 'skew=+1h'];
    const first = await spawnCentral(args);
    let secondBanner = '';
    try {
      const { url, authorization } = first;
      const id = /Bearer ([0-9a-f-]{36}):/.exec(authorization)?.[1] ?? '';
      expect(first.banner).toContain('workstation 1 of office 6205');
      const api = client(url, { id, officeCode: '6205', number: 1, secret: '', authorization });
      const page = await api.pullAll();
      expect(page.changes.filter((c) => c.type === 'taxpayer')).toHaveLength(50);
      const serverTime = (await api.pull(page.cursor)).serverTime;
      expect(Date.parse(serverTime) - Date.now()).toBeGreaterThan(3_500_000);
      const second = await spawnCentral(args);
      secondBanner = second.banner;
      second.stop();
    } finally {
      first.stop();
    }
    const credential = (banner: string) => /Authorization: (Bearer \S+)/.exec(banner)?.[1];
    expect(credential(secondBanner)).toBe(credential(first.banner));
  }, 30_000);
});
