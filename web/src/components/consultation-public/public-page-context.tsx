/**
 * What every part of the public consultation page shares: the consultation, whether it takes
 * comments now, which target's form is open (one at a time), what was typed for each target
 * and about the commenter (kept while forms open and close, so nothing typed is lost), the
 * e-mail verification once done, and the sending attempts that may have reached the server.
 */
import { createContext, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { PublicConsultation } from '../../api/public-consultation.ts';
import { emptyDraft, emptyPerson } from './comment-form-model.ts';
import type { CommentDraft, PendingAttempt, PersonDraft } from './comment-form-model.ts';

/** An e-mail address proved with a code, and the token the server gave for it. */
export interface Verification {
  token: string;
  email: string;
}

export interface PublicPage {
  slug: string;
  consultation: PublicConsultation;
  /** Whether comments are taken now (the server still decides when one arrives). */
  open: boolean;
  /** The target key whose form is open, or null. */
  formTarget: string | null;
  setFormTarget(key: string | null): void;
  draftOf(key: string): CommentDraft;
  setDraft(key: string, draft: CommentDraft): void;
  person: PersonDraft;
  setPerson(person: PersonDraft): void;
  verification: Verification | null;
  setVerification(verification: Verification | null): void;
  /** Attempts by target key that may have been stored: a retry reuses their clientRef. */
  pending: Map<string, PendingAttempt>;
}

const PublicPageContext = createContext<PublicPage | null>(null);

/** Provides the page's shared state to its parts. */
export function PublicPageProvider({ slug, consultation, children }: { slug: string; consultation: PublicConsultation; children: ReactNode }) {
  const [formTarget, setFormTarget] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Readonly<Record<string, CommentDraft>>>({});
  const [person, setPerson] = useState<PersonDraft>(emptyPerson);
  const [verification, setVerification] = useState<Verification | null>(null);
  const pending = useRef(new Map<string, PendingAttempt>()).current;
  const value = useMemo<PublicPage>(() => ({
    slug,
    consultation,
    open: consultation.state === 'open',
    formTarget,
    setFormTarget,
    draftOf: (key) => drafts[key] ?? emptyDraft(),
    setDraft: (key, draft) => setDrafts((current) => ({ ...current, [key]: draft })),
    person,
    setPerson,
    verification,
    setVerification,
    pending,
  }), [slug, consultation, formTarget, drafts, person, verification, pending]);
  return <PublicPageContext.Provider value={value}>{children}</PublicPageContext.Provider>;
}

/** The page's shared state. */
export function usePublicPage(): PublicPage {
  const value = useContext(PublicPageContext);
  if (value === null) throw new Error('usePublicPage() outside PublicPageProvider');
  return value;
}
