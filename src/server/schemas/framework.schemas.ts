/** Request and response schemas of the directory and framework routes. */
import { z } from 'zod';
import { EditIndicatorInput, LinkIndicatorInput } from '../../services/framework.schemas.ts';
import { DocumentSummary, Indicator, IndicatorGroup, Organisation, Term } from './entity.schemas.ts';

export const TermParams = z.strictObject({ termId: z.string().min(1).max(200) });
export const IndicatorParams = z.strictObject({ indicatorId: z.string().min(1).max(200) });

export const DirectoryResponse = z.object({ organisations: z.array(Organisation), terms: z.array(Term) });

export const FrameworkResponse = z.object({ term: Term, groups: z.array(IndicatorGroup), indicators: z.array(Indicator) }).meta({ id: 'Framework' });

/** The editable fields; the indicator comes from the path. */
export const EditIndicatorBody = EditIndicatorInput.omit({ indicatorId: true });
export const LinkIndicatorBody = LinkIndicatorInput.omit({ indicatorId: true });

export const PublishResponse = z.object({ published: z.number().int(), indicators: z.array(Indicator) });

export const ImportSource = z.enum(['auto', 'target_list', 'table']);

export const FrameworkImportResponse = z.object({
  document: DocumentSummary,
  groups: z.array(IndicatorGroup),
  indicators: z.array(Indicator),
  warnings: z.array(z.string()),
});
