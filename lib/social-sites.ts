// The sites whose compose boxes Muffin coaches out of the box. Everything else is opt-in,
// one origin at a time, through optional host permissions. Shared by the manifest and the content script.
export const SOCIAL_SITES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
  'https://www.instagram.com/*',
  'https://www.threads.net/*',
  'https://www.threads.com/*',
  'https://mastodon.social/*',
  'https://bsky.app/*',
  'https://www.reddit.com/*',
  'https://old.reddit.com/*',
  'https://www.youtube.com/*',
];
