/**
 * 基本信息: who reports, on which year, by when (条例第四十九条), the preamble, and the 落款
 * and 发布日期. Each field carries `data-path` = its finding location, so review links land on it.
 */
import { useEffect, useId, useRef } from 'react';
import { useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { publicationWindow } from '@/domain/checks/date-rules';
import { FIELD_LABELS } from '@/domain/checks/describe-location';
import type { Finding } from '@/domain/checks/finding';
import { formatDate } from '@/domain/document/format';
import { AGENCY_KINDS, type Report } from '@/domain/report/report-schema';
import { normalizeDateInput, normalizeYearInput } from './date-input';
import { FieldFeedback, describedBy, findingsAt, useFieldError } from './field-feedback';
import type { FindingActions } from './finding-list';
import type { ReportFormValues } from './report-form';

type FieldName = FieldPath<ReportFormValues>;

interface FieldProps {
  findings: readonly Finding[];
  actions: FindingActions;
  readOnly: boolean;
}

interface TextFieldProps extends FieldProps {
  name: Extract<FieldName, 'agency' | 'signature.agency'>;
  hint: string;
  onValueChange?: (value: string) => void;
}

function TextField({ name, hint, findings, actions, readOnly, onValueChange }: TextFieldProps) {
  const { register } = useFormContext<ReportFormValues>();
  const id = useId();
  const error = useFieldError(name);
  const here = findingsAt(findings, name);
  return (
    <div className="field">
      <label htmlFor={id}>{FIELD_LABELS[name]}</label>
      <input
        id={id}
        type="text"
        data-path={name}
        readOnly={readOnly}
        autoComplete="organization"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, (error || here.length > 0) && `${id}-fb`)}
        {...register(name, {
          onChange: (event: { target: { value: string } }) => onValueChange?.(event.target.value),
        })}
      />
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <FieldFeedback id={`${id}-fb`} error={error} findings={here} actions={actions} />
    </div>
  );
}

interface DateFieldProps extends FieldProps {
  name: Extract<FieldName, 'localDeadline' | 'signature.date' | 'publishedAt'>;
  label: string;
  hint: string;
}

