import { i18n } from '#i18n';

/**
 * An extension page's title and language from the locale files: static HTML cannot call browser.i18n.
 * `lang` is the messages' own language (each locale file says which), not the browser's.
 */
export function localizeDocument(doc: Document, title: string): void {
  doc.title = title;
  doc.documentElement.lang = i18n.t('lang');
  doc.documentElement.dir = i18n.t('@@bidi_dir');
}
