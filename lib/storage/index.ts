export { historyItem, teamItem, readHistory, readRawHistory, readTeam } from './history-item';
export { settingsItem, loadSettings, saveSettings, type LoadedSettings } from './settings-item';
export { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_VERSION, type Settings } from './settings';
