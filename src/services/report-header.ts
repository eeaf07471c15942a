/**
 * The header block of a report, from the organisation whose term it reports on: a province's
 * term is reported by its Party committee (the Party layout: "ĐẢNG BỘ TỈNH LAI CHÂU" above
 * "TỈNH ỦY"), a Party body's by that body, a department's or a commune's by the State body
 * (Decree 30/2020/NĐ-CP layout, "UBND TỈNH ..." above the department). Pure.
 */
import type { IsoDate, Organisation } from '../domain/entities.ts';
import { ISSUER_WORD, PLACE_PREFIXES } from '../domain/vocabulary/index.ts';
import type { DocumentHeader } from '../reports/index.ts';

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** The place of the date line: the name without its administrative prefix ("Tỉnh Lai Châu" → "Lai Châu"). */
export function placeOf(name: string): string {
  const trimmed = name.trim();
  for (const prefix of PLACE_PREFIXES) {
    if (trimmed.toLocaleLowerCase('vi').startsWith(`${prefix.toLocaleLowerCase('vi')} `)) return trimmed.slice(prefix.length + 1).trim();
  }
  return trimmed;
}

/**
 * The header for a report on `organisation`'s term, dated `date`; `parent` is the
 * organisation above it (the province of a department), null for a root. The number is left
 * for the office to fill in.
 */
export function reportHeader(organisation: Organisation, parent: Organisation | null, date: IsoDate): DocumentHeader {
  const common = { number: null, date };
  switch (organisation.kind) {
    case 'province':
      return { ...common, layout: 'party', parentIssuer: ISSUER_WORD.partyOrganisation(upper(organisation.name)), issuer: ISSUER_WORD.provincialCommittee, place: placeOf(organisation.name) };
    case 'party_body':
      return {
        ...common, layout: 'party', parentIssuer: parent === null ? null : ISSUER_WORD.partyOrganisation(upper(parent.name)), issuer: upper(organisation.name),
        place: placeOf(parent?.name ?? organisation.name),
      };
    case 'department':
      return {
        ...common, layout: 'state', parentIssuer: parent === null ? null : ISSUER_WORD.peoplesCommittee(upper(parent.name)), issuer: upper(organisation.name),
        place: placeOf(parent?.name ?? organisation.name),
      };
    case 'commune':
      return { ...common, layout: 'state', parentIssuer: null, issuer: ISSUER_WORD.peoplesCommittee(upper(organisation.name)), place: placeOf(organisation.name) };
    case 'nation':
    case 'other':
      return { ...common, layout: 'state', parentIssuer: null, issuer: upper(organisation.name), place: placeOf(organisation.name) };
  }
}
