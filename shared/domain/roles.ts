// The officers' roles that the regulation's actors map onto (Appendix 5: ҚФБ 1 and ҚФБ 2).
export const roles = ['frontDesk', 'processing', 'supervisor', 'admin'] as const;
export type Role = (typeof roles)[number];
