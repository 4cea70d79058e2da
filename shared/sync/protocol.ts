// The wire protocol between a workstation and the central tax system (HTTP + JSON). Both sides
// validate every message with these schemas: the workstation never trusts what arrives, and
// the central system never trusts what a workstation sends. Protocol version 1.
//
//   POST /v1/push   mutations in batches, each with a per-workstation increasing `seq` and a
//                   UUID; answered per mutation: applied | duplicate | rejected(code)
//   POST /v1/pull   changes for the workstation's office after a cursor; `reset` when the
//                   cursor can no longer be served incrementally
//   POST /v1/lease  a block of registration numbers for this workstation
// Every response carries the central clock (`serverTime`). Workstations authenticate with
// `Authorization: Bearer <workstationId>:<secret>`; every mutation names the acting officer.
import { z } from 'zod';

export const protocolVersion = 1;

/** Upper bounds that keep a hostile or broken peer from exhausting memory. */
export const limits = {
  pushBatch: 200,
  pullPage: 5_000,
  messageBytes: 32 * 1024 * 1024,
  text: 100_000,
} as const;

const uuid = z.string().uuid();
const isoTimestamp = z.string().datetime({ offset: true });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Who did it: central officer id and IIN (ids are the central system's, shared by all desks). */
export const actingOfficerSchema = z.object({ id: z.number().int().positive(), iin: z.string().regex(/^\d{12}$/) }).strict();

export const mutationKinds = ['case.event', 'document.stored', 'journal.entry'] as const;

export const mutationSchema = z
  .object({
    mutationId: uuid,
    seq: z.number().int().positive(),
    kind: z.enum(mutationKinds),
    caseId: uuid.nullable(),
    officer: actingOfficerSchema.nullable(),
    createdAt: isoTimestamp,
    /** Kind-specific; for 'case.event': { eventId, at, event } as logged by the workstation. */
    payload: z.record(z.string(), z.unknown()),
  })
  .strict();
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z
  .object({ protocol: z.literal(protocolVersion), workstationId: uuid, mutations: z.array(mutationSchema).min(1).max(limits.pushBatch) })
  .strict();
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationResultSchema = z
  .object({
    mutationId: uuid,
    status: z.enum(['applied', 'duplicate', 'rejected']),
    /** Why a mutation was rejected (e.g. the state machine's reason code, 'conflict', 'unknownCase'). */
    code: z.string().max(100).optional(),
    message: z.object({ kk: z.string().max(2000), ru: z.string().max(2000) }).strict().optional(),
    /** Position of an applied case event in the central log of its case. */
    serverPos: z.number().int().positive().optional(),
  })
  .strict();
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z
  .object({ protocol: z.literal(protocolVersion), serverTime: isoTimestamp, results: z.array(mutationResultSchema).max(limits.pushBatch) })
  .strict();
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z
  .object({ protocol: z.literal(protocolVersion), workstationId: uuid, cursor: z.string().max(200).nullable(), limit: z.number().int().min(1).max(limits.pullPage) })
  .strict();
export type PullRequest = z.infer<typeof pullRequestSchema>;

const taxpayerSchema = z
  .object({
    id: z.string().regex(/^\d{12}$/),
    kind: z.enum(['iin', 'bin']),
    name: z.string().min(1).max(500),
    surname: z.string().max(200).nullable(),
    givenName: z.string().max(200).nullable(),
    patronymic: z.string().max(200).nullable(),
    address: z.string().max(500),
    registeredOn: isoDate,
    status: z.enum(['active', 'deregistered', 'liquidated']),
    taxOffice: z.string().max(10),
    version: z.number().int().positive(),
    updatedAt: isoTimestamp,
  })
  .strict();

/** One change for the workstation, in central order. */
export const changeSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('case.event'),
      caseId: uuid,
      eventId: uuid,
      /** Position of the event in the central log of its case (1, 2, …). */
      serverPos: z.number().int().positive(),
      at: isoTimestamp,
      officer: actingOfficerSchema.nullable(),
      workstationId: uuid.nullable(),
      event: z.object({ type: z.string().max(100) }).passthrough(),
      /** Only on a case's first event: what the projection needs that events do not carry. */
      caseInfo: z
        .object({ officeCode: z.string().max(10), taxpayerName: z.string().max(500), applicantLocale: z.enum(['kk', 'ru']) })
        .strict()
        .optional(),
    })
    .strict(),
  z.object({ type: z.literal('taxpayer'), taxpayer: taxpayerSchema }).strict(),
  z.object({ type: z.literal('reference.regulation'), json: z.string().max(limits.text * 20) }).strict(),
  z.object({ type: z.literal('reference.calendar'), json: z.string().max(limits.text * 20) }).strict(),
  z
    .object({
      type: z.literal('officer'),
      officer: z
        .object({
          id: z.number().int().positive(),
          login: z.string().max(64),
          fullName: z.string().max(300),
          shortName: z.string().max(100),
          iin: z.string().regex(/^\d{12}$/),
          role: z.enum(['frontDesk', 'processing', 'supervisor', 'admin']),
          active: z.boolean(),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      type: z.literal('crl'),
      issuer: z.string().max(1000),
      derBase64: z.string().max(limits.messageBytes),
      thisUpdate: isoTimestamp,
      nextUpdate: isoTimestamp.nullable(),
    })
    .strict(),
  z
    .object({
      type: z.literal('application.arrived'),
      /** The central id of the electronic application; becomes the case id. */
      applicationId: uuid,
      channel: z.enum(['stateCorporation', 'portal', 'taxpayerCabinet']),
      applicantType: z.enum(['individual', 'legalEntity', 'individualEntrepreneur', 'foreignEntityEffectiveManagement']),
      taxpayerId: z.string().regex(/^\d{12}$/),
      taxpayerName: z.string().max(500),
      registrationNumber: z.string().max(50),
      registeredOn: isoDate,
      /** The signed request: the document and its detached CMS, both base64. */
      documentBase64: z.string().max(limits.messageBytes),
      cmsBase64: z.string().max(limits.messageBytes),
    })
    .strict(),
]);
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z
  .object({
    protocol: z.literal(protocolVersion),
    serverTime: isoTimestamp,
    changes: z.array(changeSchema).max(limits.pullPage),
    cursor: z.string().max(200),
    hasMore: z.boolean(),
    /** The cursor cannot be served incrementally: drain the outbox, then pull again from null. */
    reset: z.boolean(),
    /** Rough total for a progress bar during a large initial download. */
    remaining: z.number().int().nonnegative().optional(),
  })
  .strict();
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const leaseRequestSchema = z
  .object({ protocol: z.literal(protocolVersion), workstationId: uuid, officeCode: z.string().max(10), year: z.number().int().min(2000).max(2100), size: z.number().int().min(1).max(1000) })
  .strict();
export type LeaseRequest = z.infer<typeof leaseRequestSchema>;

export const leaseResponseSchema = z
  .object({
    protocol: z.literal(protocolVersion),
    serverTime: isoTimestamp,
    block: z
      .object({
        id: uuid,
        officeCode: z.string().max(10),
        year: z.number().int(),
        firstSeq: z.number().int().positive(),
        lastSeq: z.number().int().positive(),
        expiresAt: isoTimestamp,
      })
      .strict(),
  })
  .strict();
export type LeaseResponse = z.infer<typeof leaseResponseSchema>;

export const errorResponseSchema = z.object({ error: z.string().max(200), message: z.string().max(2000).optional() }).strict();
