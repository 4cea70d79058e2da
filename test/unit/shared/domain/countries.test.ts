import { describe, expect, it } from 'vitest';
import { foreignState, foreignStates } from '../../../../shared/domain/countries';

describe('foreign states for the certificate', () => {
  it('have unique ISO codes and names in Kazakh, Russian and English', () => {
    expect(new Set(foreignStates.map((s) => s.code)).size).toBe(foreignStates.length);
    for (const s of foreignStates) {
      expect(s.code).toMatch(/^[A-Z]{2}$/);
      for (const name of [s.name.kk, s.name.ru, s.name.en]) expect(name.trim().length).toBeGreaterThan(2);
    }
    expect(foreignState('DE')?.name.en).toBe('Federal Republic of Germany');
    expect(foreignState('XX')).toBeUndefined();
  });
});
