// Admin endpoints for `npm run central` (X-Admin-Token header): the in-process API over HTTP, so a
// person or a script can set the scene and switch faults while workstations sync.
//   GET  /admin/state                       counts, epoch, faults
//   GET  /admin/cases[?office=6205]         every central case: state, event count
//   GET  /admin/faults · POST /admin/faults  read / change the fault configuration (partial JSON)
//   POST /admin/workstations {officeCode, number}          → credential
//   POST /admin/officers {officeCode, login, fullName, shortName, iin, role}
//   POST /admin/taxpayers/seed {count}     POST /admin/taxpayers/change {id, patch}
//   POST /admin/reference/regulation <version JSON>   POST /admin/reference/calendar <version JSON>
//   POST /admin/crl {derBase64}            POST /admin/applications {officeCode, count, kinds?, channels?}
//   POST /admin/backup    POST /admin/restore {rollback?}    POST /admin/prune
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { roles } from '../../../shared/domain/roles';
import type { Central } from '../central';
import { endpoints } from '../faults';
import { errorAnswer, json, readBody, type Answer } from './body';

const kinds = z.enum(['valid', 'expired', 'revoked', 'iinMismatch']);
const channels = z.enum(['stateCorporation', 'portal', 'taxpayerCabinet']);
const probability = z.number().min(0).max(1);

const schemas = {
  workstation: z.object({ officeCode: z.string().regex(/^\d{4}$/), number: z.number().int().min(1).max(99) }).strict(),
  officer: z
    .object({
      officeCode: z.string().regex(/^\d{4}$/),
      login: z.string().min(1).max(64),
      fullName: z.string().min(1).max(300),
      shortName: z.string().min(1).max(100),
      iin: z.string().regex(/^\d{12}$/),
      role: z.enum(roles),
      active: z.boolean().optional(),
    })
    .strict(),
  seed: z.object({ count: z.number().int().min(0).max(5_000_000) }).strict(),
  change: z
    .object({
      id: z.string().regex(/^\d{12}$/),
      patch: z
        .object({
          name: z.string().min(1).max(500),
          surname: z.string().max(200).nullable(),
          givenName: z.string().max(200).nullable(),
          patronymic: z.string().max(200).nullable(),
          address: z.string().max(500),
          registeredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          status: z.enum(['active', 'deregistered', 'liquidated']),
          taxOffice: z.string().max(10),
        })
        .partial()
        .strict(),
    })
    .strict(),
  crl: z.object({ derBase64: z.string().min(1) }).strict(),
  applications: z
    .object({ officeCode: z.string().regex(/^\d{4}$/), count: z.number().int().min(1).max(10_000), kinds: z.array(kinds).optional(), channels: z.array(channels).optional() })
    .strict(),
  restore: z.object({ rollback: z.boolean().optional() }).strict(),
  faults: z
    .object({
      seed: z.number().int(),
      endpoints: z.array(z.enum(endpoints)),
      drop: probability,
      hang: probability,
      hangMs: z.number().min(0),
      lostReply: probability,
      error5xx: probability,
      delay: probability,
      delayMs: z.tuple([z.number().min(0), z.number().min(0)]),
      duplicate: probability,
      reorder: probability,
      reorderMs: z.number().min(0),
      stalePage: probability,
      truncate: probability,
      clockSkewMs: z.number(),
    })
    .partial()
    .strict(),
};

function authorised(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(String(req.headers['x-admin-token'] ?? ''));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function bodyOf(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, 64 * 1024 * 1024);
  if (!body.ok) throw new AdminError(400, 'bodyTooLarge');
  if (body.bytes.length === 0) return {};
  try {
    return JSON.parse(body.bytes.toString('utf8'));
  } catch {
    throw new AdminError(400, 'malformedJson');
  }
}

class AdminError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AdminError(400, 'invalidRequest', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

export async function answerAdmin(central: Central, req: IncomingMessage, token: string): Promise<Answer> {
  if (!authorised(req, token)) return errorAnswer(401, 'unauthorized', 'X-Admin-Token required');
  const url = new URL(req.url ?? '/', 'http://central');
  const route = `${req.method ?? 'GET'} ${url.pathname}`;
  try {
    switch (route) {
      case 'GET /admin/state':
        return json(200, { stats: central.stats(), faults: central.faults });
      case 'GET /admin/cases':
        return json(200, { cases: central.cases(url.searchParams.get('office') ?? undefined) });
      case 'GET /admin/faults':
        return json(200, central.faults);
      case 'GET /admin/fault-log':
        return json(200, { entries: central.faultLog.slice(-1000) });
      case 'POST /admin/faults':
        return json(200, central.setFaults(parse(schemas.faults, await bodyOf(req))));
      case 'POST /admin/workstations': {
        const { officeCode, number } = parse(schemas.workstation, await bodyOf(req));
        return json(200, central.registerWorkstation(officeCode, number));
      }
      case 'POST /admin/officers':
        return json(200, central.addOfficer(parse(schemas.officer, await bodyOf(req))));
      case 'POST /admin/taxpayers/seed': {
        const { count } = parse(schemas.seed, await bodyOf(req));
        return json(200, { added: central.seedTaxpayers(count), total: central.taxpayerCount });
      }
      case 'POST /admin/taxpayers/change': {
        const { id, patch } = parse(schemas.change, await bodyOf(req));
        return json(200, central.changeTaxpayer(id, patch));
      }
      case 'POST /admin/reference/regulation':
        return json(200, central.addRegulationVersion(await bodyOf(req)));
      case 'POST /admin/reference/calendar':
        return json(200, central.addCalendarVersion(await bodyOf(req)));
      case 'POST /admin/crl': {
        const { derBase64 } = parse(schemas.crl, await bodyOf(req));
        return json(200, central.publishCrl(new Uint8Array(Buffer.from(derBase64, 'base64'))));
      }
      case 'POST /admin/applications': {
        const generated = await central.generateApplications(parse(schemas.applications, await bodyOf(req)));
        return json(200, { applications: generated });
      }
      case 'POST /admin/backup':
        return json(200, { bytes: central.backup().length });
      case 'POST /admin/restore':
        return json(200, central.restoreFromBackup(parse(schemas.restore, await bodyOf(req))));
      case 'POST /admin/prune':
        return json(200, { horizon: central.pruneHistory() });
      default:
        return errorAnswer(404, 'notFound', route);
    }
  } catch (error) {
    if (error instanceof AdminError) return errorAnswer(error.status, error.code, error.message);
    return errorAnswer(400, 'rejected', error instanceof Error ? error.message : String(error));
  }
}
