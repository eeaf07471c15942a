/**
 * The comment form of one target, opened in place under it: stance, text, reason (Không tán
 * thành only), who comments, where, the organisation (businesses and organisations), optional
 * contact never published, and the hidden honeypot. A form token is asked for when it opens;
 * with e-mail verification the code step comes first. The domain's rules run on every key
 * stroke (shown after a first try, sizes at once); the server still decides and its refusal
 * shows next to the button with the fields it names marked. What was typed stays until the
 * comment is received; a retry after a network failure reuses the attempt's clientRef.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { commentProblemMessage } from '../../../../src/domain/consultation/comment-rules.ts';
import { RESPONDENT_TYPES } from '../../../../src/domain/consultation/types.ts';
import type { RespondentType } from '../../../../src/domain/consultation/types.ts';
import { ApiError } from '../../api/client.ts';
import { readFormToken, sendPublicComment } from '../../api/public-consultation.ts';
import type { FormToken } from '../../api/public-consultation.ts';
import { errorText } from '../../app/error-text.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import {
  FORM_FIELDS, attemptClientRef, attemptFingerprint, clientRefFrom, clientRefFromBytes, commentBody, emptyDraft, emptyPerson, formProblems,
  mayHaveArrived, organisationShown, reasonShown, refusedFields, textRequired, verificationRefused,
} from './comment-form-model.ts';
import type { FieldProblem, FormField } from './comment-form-model.ts';
import { CountedField } from './counted-field.tsx';
import { EmailStep } from './email-step.tsx';
import { LocalityFields } from './locality-fields.tsx';
import { usePublicPage } from './public-page-context.tsx';
import { StanceField } from './stance-field.tsx';
import type { TargetInfo } from './target-panel.tsx';

/** A fresh clientRef: crypto.randomUUID without dashes, or random bytes where it is missing (plain HTTP). */
function newClientRef(): string {
  if (typeof window.crypto.randomUUID === 'function') return clientRefFrom(window.crypto.randomUUID());
  return clientRefFromBytes(window.crypto.getRandomValues(new Uint8Array(16)));
}

/** The element to focus for a field with a problem. */
const focusId = (formId: string, field: FormField): string => (field === 'stance' ? `${formId}-stance-agree` : field === 'localityId' ? `${formId}-loc-province` : `${formId}-${field}`);

