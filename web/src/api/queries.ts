/**
 * The server's data as cached queries (TanStack Query): each screen asks for what it shows,
 * and screens that show the same data share one request.
 */
import { QueryCache, QueryClient, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError, setCsrfToken } from './client.ts';
import { readDashboard, readDirectory, readObservations, readPeriods, readSession } from './endpoints.ts';
import type { Dashboard, Directory, Observation, PeriodStatus, Session } from './types.ts';

export const SESSION_KEY = ['session'] as const;
export const DIRECTORY_KEY = ['directory'] as const;

/** The query client: a 401 anywhere means the session ended, so the app shows the login page. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== SESSION_KEY[0]) {
          client.setQueryData(SESSION_KEY, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A refusal will not change by asking again; a network hiccup may.
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
  return client;
}

/** The signed-in session, or null when nobody is signed in. */
export async function sessionOrNull(signal?: AbortSignal): Promise<Session | null> {
  try {
    const session = await readSession(signal);
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Who is signed in (null: nobody). */
export function useSession(): UseQueryResult<Session | null> {
  return useQuery({ queryKey: SESSION_KEY, queryFn: ({ signal }) => sessionOrNull(signal), staleTime: Infinity });
}

/** Organisations and readable terms. */
export function useDirectory(): UseQueryResult<Directory> {
  return useQuery({ queryKey: DIRECTORY_KEY, queryFn: readDirectory, staleTime: 5 * 60_000 });
}

/** The periods of a term (disabled until a term is chosen). */
export function usePeriods(termId: string | null): UseQueryResult<PeriodStatus[]> {
  return useQuery({ queryKey: ['periods', termId], queryFn: () => readPeriods(termId ?? ''), enabled: termId !== null });
}

/** The evaluated term as of a period. */
export function useDashboard(termId: string | null, periodId: string | null): UseQueryResult<Dashboard> {
  return useQuery({
    queryKey: ['dashboard', termId, periodId],
    queryFn: () => readDashboard(termId ?? '', { asOfPeriodId: periodId ?? '' }),
    enabled: termId !== null && periodId !== null,
  });
}

/** The figures entered in a term. */
export function useObservations(termId: string | null): UseQueryResult<Observation[]> {
  return useQuery({ queryKey: ['observations', termId], queryFn: () => readObservations(termId ?? ''), enabled: termId !== null });
}
