// Server side of POST /v1/pull: the office's changes after the cursor, in central order, paged by
// count and by bytes, with `hasMore` and `remaining`. Own case events are included (the
// workstation recognises them by eventId and learns their serverPos, and after a reset it needs
// them anyway). An unusable cursor gets `reset: true`, no changes, and a cursor for a full
// download. A page is assembled from the stored wire bytes of each change, and while the
// workstation parses one page the next is read ahead (served only if the log has not moved
// since), which is what lets a million registry rows stream quickly.
import type { PullRequest } from '../../../shared/sync/protocol';
import { checkCursor, encodeCursor } from '../cursor';
import type { ChangePage } from '../store/changeLog';
import type { CentralContext } from '../store/context';
import type { Workstation } from '../store/directory';

export interface PullOptions {
  epoch: string;
  horizon: number;
  /** Stop adding changes to a page beyond this many bytes (a page always holds at least one). */
  pageBytes: number;
  readAhead: PullReadAhead;
}

export interface PullOutcome {
  /** The response body: UTF-8 JSON of a protocol PullResponse. */
  json: Buffer;
  reset: boolean;
  changes: number;
  /** What the workstation will most likely ask next (for the read-ahead). */
  next: { cursor: string; limit: number } | null;
}

interface ReadPage {
  page: ChangePage;
  remaining: number;
}

/** One read-ahead page per workstation, valid only while the log and its epoch stay as they were. */
export class PullReadAhead {
  private readonly slots = new Map<string, { key: string; read: ReadPage }>();
  /** Pages served from the read-ahead, and read-ahead pages thrown away. */
  hits = 0;
  misses = 0;

  private static key(ctx: CentralContext, options: Omit<PullOptions, 'readAhead'>, cursor: string, limit: number): string {
    return `${options.epoch}|${options.horizon}|${ctx.log.maxPos()}|${cursor}|${limit}|${options.pageBytes}`;
  }

  take(ctx: CentralContext, ws: Workstation, options: Omit<PullOptions, 'readAhead'>, cursor: string, limit: number): ReadPage | null {
    const slot = this.slots.get(ws.id);
    this.slots.delete(ws.id);
    if (!slot) return null;
    if (slot.key === PullReadAhead.key(ctx, options, cursor, limit)) {
      this.hits++;
      return slot.read;
    }
    this.misses++;
    return null;
  }

  fill(ctx: CentralContext, ws: Workstation, options: Omit<PullOptions, 'readAhead'>, next: { cursor: string; limit: number }): void {
    const check = checkCursor(next.cursor, { epoch: options.epoch, horizon: options.horizon, maxPos: ctx.log.maxPos() });
    if (!check.ok) return;
    this.slots.set(ws.id, { key: PullReadAhead.key(ctx, options, next.cursor, next.limit), read: readPage(ctx, ws, check.pos, next.limit, options.pageBytes) });
  }

  clear(): void {
    this.slots.clear();
  }
}

function readPage(ctx: CentralContext, ws: Workstation, afterPos: number, limit: number, pageBytes: number): ReadPage {
  const page = ctx.log.read(afterPos, ws.officeCode, limit, pageBytes);
  return { page, remaining: page.hasMore ? ctx.log.remainingAfter(page.lastPos, ws.officeCode) : 0 };
}

const comma = Buffer.from(',');

export function handlePull(ctx: CentralContext, ws: Workstation, request: PullRequest, options: PullOptions): PullOutcome {
  const serverTime = JSON.stringify(ctx.now().toISOString());
  const check = checkCursor(request.cursor, { epoch: options.epoch, horizon: options.horizon, maxPos: ctx.log.maxPos() });
  if (!check.ok) {
    const cursor = JSON.stringify(encodeCursor(options.epoch, 0));
    const remaining = ctx.log.remainingAfter(0, ws.officeCode);
    return {
      json: Buffer.from(`{"protocol":1,"serverTime":${serverTime},"changes":[],"cursor":${cursor},"hasMore":true,"reset":true,"remaining":${remaining}}`),
      reset: true,
      changes: 0,
      next: null,
    };
  }
  const ahead = request.cursor === null ? null : options.readAhead.take(ctx, ws, options, request.cursor, request.limit);
  const { page, remaining } = ahead ?? readPage(ctx, ws, check.pos, request.limit, options.pageBytes);
  const nextCursor = encodeCursor(options.epoch, page.lastPos);
  const head = Buffer.from(`{"protocol":1,"serverTime":${serverTime},"changes":[`);
  const tail = Buffer.from(`],"cursor":${JSON.stringify(nextCursor)},"hasMore":${page.hasMore},"reset":false,"remaining":${remaining}}`);
  const parts: Buffer[] = [head];
  page.bodies.forEach((body, i) => {
    if (i > 0) parts.push(comma);
    parts.push(body);
  });
  parts.push(tail);
  return {
    json: Buffer.concat(parts, head.length + page.bytes + Math.max(0, page.bodies.length - 1) + tail.length),
    reset: false,
    changes: page.bodies.length,
    next: page.hasMore ? { cursor: nextCursor, limit: request.limit } : null,
  };
}
