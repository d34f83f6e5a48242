/**
 * Acknowledging a warning: the user states in a few words why the report is right as it is
 * (e.g. 「上年报告统计口径不同」). The reason is kept with the draft under the finding's key.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { acknowledgementSchema, type Acknowledgement } from '@/domain/report/draft-schema';
import { formatDate } from '@/domain/document/format';

export interface AcknowledgementControlProps {
  acknowledgement: Acknowledgement | undefined;
  onAcknowledge: (reason: string) => void;
  onRevoke: () => void;
  readOnly: boolean;
  /** Names the warning for screen readers (e.g. its rule title and place). */
  describedBy: string;
}

/** The local calendar date of an ISO timestamp, as printed: 「2023年1月10日」. */
function acknowledgedOn(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`);
}

export function AcknowledgementControl(props: AcknowledgementControlProps) {
  const { acknowledgement, onAcknowledge, onRevoke, readOnly, describedBy } = props;
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  // Where focus goes after the form closes or the acknowledgement is revoked, so that keyboard
  // users stay on this warning instead of falling back to the top of the page.
  const focusAfter = useRef<'confirm' | 'revoke' | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusAfter.current === 'confirm') confirmButton.current?.focus();
    if (focusAfter.current === 'revoke') revokeButton.current?.focus();
    focusAfter.current = null;
  });

  if (acknowledgement) {
    return (
      <div className="ack ack-done">
        <span className="ack-label">已确认</span>
        <span className="ack-reason">理由：{acknowledgement.reason}</span>
        <span className="ack-date">{acknowledgedOn(acknowledgement.at)}</span>
        <button
          type="button"
          ref={revokeButton}
          className="link-button"
          disabled={readOnly}
          aria-describedby={describedBy}
          onClick={() => {
            focusAfter.current = 'confirm';
            onRevoke();
          }}
        >
          撤销确认
        </button>
      </div>
    );
  }

  if (!editing) {
    return (
      <div className="ack">
        <button
          type="button"
          ref={confirmButton}
          disabled={readOnly}
          aria-describedby={describedBy}
          onClick={() => {
            setEditing(true);
            setError(null);
          }}
        >
          确认
        </button>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = acknowledgementSchema.shape.reason.safeParse(reason);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '请填写确认理由');
      return;
    }
    focusAfter.current = 'revoke';
    setEditing(false);
    setReason('');
    onAcknowledge(parsed.data);
  };

  return (
    <form className="ack ack-form" onSubmit={submit} aria-label="确认此警告" noValidate>
      <label htmlFor={inputId}>理由</label>
      <input
        id={inputId}
        type="text"
        value={reason}
        maxLength={500}
        autoFocus
        placeholder="为什么保留现状，如：上年报告统计口径不同"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : describedBy}
        onChange={(e) => {
          setReason(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            focusAfter.current = 'confirm';
            setEditing(false);
          }
        }}
      />
      <button type="submit" className="primary">
        保存确认
      </button>
      <button
        type="button"
        onClick={() => {
          focusAfter.current = 'confirm';
          setEditing(false);
        }}
      >
        取消
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
