import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { report, type TargetKind } from '../api/moderation';
import { apiErrorMessage } from '../components/form/apiErrorMessage';

/** Reporting a post, a comment, a person or a message received to the moderators, with a reason; nobody else is told who reported. */
export function ReportButton({ kind, id }: { kind: TargetKind; id: string }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setStatus({ ok: false, message: t('moderation.reasonNeeded') });
      return;
    }
    try {
      await report(kind, id, reason.trim());
      setStatus({ ok: true, message: t('moderation.reported') });
      setOpen(false);
    } catch (failure) {
      setStatus({ ok: false, message: apiErrorMessage(failure, t) });
    }
  }

  return (
    <>
      {!status?.ok && (
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
          {t(`moderation.report.${kind}`)}
        </button>
      )}
      {open && (
        <form className="report-form" onSubmit={send}>
          <label className="field__label" htmlFor={reasonId}>
            {t(`moderation.reason.${kind}`)}
          </label>
          <textarea id={reasonId} className="field__input" rows={2} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
          <button type="submit" className="button">
            {t('moderation.send')}
          </button>
        </form>
      )}
      {status && <p role={status.ok ? 'status' : 'alert'}>{status.message}</p>}
    </>
  );
}
