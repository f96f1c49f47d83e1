import { i18n } from '#i18n';
import { render } from 'preact';
import { localizeDocument } from '@/components/shared/document-locale';
import { Options } from '@/components/options/Options';
import '@/components/shared/theme.css';
import '@/components/options/options.css';

localizeDocument(document, i18n.t('options.title'));
render(<Options />, document.getElementById('app')!);
