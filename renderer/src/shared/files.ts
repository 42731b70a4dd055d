// Files the person picks or drops, as the API takes them: base64 text, sizes said in kB/MB.
import { interfaceLocale } from './dates';
import { i18n } from './i18n';

/** A size in the interface's locale by Intl's units ("1.5 MB" / "1,5 MB", "12 kB"). */
export function formatSize(bytes: number): string {
  const mega = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(interfaceLocale(), {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mega ? 1 : 0,
    minimumFractionDigits: mega ? 1 : 0,
  }).format(mega ? bytes / 1024 / 1024 : Math.max(1, Math.round(bytes / 1024)));
}

/** A file's bytes as base64 (the contract carries file contents as text). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(i18n.t('workbench:import.unreadable', { file: file.name })));
    reader.readAsDataURL(file);
  });
}
