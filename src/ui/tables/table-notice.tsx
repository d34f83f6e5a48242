/**
 * The message line above a table editor: why a paste was refused (an alert), or what it did.
 */
import './table-notice.css';

export interface Notice {
  kind: 'error' | 'warning' | 'success';
  text: string;
}

export function TableNotice(props: { notice: Notice | null; onDismiss: () => void }) {
  const { notice } = props;
  // The live regions stay in the page so that screen readers announce new text in them.
  return (
    <div className="table-notice-slot">
      <div
        role="alert"
        className="table-notice"
        data-kind="error"
        hidden={notice?.kind !== 'error'}
      >
        {notice?.kind === 'error' ? (
          <NoticeBody notice={notice} onDismiss={props.onDismiss} />
        ) : null}
      </div>
      <div
        role="status"
        className="table-notice"
        data-kind={notice?.kind}
        hidden={!notice || notice.kind === 'error'}
      >
        {notice && notice.kind !== 'error' ? (
          <NoticeBody notice={notice} onDismiss={props.onDismiss} />
        ) : null}
      </div>
    </div>
  );
}

function NoticeBody(props: { notice: Notice; onDismiss: () => void }) {
  return (
    <>
      <span className="table-notice-text">{props.notice.text}</span>
      <button type="button" className="table-notice-close" onClick={props.onDismiss}>
        知道了
      </button>
    </>
  );
}
