import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../../../electron/core/auth/passwords';

describe('scrypt passwords', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('Құпия-сөз 1', 1024);
    const b = await hashPassword('Құпия-сөз 1', 1024);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Құпия-сөз 1', a)).toBe(true);
    expect(await verifyPassword('Құпия-сөз 2', a)).toBe(false);
    expect(await verifyPassword('Құпия-сөз 1', 'plain-text')).toBe(false);
  });
});
