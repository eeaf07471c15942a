/**
 * Comments an e-mail address may send to one consultation in an hour (public comments that
 * give an address; with verification required, every one does). The HTTP edge limits each
 * client address by the minute; this limits one person spread over many client addresses.
 * Kept in the process, like the duplicate index (decision 011): one process per consultation.
 */
import { AccessError } from './access-error.ts';

const HOUR_MS = 60 * 60 * 1000;
/** Above this many addresses tracked, the expired ones are swept at the next use. */
const SWEEP_ABOVE = 10_000;

type Windows = Map<string, number[]>;

const perDatabase = new WeakMap<object, Windows>();

function windowsOf(db: object): Windows {
  let windows = perDatabase.get(db);
  if (windows === undefined) {
    windows = new Map();
    perDatabase.set(db, windows);
  }
  return windows;
}

/**
 * Takes one of the address's comments for the hour before `now`, or refuses with
 * `rate_limited` and the seconds until one is free. Returns the release to call when the
 * comment is not stored after all.
 */
export function takeAddressSlot(db: object, consultationId: string, email: string, now: Date, perHour: number): () => void {
  const windows = windowsOf(db);
  const since = now.getTime() - HOUR_MS;
  if (windows.size > SWEEP_ABOVE) {
    for (const [key, times] of windows) if ((times.at(-1) ?? 0) <= since) windows.delete(key);
  }
  const key = `${consultationId}\u0000${email.trim().toLowerCase()}`;
  const times = (windows.get(key) ?? []).filter((time) => time > since);
  if (times.length >= perHour) {
    const retryAfterSeconds = Math.max(1, Math.ceil(((times[0] ?? now.getTime()) + HOUR_MS - now.getTime()) / 1000));
    throw new AccessError('rate_limited', `Too many comments from ${email} this hour`, { retryAfterSeconds });
  }
  const at = now.getTime();
  times.push(at);
  windows.set(key, times);
  return () => {
    const index = times.indexOf(at);
    if (index >= 0) times.splice(index, 1);
  };
}