export function PublicCommentForm({ target, onClose }: { target: TargetInfo; onClose: () => void }) {
  const { t, lang } = useI18n();
  const page = usePublicPage();
  const { consultation, slug, person, verification } = page;
  const limits = consultation.limits;
  const draft = page.draftOf(target.key);
  const formId = `pc-form-${target.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const [token, setToken] = useState<FormToken | null>(null);
  const [tokenError, setTokenError] = useState<unknown>(null);
  const [attempted, setAttempted] = useState(false);
  const [serverFields, setServerFields] = useState<ReadonlySet<FormField>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [thanks, setThanks] = useState(false);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLParagraphElement>(null);
  const thanksRef = useRef<HTMLParagraphElement>(null);

  const loadToken = useCallback(async (): Promise<FormToken | null> => {
    setTokenError(null);
    try {
      const fresh = await readFormToken(slug);
      setToken(fresh);
      return fresh;
    } catch (error) {
      setTokenError(error);
      return null;
    }
  }, [slug]);

  // The token is asked for when the form opens (and again after each comment sent).
  useEffect(() => {
    void loadToken();
  }, [loadToken]);

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  useEffect(() => {
    if (thanks) thanksRef.current?.focus();
  }, [thanks]);

  const problems = formProblems(draft, person, limits, verification?.email ?? null);
  const shown = (field: FormField): FieldProblem | undefined => {
    const problem = problems[field];
    if (problem === undefined) return undefined;
    return attempted || (problem.kind === 'rule' && problem.problem.code === 'too_long') ? problem : undefined;
  };
  const problemText = (field: FormField): string | null => {
    const problem = shown(field);
    if (problem === undefined) return null;
    if (problem.kind === 'rule') return commentProblemMessage(problem.problem, lang);
    return t(field === 'stance' ? 'pub.form.chooseStance' : 'pub.form.chooseRespondent');
  };
  const flagged = (field: FormField): boolean => serverFields.has(field);
  const edited = (...fields: FormField[]): void => {
    setThanks(false);
    if (fields.some((field) => serverFields.has(field))) setServerFields(new Set([...serverFields].filter((field) => !fields.includes(field))));
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setAttempted(true);
    setThanks(false);
    const first = FORM_FIELDS.find((field) => problems[field] !== undefined);
    if (first !== undefined) {
      setMessage(t('pub.form.fix'));
      document.getElementById(focusId(formId, first))?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    const formToken = token ?? (await loadToken());
    if (formToken === null) {
      setBusy(false);
      return;
    }
    const verifiedEmail = verification?.email ?? null;
    const fingerprint = attemptFingerprint(target.ref, draft, person, verifiedEmail);
    const clientRef = attemptClientRef(page.pending.get(target.key) ?? null, fingerprint, newClientRef);
    page.pending.set(target.key, { clientRef, fingerprint });
    try {
      await sendPublicComment(slug, commentBody(target.ref, draft, person, {
        formToken: formToken.formToken, verificationToken: verification?.token ?? null, verifiedEmail, clientRef,
      }));
      page.pending.delete(target.key);
      page.setDraft(target.key, emptyDraft());
      page.setPerson(emptyPerson());
      setAttempted(false);
      setServerFields(new Set());
      setThanks(true);
      void loadToken();
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      if (!mayHaveArrived(status)) page.pending.delete(target.key);
      if (error instanceof ApiError) {
        setServerFields(new Set(refusedFields(error.details)));
        if (verificationRefused(error.details, verification !== null)) page.setVerification(null);
      }
      setMessage(error instanceof ApiError && error.code === 'network' ? t('pub.form.networkKept') : errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const setPerson = (changes: Partial<typeof person>, ...fields: FormField[]): void => {
    page.setPerson({ ...person, ...changes });
    edited(...fields);
  };
  const needsCode = consultation.verification === 'email' && verification === null;
  const respondentProblem = problemText('respondentType');
  const respondentInvalid = respondentProblem !== null || flagged('respondentType');

  return (
    <div className="pc-form">
      <div className="pc-form-head">
        <p className="pc-form-title" id={`${formId}-title`} ref={titleRef} tabIndex={-1}>{t('pub.form.title', { target: target.name })}</p>
        <button type="button" className="pc-button small" onClick={onClose}>{t('pub.form.close')}</button>
      </div>
      {thanks ? (
        <p className="pc-message success" role="status" ref={thanksRef} tabIndex={-1}>
          <strong>{t('pub.form.thanks')}</strong> {t('pub.form.another')}
        </p>
      ) : null}
      {tokenError === null ? null : (
        <div className="pc-message error" role="alert">
          <span>{t('pub.form.tokenError')} {errorText(tokenError, t)}</span>
          <button type="button" className="pc-button small" onClick={() => void loadToken()}>{t('pub.form.retry')}</button>
        </div>
      )}
      {needsCode ? (
        <EmailStep id={`${formId}-verify`} slug={slug} limits={limits} onVerified={page.setVerification} />
      ) : (
        <form className="pc-form-body" noValidate aria-labelledby={`${formId}-title`} onSubmit={(event) => void submit(event)}>
          <StanceField
            id={`${formId}-stance`}
            value={draft.stance}
            problem={problemText('stance')}
            flagged={flagged('stance')}
            onChange={(stance) => {
              page.setDraft(target.key, { ...draft, stance });
              edited('stance', 'reason', 'text');
            }}
          />
          <CountedField
            id={`${formId}-text`}
            label={<>{t('pub.form.text')} <span className="pc-hint">{t(textRequired(draft.stance) ? 'pub.form.textRequired' : 'pub.form.textOptional')}</span></>}
            rows={6}
            value={draft.text}
            limit={limits.text}
            required={textRequired(draft.stance)}
            problem={problemText('text')}
            flagged={flagged('text')}
            onChange={(text) => {
              page.setDraft(target.key, { ...draft, text });
              edited('text');
            }}
          />
          {reasonShown(draft.stance) ? (
            <CountedField
              id={`${formId}-reason`}
              label={t('pub.form.reason')}
              rows={4}
              value={draft.reason}
              limit={limits.reason}
              required
              problem={problemText('reason')}
              flagged={flagged('reason')}
              onChange={(reason) => {
                page.setDraft(target.key, { ...draft, reason });
                edited('reason');
              }}
            />
          ) : null}
          <div className="pc-field">
            <label htmlFor={`${formId}-respondentType`}>{t('pub.form.respondent')}</label>
            <select
              id={`${formId}-respondentType`}
              className={respondentInvalid ? 'pc-input invalid' : 'pc-input'}
              value={person.respondentType ?? ''}
              aria-required
              aria-invalid={respondentInvalid}
              aria-describedby={respondentProblem === null ? undefined : `${formId}-respondentType-problem`}
              onChange={(event) => setPerson({ respondentType: event.target.value === '' ? null : event.target.value as RespondentType }, 'respondentType', 'organisation')}
            >
              <option value="">{t('pub.form.choose')}</option>
              {RESPONDENT_TYPES.map((type) => <option key={type} value={type}>{t(`pub.respondent.${type}`)}</option>)}
            </select>
            {respondentProblem === null ? null : <p id={`${formId}-respondentType-problem`} className="pc-error">{respondentProblem}</p>}
          </div>
          {organisationShown(person.respondentType) ? (
            <CountedField
              id={`${formId}-organisation`}
              label={t(person.respondentType === 'business' ? 'pub.form.organisation.business' : 'pub.form.organisation.organisation')}
              value={person.organisation}
              limit={limits.organisation}
              autoComplete="organization"
              problem={problemText('organisation')}
              flagged={flagged('organisation')}
              onChange={(organisation) => setPerson({ organisation }, 'organisation')}
            />
          ) : null}
          <LocalityFields
            id={`${formId}-loc`}
            localities={consultation.localities}
            provinceId={person.provinceId}
            communeId={person.communeId}
            flagged={flagged('localityId')}
            onChange={(provinceId, communeId) => setPerson({ provinceId, communeId }, 'localityId')}
          />
          <fieldset className="pc-group-fields">
            <legend>{t('pub.form.contact')}</legend>
            <p className="pc-muted">{t('pub.form.contactNote')}</p>
            <CountedField
              id={`${formId}-name`}
              label={t('pub.form.name')}
              value={person.name}
              limit={limits.name}
              autoComplete="name"
              problem={problemText('name')}
              flagged={flagged('name')}
              onChange={(name) => setPerson({ name }, 'name')}
            />
            {verification === null ? (
              <CountedField
                id={`${formId}-email`}
                label={t('pub.form.email')}
                type="email"
                value={person.email}
                limit={limits.email}
                autoComplete="email"
                problem={problemText('email')}
                flagged={flagged('email')}
                onChange={(email) => setPerson({ email }, 'email')}
              />
            ) : (
              <p className="pc-verified">{t('pub.form.verifiedEmail', { email: verification.email })}</p>
            )}
          </fieldset>
          <div className="pc-honeypot" aria-hidden="true">
            <label htmlFor={`${formId}-website`}>{t('pub.form.website')}</label>
            <input id={`${formId}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" value={person.website} onChange={(event) => setPerson({ website: event.target.value })} />
          </div>
          {message === null ? null : <p className="pc-message error" role="alert">{message}</p>}
          <button type="submit" className="pc-button primary large" disabled={busy}>{busy ? t('state.loading') : t('pub.form.send')}</button>
        </form>
      )}
    </div>
  );
}
