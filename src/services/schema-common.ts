/** Building blocks shared by the services' input schemas. */
import { z } from 'zod';

/** A record id: a UUID or a caller's stable id. */
export const Id = z.string().trim().min(1).max(200);
/** The version read, for optimistic concurrency. */
export const Version = z.number().int().positive();
export const Year = z.number().int().min(1900).max(2200);
/** "YYYY-MM-DD", a real calendar date. */
export const IsoDate = z.iso.date();
/** Free text a person writes (notes, reasons). */
export const Text = (max: number) => z.string().trim().min(1).max(max);
