// cases.* handlers: the case queue of the acting officer's office.
import type { CaseSummary } from '../../../shared/api';
import type { HandlerMap } from '../context';

export const caseHandlers: HandlerMap<'cases.list'> = {
  async 'cases.list'(ctx, { limit, offset }) {
    const rows = ctx.db
      .prepare(
        `SELECT id, registration_number, taxpayer_id, taxpayer_name, state, registered_at, deadline
         FROM cases WHERE office_id = ? ORDER BY deadline IS NULL, deadline, created_at LIMIT ? OFFSET ?`,
      )
      .all(ctx.actor().officeId, limit, offset) as {
      id: string;
      registration_number: string | null;
      taxpayer_id: string;
      taxpayer_name: string;
      state: string;
      registered_at: string | null;
      deadline: string | null;
    }[];
    return rows.map(
      (r): CaseSummary => ({
        id: r.id,
        registrationNumber: r.registration_number,
        taxpayerId: r.taxpayer_id,
        taxpayerName: r.taxpayer_name,
        state: r.state,
        registeredAt: r.registered_at,
        deadline: r.deadline,
      }),
    );
  },
};