function DateField({ name, label, hint, findings, actions, readOnly }: DateFieldProps) {
  const { register, control } = useFormContext<ReportFormValues>();
  const id = useId();
  const error = useFieldError(name);
  const value = useWatch({ control, name });
  const here = findingsAt(findings, name);
  // Shows how the date will print, so that 2023/1/10 visibly became 2023年1月10日.
  const printed = !error && typeof value === 'string' ? formatDate(value) : '';
  return (
    <div className="field field-date">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          placeholder="如 2023-01-10"
          data-path={name}
          readOnly={readOnly}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-hint`, (error || here.length > 0) && `${id}-fb`)}
          {...register(name, { setValueAs: (v: unknown) => normalizeDateInput(String(v ?? '')) })}
        />
        {printed && <span className="field-printed">即 {printed}</span>}
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <FieldFeedback id={`${id}-fb`} error={error} findings={here} actions={actions} />
    </div>
  );
}

function YearField({ findings, actions, readOnly }: FieldProps) {
  const { register, control } = useFormContext<ReportFormValues>();
  const id = useId();
  const error = useFieldError('year');
  const year = useWatch({ control, name: 'year' });
  const here = findingsAt(findings, 'year');
  const period =
    Number.isInteger(year) && !error
      ? `统计期限为${year}年1月1日至12月31日，报告于${year + 1}年发布。`
      : '报告所统计的公历年度。';
  return (
    <div className="field field-year">
      <label htmlFor={id}>{FIELD_LABELS.year}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        data-path="year"
        readOnly={readOnly}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, (error || here.length > 0) && `${id}-fb`)}
        {...register('year', { setValueAs: (v: unknown) => normalizeYearInput(String(v ?? '')) })}
      />
      <p id={`${id}-hint`} className="field-hint">
        {period}
      </p>
      <FieldFeedback id={`${id}-fb`} error={error} findings={here} actions={actions} />
    </div>
  );
}

/** 「1月31日」 from a deadline's month and day. */
const monthDay = (d: { month: number; day: number }) => `${d.month}月${d.day}日`;

function AgencyKindField({ findings, actions, readOnly }: FieldProps) {
  const { register, control } = useFormContext<ReportFormValues>();
  const id = useId();
  const kind = useWatch({ control, name: 'agencyKind' });
  const here = findingsAt(findings, 'agencyKind');
  return (
    <fieldset className="field field-kind" aria-describedby={`${id}-hint`}>
      <legend>{FIELD_LABELS.agencyKind}</legend>
      <div className="kind-options">
        {AGENCY_KINDS.map((option) => (
          <label key={option.id} className="kind-option">
            {readOnly ? (
              // Read-only: shown, not registered, so the form value is never touched.
              <input type="radio" checked={kind === option.id} disabled readOnly />
            ) : (
              <input
                type="radio"
                value={option.id}
                data-path={kind === option.id ? 'agencyKind' : undefined}
                {...register('agencyKind')}
              />
            )}
            <span className="kind-label">{option.label}</span>
            <span className="kind-deadline">法定发布期限：次年{monthDay(option.deadline)}前</span>
          </label>
        ))}
      </div>
      <p id={`${id}-hint`} className="field-hint">
        依据《中华人民共和国政府信息公开条例》第四十九条：县级以上人民政府部门于每年1月31日前、县级以上地方人民政府于每年3月31日前公布本机关上一年度的年度报告。
      </p>
      <FieldFeedback id={`${id}-fb`} error={undefined} findings={here} actions={actions} />
    </fieldset>
  );
}

function PreambleField({ findings, actions, readOnly }: FieldProps) {
  const { register } = useFormContext<ReportFormValues>();
  const id = useId();
  const error = useFieldError('preamble');
  const here = findingsAt(findings, 'preamble');
  return (
    <div className="field field-wide">
      <h3>
        <label htmlFor={id}>{FIELD_LABELS.preamble}</label>
        <span className="optional">（选填）</span>
      </h3>
      <textarea
        id={id}
        rows={5}
        data-path="preamble"
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, (error || here.length > 0) && `${id}-fb`)}
        {...register('preamble')}
      />
      <p id={`${id}-hint`} className="field-hint">
        通常说明编制依据、报告的组成部分、统计期限、报告的网上查阅地址以及联系方式（地址、邮编、电话）。
      </p>
      <FieldFeedback id={`${id}-fb`} error={error} findings={here} actions={actions} />
    </div>
  );
}

export interface BasicsStepProps extends FieldProps {
  /** The report as it stands (for the publication window). */
  report: Report;
}

export function BasicsStep({ report, findings, actions, readOnly }: BasicsStepProps) {
  const { getValues, setValue } = useFormContext<ReportFormValues>();
  const publication = publicationWindow(report);
  const fieldProps = { findings, actions, readOnly };

  // 落款机关 follows 机关名称 until the user makes it different (most reports sign with the
  // agency's own name).
  const lastAgency = useRef<string | null>(null);
  useEffect(() => {
    lastAgency.current = getValues('agency');
  }, [getValues]);
  const followAgency = (agency: string) => {
    const signature = getValues('signature.agency');
    if (signature.trim() === '' || signature === lastAgency.current) {
      setValue('signature.agency', agency, { shouldDirty: true, shouldValidate: true });
    }
    lastAgency.current = agency;
  };

  const windowText = `${formatDate(publication.from)}至${formatDate(publication.deadline)}`;
  return (
    <div className="basics-step">
      <section className="form-section" aria-labelledby="basics-agency">
        <h3 id="basics-agency">报告机关与年度</h3>
        <div className="field-grid">
          <TextField
            name="agency"
            hint="与报告标题一致，如「湘乡市信访局」。"
            onValueChange={followAgency}
            {...fieldProps}
          />
          <YearField {...fieldProps} />
          <AgencyKindField {...fieldProps} />
          <DateField
            name="localDeadline"
            label="本地要求的发布期限（选填）"
            hint={`仅当本地政府信息公开工作主管部门的通知要求早于法定期限（${formatDate(publication.statutory)}）发布时填写；核对落款和发布日期时按较早的期限。`}
            {...fieldProps}
          />
        </div>
      </section>
      <section className="form-section">
        <PreambleField {...fieldProps} />
      </section>
      <section className="form-section" aria-labelledby="basics-signature">
        <h3 id="basics-signature">落款与发布</h3>
        <div className="field-grid">
          <TextField
            name="signature.agency"
            hint="报告末尾署名的机关，通常与机关名称相同。"
            {...fieldProps}
          />
          <DateField
            name="signature.date"
            label={FIELD_LABELS['signature.date']}
            hint={`应在${windowText}之间（${publication.basis}）。`}
            {...fieldProps}
          />
          <DateField
            name="publishedAt"
            label={FIELD_LABELS.publishedAt}
            hint={`在政府网站政府信息公开专栏发布的日期，不早于落款日期，不晚于${formatDate(publication.deadline)}。`}
            {...fieldProps}
          />
        </div>
      </section>
    </div>
  );
}
