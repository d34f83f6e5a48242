/**
 * A narrative section (一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项): the text, the
 * template's guidance beside it, a live character count, standard sentences built from the
 * tables to insert at the caret, and the findings about the section under the text.
 */
import { useId, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Finding } from '@/domain/checks/finding';
import type { Report } from '@/domain/report/report-schema';
import {
  OVERVIEW_TOPICS,
  SECTION_GUIDANCE,
  type NarrativeSectionId,
} from '@/domain/report/sections';
import { describedBy, useFieldError } from './field-feedback';
import { FindingList, type FindingActions } from './finding-list';
import { NARRATIVE_INSERTS } from './narrative-inserts';
import {
  OVERVIEW_SOFT_LIMIT,
  countCharacters,
  coveredOverviewTopics,
  insertText,
} from './narrative-text';
import { useWithChangeReason, type ReportFormValues } from './report-form';

export interface NarrativeStepProps {
  section: NarrativeSectionId;
  /** Id of the step heading, which names the textarea (「一、总体情况」). */
  headingId: string;
  report: Report;
  previousYear: Report | null;
  findings: readonly Finding[];
  actions: FindingActions;
  readOnly: boolean;
}

function Paragraphs({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

function OverviewTopics({ text }: { text: string }) {
  const covered = coveredOverviewTopics(text);
  return (
    <section className="guidance-block" aria-labelledby="overview-topics">
      <h4 id="overview-topics">五个方面</h4>
      <ul className="topic-list">
        {OVERVIEW_TOPICS.map((topic) => {
          const done = covered.has(topic.id);
          return (
            <li key={topic.id} className={done ? 'topic is-covered' : 'topic'}>
              <span className="topic-mark" aria-hidden="true">
                {done ? '✓' : '○'}
              </span>
              {topic.label}
              <span className="visually-hidden">{done ? '（已涉及）' : '（未涉及）'}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function PreviousProblems({ previous }: { previous: Report }) {
  return (
    <section className="guidance-block previous-text" aria-labelledby="previous-problems">
      <h4 id="previous-problems">上年报告（{previous.year}年度）的这一部分</h4>
      {previous.problems.trim() === '' ? (
        <p className="muted">上年报告这一部分为空。</p>
      ) : (
        <div className="previous-body">
          <Paragraphs text={previous.problems} />
        </div>
      )}
      <p className="field-hint">逐条说明上年所列问题的整改情况，不要照搬上年文字。</p>
    </section>
  );
}

export function NarrativeStep(props: NarrativeStepProps) {
  const { section, headingId, report, previousYear, findings, actions, readOnly } = props;
  const { register, control, getValues, setValue } = useFormContext<ReportFormValues>();
  const withReason = useWithChangeReason();
  const text = useWatch({ control, name: section });
  const error = useFieldError(section);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  // Whether the user has placed the caret in the text: until then a sentence goes to the end.
  const caretPlaced = useRef(false);
  const [announcement, setAnnouncement] = useState('');
  const id = useId();
  const { ref: registerRef, ...field } = register(section);

  const characters = countCharacters(text);
  const inserts = NARRATIVE_INSERTS[section].map((item) => ({
    ...item,
    sentence: item.build(report),
  }));
  const unavailable = inserts.filter((item) => item.sentence === null);

  const insert = (sentence: string) => {
    const element = textarea.current;
    const caret =
      element && caretPlaced.current
        ? { start: element.selectionStart, end: element.selectionEnd }
        : null;
    const next = insertText(getValues(section), sentence, caret);
    withReason('insert', () =>
      setValue(section, next.text, { shouldDirty: true, shouldValidate: true }),
    );
    if (element) {
      element.focus();
      element.setSelectionRange(next.caret, next.caret);
      caretPlaced.current = true;
    }
    setAnnouncement(`已插入：${sentence}`);
  };

  return (
    <div className="narrative-step">
      <div className="narrative-main">
        <textarea
          id={id}
          className="narrative-text"
          rows={18}
          data-path={section}
          readOnly={readOnly}
          aria-labelledby={headingId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-count`, error && `${id}-error`)}
          ref={(element) => {
            registerRef(element);
            textarea.current = element;
          }}
          onFocus={() => {
            caretPlaced.current = true;
          }}
          {...field}
        />
        <div className="narrative-meta">
          <p id={`${id}-count`} className="char-count">
            已输入 {characters} 字
            {section === 'overview' && characters > OVERVIEW_SOFT_LIMIT && (
              <span className="char-note">
                ，已超过{OVERVIEW_SOFT_LIMIT}字。不少地方要求总体情况不超过{OVERVIEW_SOFT_LIMIT}
                字，可考虑精简。
              </span>
            )}
          </p>
          {inserts.length > 0 && (
            <div className="insert-bar" role="group" aria-label="插入标准语句">
              {inserts.map(({ sentence, ...item }) => {
                return (
                  <button
                    key={item.id}
                    type="button"
                    disabled={readOnly || sentence === null}
                    title={sentence === null ? item.needs : `在光标处插入：${sentence}`}
                    onClick={() => {
                      if (sentence !== null) insert(sentence);
                    }}
                  >
                    {item.label}
                  </button>
                );
              })}
            </div>
          )}
        </div>
        {unavailable.length > 0 && !readOnly && (
          <p className="field-hint insert-needs">
            {unavailable.map((item) => item.needs).join('；')}。
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <FindingList
          findings={findings}
          actions={actions}
          label="本部分的检查结果"
          className="step-findings"
        />
      </div>
      <aside className="narrative-guidance" aria-label="撰写提示">
        <h3>撰写提示</h3>
        {SECTION_GUIDANCE[section].map((line) => (
          <p key={line}>{line}</p>
        ))}
        {section === 'overview' && <OverviewTopics text={text} />}
        {section === 'problems' && previousYear && <PreviousProblems previous={previousYear} />}
      </aside>
    </div>
  );
}
