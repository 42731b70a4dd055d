// The desk's settings, shared by every reviewer of the file: the organisation (name, web address,
// logo), where published fact-checks live (URL pattern), the report language, and the verdict
// scale (add, rename, recolour for each theme, move, remove with a replacement; its ratings range).
// Every change goes through the core, which checks it and logs it; a refusal is shown as the
// core's sentence.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Settings } from '@common/contract';
import { verdictColourProblem } from '@common/domain/colours';
import { publicationUrl, urlPatternProblem } from '@common/domain/publication';
import type { ReportLanguage, VerdictScale } from '@common/domain/types';
import { Dialog } from '../shared/Dialog';
import { api, toFailure } from '../shared/api';

interface Props {
  scale: VerdictScale | null;
  onScaleChanged: () => void;
  onClose: () => void;
}

export function SettingsDialog({ scale, onScaleChanged, onClose }: Props) {
  return (
    <Dialog title="Settings" onClose={onClose} className="settings-dialog">
      <OrganisationForm />
      {scale !== null && <VerdictScaleEditor scale={scale} onChanged={onScaleChanged} />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function OrganisationForm() {
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
  const example = patternProblem === null ? publicationUrl(fields.pattern.trim() || null, { id: 42, claimReviewed: 'An example claim' }) : null;
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
      setMessage({ error: false, text: 'Organisation saved.' });
    } catch (error) {
      setMessage({ error: true, text: toFailure(error).message });
    }
  };
  if (settings === null) return <p className="loading">Reading the settings…</p>;
  const field = (key: 'name' | 'url' | 'logo' | 'pattern', label: string, hint?: string) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={fields[key]} onChange={(e) => setFields({ ...fields, [key]: e.target.value })} />
      {hint && <p className="muted field-hint">{hint}</p>}
    </>
  );
  return (
    <form className="settings-section" aria-label="Organisation" onSubmit={(e) => void save(e)}>
      <h3>Organisation</h3>
      {field('name', 'Name')}
      {field('url', 'Web address')}
      {field('logo', 'Logo address')}
      {field('pattern', 'Address of published fact-checks', 'Use {id} and/or {slug}, e.g. https://desk.example/checks/{id}')}
      {patternProblem !== null && <p className="error-text">{patternProblem}</p>}
      {example !== null && <p className="muted field-hint">Example: {example}</p>}
      <label htmlFor={`${id}-language`}>Report language</label>
      <select id={`${id}-language`} value={fields.language} onChange={(e) => setFields({ ...fields, language: e.target.value === 'de' ? 'de' : 'en' })}>
        <option value="en">English</option>
        <option value="de">Deutsch</option>
      </select>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={patternProblem !== null}>
          Save organisation
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

function VerdictScaleEditor({ scale, onChanged }: { scale: VerdictScale; onChanged: () => void }) {
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
      setMessage(toFailure(error).message);
    }
  };
  const colourProblem =
    verdictColourProblem(adding.color, 'light', scale.verdicts) ??
    verdictColourProblem(adding.colorDark, 'dark', scale.verdicts.map((v) => ({ label: v.label, color: v.colorDark })));
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
    <section className="settings-section" aria-label="Verdict scale">
      <h3>Verdict scale</h3>
      <RatingRangeForm scale={scale} run={run} />
      <table className="verdict-scale">
        <thead>
          <tr>
            <th scope="col">English</th>
            <th scope="col">German</th>
            <th scope="col">Rating</th>
            <th scope="col">Colour (light theme)</th>
            <th scope="col">Colour (dark theme)</th>
            <th scope="col">Order and removal</th>
          </tr>
        </thead>
        <tbody>
          {scale.verdicts.map((v, i) => (
            <tr key={v.key}>
              <td>
                <input
                  aria-label={`English label of ${v.label}`}
                  defaultValue={v.label}
                  onBlur={(e) => e.target.value !== v.label && void run(() => api().updateVerdict({ key: v.key, label: e.target.value }))}
                />
              </td>
              <td>
                <input
                  aria-label={`German label of ${v.label}`}
                  defaultValue={v.labelDe ?? ''}
                  onBlur={(e) => e.target.value !== (v.labelDe ?? '') && void run(() => api().updateVerdict({ key: v.key, labelDe: e.target.value }))}
                />
              </td>
              <td>{v.ratingValue ?? '—'}</td>
              {(['color', 'colorDark'] as const).map((field) => (
                <td key={field}>
                  <input
                    type="color"
                    aria-label={`${field === 'color' ? 'Light' : 'Dark'}-theme colour of ${v.label}`}
                    defaultValue={v[field]}
                    onBlur={(e) => e.target.value !== v[field] && void run(() => api().updateVerdict({ key: v.key, [field]: e.target.value }))}
                  />
                </td>
              ))}
              <td className="verdict-actions">
                <button type="button" aria-label={`Move ${v.label} up`} disabled={i === 0} onClick={() => void run(() => api().updateVerdict({ key: v.key, position: i }))}>
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move ${v.label} down`}
                  disabled={i === scale.verdicts.length - 1}
                  onClick={() => void run(() => api().updateVerdict({ key: v.key, position: i + 2 }))}
                >
                  ↓
                </button>
                <select
                  aria-label={`Replacement for ${v.label}`}
                  value={replacements[v.key] ?? ''}
                  onChange={(e) => setReplacements({ ...replacements, [v.key]: e.target.value })}
                >
                  <option value="">No replacement</option>
                  {scale.verdicts
                    .filter((o) => o.key !== v.key)
                    .map((o) => (
                      <option key={o.key} value={o.key}>
                        {o.label}
                      </option>
                    ))}
                </select>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void run(() => api().removeVerdict({ key: v.key, replacement: replacements[v.key] || undefined }))}
                >
                  Remove {v.label}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="add-verdict" aria-label="Add a verdict" onSubmit={add}>
        <label htmlFor={`${id}-label`}>English label</label>
        <input id={`${id}-label`} value={adding.label} required onChange={(e) => setAdding({ ...adding, label: e.target.value })} />
        <label htmlFor={`${id}-label-de`}>German label</label>
        <input id={`${id}-label-de`} value={adding.labelDe} required onChange={(e) => setAdding({ ...adding, labelDe: e.target.value })} />
        <label htmlFor={`${id}-rating`}>Rating (empty for none)</label>
        <input id={`${id}-rating`} inputMode="numeric" value={adding.rating} onChange={(e) => setAdding({ ...adding, rating: e.target.value })} />
        <label htmlFor={`${id}-color`}>Colour (light theme)</label>
        <input id={`${id}-color`} type="color" value={adding.color} onChange={(e) => setAdding({ ...adding, color: e.target.value })} />
        <label htmlFor={`${id}-color-dark`}>Colour (dark theme)</label>
        <input id={`${id}-color-dark`} type="color" value={adding.colorDark} onChange={(e) => setAdding({ ...adding, colorDark: e.target.value })} />
        {colourProblem !== null && <p className="error-text">{colourProblem}</p>}
        <button type="submit" className="primary">
          Add verdict
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
  const id = useId();
  const [range, setRange] = useState({ worst: String(scale.worstRating), best: String(scale.bestRating) });
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api().setRatingRange({ worstRating: Number(range.worst), bestRating: Number(range.best) }));
  };
  const whole = (value: string) => /^-?\d+$/.test(value.trim());
  return (
    <form className="rating-range" aria-label="Ratings range" onSubmit={save}>
      <p className="muted field-hint">
        Ratings from {scale.worstRating} (worst) to {scale.bestRating} (best); a verdict without a rating carries only its label in ClaimReview.
      </p>
      <label htmlFor={`${id}-worst`}>Worst rating</label>
      <input id={`${id}-worst`} inputMode="numeric" value={range.worst} onChange={(e) => setRange({ ...range, worst: e.target.value })} />
      <label htmlFor={`${id}-best`}>Best rating</label>
      <input id={`${id}-best`} inputMode="numeric" value={range.best} onChange={(e) => setRange({ ...range, best: e.target.value })} />
      <button type="submit" disabled={!whole(range.worst) || !whole(range.best)}>
        Save range
      </button>
    </form>
  );
}
