/**
 * A collapsible block in the accordion pattern: a heading holding a button that says whether
 * the content is shown (`aria-expanded`) and what it controls (no region landmark: a synthesis
 * has many units, and a landmark each would drown the page's). Used for the units of
 * the synthesis and the unchanged sections of the version diff; the heading level keeps the
 * page's heading order.
 */
import { useId } from 'react';
import type { ReactNode } from 'react';

export interface DisclosureProps {
  /** The heading's level (the page's outline continues under the tab's h2). */
  level: 3 | 4;
  /** What the button says. */
  title: ReactNode;
  /** Shown after the title, inside the button (counts, tags). */
  extra?: ReactNode;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/** A heading with a toggle button, and the region it shows or hides. */
export function Disclosure({ level, title, extra, open, onToggle, children, className, testId }: DisclosureProps) {
  const id = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section className={`review-disclosure ${className ?? ''}`} data-testid={testId} data-open={open}>
      <Heading className="review-disclosure-heading">
        <button type="button" className="review-disclosure-button" aria-expanded={open} aria-controls={`${id}-region`} onClick={onToggle}>
          <span className="review-disclosure-caret" aria-hidden="true">{open ? '▾' : '▸'}</span>
          <span className="review-disclosure-title">{title}</span>
          {extra === undefined ? null : <span className="review-disclosure-extra">{extra}</span>}
        </button>
      </Heading>
      <div id={`${id}-region`} hidden={!open} className="review-disclosure-body">
        {open ? children : null}
      </div>
    </section>
  );
}
