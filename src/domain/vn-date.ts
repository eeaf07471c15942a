/** Dates as Vietnamese readers expect them: dd/mm/yyyy. */

/** Formats an ISO date ("2023-11-03") as "03/11/2023"; returns the input unchanged when it is no ISO date. */
export function formatVnDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${match[3]}/${match[2]}/${match[1]}`;
}
