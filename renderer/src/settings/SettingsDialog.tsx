// The desk's settings, shared by every reviewer of the file: the organisation (name, web address,
// logo), where published fact-checks live (URL pattern), the report language, and the verdict
// scale (add, rename, recolour for each theme, move, remove with a replacement; its ratings range).
// Every change goes through the core, which checks it and logs it; a refusal is shown as the
// core's sentence.
import { useTranslation } from 'react-i18next';
import { Fragment, useEffect, useId, useState, type FormEvent } from 'react';
import type { Settings } from '@common/contract';
import { verdictColourProblem } from '@common/domain/colours';
import { publicationUrl, urlPatternProblem } from '@common/domain/publication';
import { problemText } from '@common/i18n/problems';
import type { ReportLanguage, VerdictScale } from '@common/domain/types';
import { Dialog } from '../shared/Dialog';
import { api, failureText, toFailure } from '../shared/api';
import { wordingOf, verdictName } from '../claims/wording';

interface Props {
  scale: VerdictScale | null;
  onScaleChanged: () => void;
  onClose: () => void;
}

export function SettingsDialog({ scale, onScaleChanged, onClose }: Props) {
  const { t } = wordingOf(useTranslation('panels'));
  return (
    <Dialog title={t('settings.title')} onClose={onClose} className="settings-dialog">
      <OrganisationForm />
      {scale !== null && <VerdictScaleEditor scale={scale} onChanged={onScaleChanged} />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </Dialog>
  );
}

/** The organisation's text fields and their catalogue keys (label, hint). */
const ORGANISATION_FIELDS: readonly { key: 'name' | 'url' | 'logo' | 'pattern'; label: string; hint?: string }[] = [
  { key: 'name', label: 'settings.name' },
  { key: 'url', label: 'settings.url' },
  { key: 'logo', label: 'settings.logo' },
  { key: 'pattern', label: 'settings.pattern', hint: 'settings.patternHint' },
];

function OrganisationForm() {
  const { t, language } = wordingOf(useTranslation('panels'));
  const id = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [fields, setFields] = useState({ name: '', url: '', logo: '', pattern: '', language: 'en' as ReportLanguage });
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    void api()
      .getSettings({})
      .then((s) => {
        setSettings(s);
        setFields({
          name: s.organisationName ?? '',
          url: s.organisationUrl ?? '',
          logo: s.organisationLogoUrl ?? '',
          pattern: s.publicationUrlPattern ?? '',
          language: s.reportLanguage,
        });
      });
  }, []);
  const patternProblem = fields.pattern.trim() === '' ? null : urlPatternProblem(fields.pattern.trim());
  const example = patternProblem === null ? publicationUrl(fields.pattern.trim() || null, { id: 42, claimReviewed: t('settings.exampleClaim') }) : null;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await api().updateSettings({
        organisationName: fields.name.trim() || null,
        organisationUrl: fields.url.trim() || null,
        organisationLogoUrl: fields.logo.trim() || null,
        publicationUrlPattern: fields.pattern.trim() || null,
        reportLanguage: fields.language,
      });
      setSettings(saved);
      setMessage({ error: false, text: t('settings.organisationSaved') });
    } catch (error) {
      setMessage({ error: true, text: failureText(toFailure(error), language) });
    }
  };
  if (settings === null) return <p className="loading">{t('settings.loading')}</p>;
  const field = (key: 'name' | 'url' | 'logo' | 'pattern', label: string, hint?: string) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={fields[key]} onChange={(e) => setFields({ ...fields, [key]: e.target.value })} />
      {hint && <p className="muted field-hint">{hint}</p>}
    </>
  );
  return (
    <form className="settings-section" aria-label={t('settings.organisation')} onSubmit={(e) => void save(e)}>
      <h3>{t('settings.organisation')}</h3>
      {ORGANISATION_FIELDS.map(({ key, label, hint }) => (
        <Fragment key={key}>{field(key, t(label), hint && t(hint))}</Fragment>
      ))}
      {patternProblem !== null && <p className="error-text">{problemText(language, patternProblem)}</p>}
      {example !== null && <p className="muted field-hint">{t('settings.example', { url: example })}</p>}
      <label htmlFor={`${id}-language`}>{t('settings.reportLanguage')}</label>
      <select id={`${id}-language`} value={fields.language} onChange={(e) => setFields({ ...fields, language: e.target.value === 'de' ? 'de' : 'en' })}>
        <option value="en">{t('common:language.en')}</option>
        <option value="de">{t('common:language.de')}</option>
      </select>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={patternProblem !== null}>
          {t('settings.saveOrganisation')}
        </button>
      </div>
      {message !== null && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'muted'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

/** A verdict's colour for the light and for the dark theme. */
const COLOUR_FIELDS = ['color', 'colorDark'] as const;

function VerdictScaleEditor({ scale, onChanged }: { scale: VerdictScale; onChanged: () => void }) {
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
  const id = useId();
  const [adding, setAdding] = useState({ label: '', labelDe: '', rating: '', color: '#0969da', colorDark: '#4493f8' });
  const [replacements, setReplacements] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const run = async (change: () => Promise<unknown>) => {
    try {
      await change();
      setMessage(null);
      onChanged();
    } catch (error) {
      setMessage(failureText(toFailure(error), wording.language));
    }
  };
  const colourProblem =
    verdictColourProblem(adding.color, 'light', scale.verdicts) ??
    verdictColourProblem(adding.colorDark, 'dark', scale.verdicts.map((v) => ({ label: v.label, labelDe: v.labelDe, color: v.colorDark })));
  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api().addVerdict({
        label: adding.label,
        labelDe: adding.labelDe,
        ratingValue: adding.rating.trim() === '' ? null : Number(adding.rating),
        color: adding.color,
        colorDark: adding.colorDark,
      });
      setAdding({ ...adding, label: '', labelDe: '', rating: '' });
    });
  };
  return (
    <section className="settings-section" aria-label={t('settings.scale')}>
      <h3>{t('settings.scale')}</h3>
      <RatingRangeForm scale={scale} run={run} />
      <table className="verdict-scale">
        <thead>
          <tr>
            <th scope="col">{t('settings.english')}</th>
            <th scope="col">{t('settings.german')}</th>
            <th scope="col">{t('settings.rating')}</th>
            <th scope="col">{t('settings.colourLight')}</th>
            <th scope="col">{t('settings.colourDark')}</th>
            <th scope="col">{t('settings.orderAndRemoval')}</th>
          </tr>
        </thead>
        <tbody>
          {scale.verdicts.map((v, i) => (
            // Named by the label the reviewer reads (the German one in a German interface).
            <tr key={v.key}>
              <td>
                <input
                  aria-label={t('settings.englishOf', { verdict: verdictName(wording, v) })}
                  defaultValue={v.label}
                  onBlur={(e) => e.target.value !== v.label && void run(() => api().updateVerdict({ key: v.key, label: e.target.value }))}
                />
              </td>
              <td>
                <input
                  aria-label={t('settings.germanOf', { verdict: verdictName(wording, v) })}
                  defaultValue={v.labelDe ?? ''}
                  onBlur={(e) => e.target.value !== (v.labelDe ?? '') && void run(() => api().updateVerdict({ key: v.key, labelDe: e.target.value }))}
                />
              </td>
              <td>{v.ratingValue ?? t('settings.noRating')}</td>
              {COLOUR_FIELDS.map((field) => (
                <td key={field}>
                  <input
                    type="color"
                    aria-label={t('settings.colourOf', { theme: field === 'color' ? 'light' : 'dark', verdict: verdictName(wording, v) })}
                    defaultValue={v[field]}
                    onBlur={(e) => e.target.value !== v[field] && void run(() => api().updateVerdict({ key: v.key, [field]: e.target.value }))}
                  />
                </td>
              ))}
              <td className="verdict-actions">
                <button type="button" aria-label={t('settings.moveUp', { verdict: verdictName(wording, v) })} disabled={i === 0} onClick={() => void run(() => api().updateVerdict({ key: v.key, position: i }))}>
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('settings.moveDown', { verdict: verdictName(wording, v) })}
                  disabled={i === scale.verdicts.length - 1}
                  onClick={() => void run(() => api().updateVerdict({ key: v.key, position: i + 2 }))}
                >
                  ↓
                </button>
                <select
                  aria-label={t('settings.replacementFor', { verdict: verdictName(wording, v) })}
                  value={replacements[v.key] ?? ''}
                  onChange={(e) => setReplacements({ ...replacements, [v.key]: e.target.value })}
                >
                  <option value="">{t('settings.noReplacement')}</option>
                  {scale.verdicts
                    .filter((o) => o.key !== v.key)
                    .map((o) => (
                      <option key={o.key} value={o.key}>
                        {verdictName(wording, o)}
                      </option>
                    ))}
                </select>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void run(() => api().removeVerdict({ key: v.key, replacement: replacements[v.key] || undefined }))}
                >
                  {t('settings.remove', { verdict: verdictName(wording, v) })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="add-verdict" aria-label={t('settings.addVerdict')} onSubmit={add}>
        <label htmlFor={`${id}-label`}>{t('settings.englishLabel')}</label>
        <input id={`${id}-label`} value={adding.label} required onChange={(e) => setAdding({ ...adding, label: e.target.value })} />
        <label htmlFor={`${id}-label-de`}>{t('settings.germanLabel')}</label>
        <input id={`${id}-label-de`} value={adding.labelDe} required onChange={(e) => setAdding({ ...adding, labelDe: e.target.value })} />
        <label htmlFor={`${id}-rating`}>{t('settings.ratingOrNone')}</label>
        <input id={`${id}-rating`} inputMode="numeric" value={adding.rating} onChange={(e) => setAdding({ ...adding, rating: e.target.value })} />
        <label htmlFor={`${id}-color`}>{t('settings.colourLight')}</label>
        <input id={`${id}-color`} type="color" value={adding.color} onChange={(e) => setAdding({ ...adding, color: e.target.value })} />
        <label htmlFor={`${id}-color-dark`}>{t('settings.colourDark')}</label>
        <input id={`${id}-color-dark`} type="color" value={adding.colorDark} onChange={(e) => setAdding({ ...adding, colorDark: e.target.value })} />
        {colourProblem !== null && <p className="error-text">{problemText(wording.language, colourProblem)}</p>}
        <button type="submit" className="primary">
          {t('settings.add')}
        </button>
      </form>
      {message !== null && (
        <p role="alert" className="error-text">
          {message}
        </p>
      )}
    </section>
  );
}

/** ClaimReview's worstRating..bestRating; the core refuses a range that leaves out a verdict's rating. */
function RatingRangeForm({ scale, run }: { scale: VerdictScale; run: (change: () => Promise<unknown>) => Promise<void> }) {
  const { t } = wordingOf(useTranslation('panels'));
  const id = useId();
  const [range, setRange] = useState({ worst: String(scale.worstRating), best: String(scale.bestRating) });
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api().setRatingRange({ worstRating: Number(range.worst), bestRating: Number(range.best) }));
  };
  const whole = (value: string) => /^-?\d+$/.test(value.trim());
  return (
    <form className="rating-range" aria-label={t('settings.ratingsRange')} onSubmit={save}>
      <p className="muted field-hint">{t('settings.ratings', { worst: scale.worstRating, best: scale.bestRating })}</p>
      <label htmlFor={`${id}-worst`}>{t('settings.worstRating')}</label>
      <input id={`${id}-worst`} inputMode="numeric" value={range.worst} onChange={(e) => setRange({ ...range, worst: e.target.value })} />
      <label htmlFor={`${id}-best`}>{t('settings.bestRating')}</label>
      <input id={`${id}-best`} inputMode="numeric" value={range.best} onChange={(e) => setRange({ ...range, best: e.target.value })} />
      <button type="submit" disabled={!whole(range.worst) || !whole(range.best)}>
        {t('settings.saveRange')}
      </button>
    </form>
  );
}
