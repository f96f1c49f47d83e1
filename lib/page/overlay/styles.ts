// The coach's CSS, scoped to its shadow root. Colours: hard sell red, broadcast amber, conversation green;
// a dark theme follows the system's.
export const COACH_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; pointer-events: none;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f;
  --hard-sell: #d93025; --broadcast: #c26a00; --conversation: #188038; --surface: #fff; --muted: #5f6368; --line: #dadce0; --focus: #1a73e8; }
@media (prefers-color-scheme: dark) {
  .layer { color: #e8eaed; --hard-sell: #f28b82; --broadcast: #fdd663; --conversation: #81c995; --surface: #2d2e31; --muted: #bdc1c6; --line: #5f6368; --focus: #8ab4f8; }
}
.mirror { position: fixed; visibility: hidden; overflow: hidden; pointer-events: none; border-color: transparent; margin: 0; }
.mark { position: fixed; box-sizing: border-box; pointer-events: none; border-bottom: 2px solid var(--hard-sell); }
.mark[data-category="broadcast"] { border-bottom: 2px dashed var(--broadcast); }
.mark[data-category="conversation"] { border-bottom-color: var(--conversation); }
.mark[data-active] { background: color-mix(in srgb, currentColor 10%, transparent); }
.badge { position: fixed; pointer-events: auto; cursor: pointer; display: inline-flex; align-items: center; gap: 4px;
  padding: 2px 8px; border-radius: 999px; border: 1px solid var(--line); background: var(--surface); color: inherit;
  font: 600 12px/18px system-ui, sans-serif; box-shadow: 0 1px 3px rgb(0 0 0 / 0.2); }
.badge::before { content: ""; width: 8px; height: 8px; border-radius: 50%; background: var(--conversation); }
.badge[data-verdict="hard-sell"]::before { background: var(--hard-sell); }
.badge[data-verdict="broadcast"]::before { background: var(--broadcast); }
.badge[data-verdict="none"]::before { background: var(--muted); }
.badge .count { font-weight: 700; }
.badge .verdict { font-weight: 500; }
.badge:focus-visible, .card button:focus-visible, .list button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.card, .list { position: fixed; pointer-events: auto; width: 320px; max-width: calc(100vw - 16px); box-sizing: border-box;
  padding: 12px; border-radius: 8px; border: 1px solid var(--line); background: var(--surface); color: inherit;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); }
.card h2, .list h2 { margin: 0 0 4px; font-size: 14px; }
.card h2::before { content: ""; display: inline-block; width: 8px; height: 8px; margin-right: 6px; border-radius: 50%; background: var(--hard-sell); }
.card[data-category="broadcast"] h2::before { background: var(--broadcast); }
.card[data-category="conversation"] h2::before { background: var(--conversation); }
.card p, .list p { margin: 4px 0; }
.card .advice, .list .advice { color: var(--muted); }
.card .replacement { margin: 6px 0; padding: 4px 6px; border-radius: 4px; background: color-mix(in srgb, var(--conversation) 15%, transparent); }
.card .buttons { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.card button, .list button { font: inherit; font-size: 13px; padding: 3px 10px; border-radius: 4px; border: 1px solid var(--line);
  background: transparent; color: inherit; cursor: pointer; }
.card button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
.card .position { float: right; color: var(--muted); font-size: 12px; }
.list ul { list-style: none; margin: 6px 0 0; padding: 0; max-height: 240px; overflow: auto; }
.list li button { width: 100%; text-align: left; border: 0; padding: 4px; }
.list .hint { color: var(--muted); font-size: 12px; }
`;
