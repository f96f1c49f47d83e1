import { useEffect, useState } from 'preact/hooks';
import type { StoredHistory } from '@/lib/history/stored';
import type { TeamStore } from '@/lib/history/team';
import { readHistory, readTeam, watchHistory } from '@/lib/storage/history-read';
import { loadSettings, watchSettings, type LoadedSettings } from '@/lib/storage/settings';

export interface HistoryData {
  history: StoredHistory;
  settings: LoadedSettings;
  team: TeamStore;
}

async function loadHistoryData(): Promise<HistoryData> {
  const [history, settings, team] = await Promise.all([readHistory(), loadSettings(), readTeam()]);
  if (performance.getEntriesByName('muffin:data-loaded').length === 0) performance.mark('muffin:data-loaded');
  return { history, settings, team };
}

function watchHistoryData(onChange: () => void): () => void {
  const stops = [watchHistory(onChange), watchSettings(onChange)];
  return () => stops.forEach((stop) => stop());
}

export interface PreloadedHistoryData {
  data: Promise<HistoryData>;
  /** Stops noting changes; true when something changed after the read started (the read may be stale). */
  handOver(): boolean;
}

/**
 * Starts the read as soon as the popup's script runs: a hook's effect only starts after the first frame
 * has been painted, which would add that frame to the popup's first view.
 */
export function preloadHistoryData(): PreloadedHistoryData {
  let changed = false;
  const stop = watchHistoryData(() => (changed = true));
  return {
    data: loadHistoryData(),
    handOver() {
      stop();
      return changed;
    },
  };
}

/** The history, the settings and the team, read once (or taken from `preloaded`) and again whenever any of them changes. */
export function useHistoryData(preloaded?: PreloadedHistoryData): HistoryData | null {
  const [data, setData] = useState<HistoryData | null>(null);
  useEffect(() => {
    let live = true;
    const show = (next: HistoryData) => live && setData(next);
    const load = () => void loadHistoryData().then(show);
    // Watch first, then take over from the preload: no change can fall between the two.
    const unwatch = watchHistoryData(load);
    if (preloaded && !preloaded.handOver()) void preloaded.data.then(show);
    else load();
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return data;
}
