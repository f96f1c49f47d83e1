// The shared vocabularies rule phrases are written over: `{day}` in a template means any word or phrase
// listed here under `day`. A vocabulary is a list of templates, or, for the few tokens that are not words
// (numbers, prices, a name in capitals), a pattern with its own word boundaries.

export type Vocabulary =
  | { note: string; words: readonly string[] }
  | {
      note: string;
      pattern: string;
      /** Part of what it matches is about case (a capitalised name, a code in capitals). */
      caseSensitive?: boolean;
      /** Written for case-insensitive matching only (a phrase about case cannot use it). */
      anyCase?: boolean;
    };

// Matchers run without the Unicode flag: with it, a case-insensitive alternation of this size runs tens of
// times slower in V8. These classes stand in for the Unicode ones, for English posts in Latin letters.
/** A letter (Latin, with accents). */
export const LETTER = 'a-zA-Z\\u00C0-\\u024F';
/** A capital letter (Latin, with accents). */
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
/** A small letter (Latin, with accents). */
export const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF';
/** An emoji or pictograph: a character outside the basic plane, or an arrow, dingbat or symbol. */
export const PICTOGRAPH = '(?:[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]|[\\u2190-\\u21FF\\u2300-\\u23FF\\u2460-\\u27BF\\u2900-\\u297F\\u2B00-\\u2BFF\\u2600-\\u26FF])';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const VOCABULARY = {
  weekday: { note: 'days of the week', words: WEEKDAYS },
  day: {
    note: 'a day or time a deadline can fall on',
    words: [...WEEKDAYS, 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'midnight', 'tonight', 'today', 'tomorrow', 'noon', '(the|this) weekend', 'month-end', '{clock}'],
  },
  clock: { note: 'a clock time: 6pm, 11:30 am', pattern: '\\b\\d{1,2}(?::\\d\\d)?\\s?(?:am|pm)\\b', anyCase: true },
  month: {
    note: 'months, in full or short',
    words: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'],
  },
  date: { note: 'a calendar date: March 1st, 1 April, the 15th, 5/12', words: ['{month} {dayOfMonth}', '{dayOfMonth} [of] {month}', 'the {ordinal}', '{slashDate}'] },
  dayOfMonth: { note: 'a day of the month: 1, 1st, 22nd', pattern: '\\b\\d{1,2}(?:st|nd|rd|th)?\\b', anyCase: true },
  ordinal: { note: 'an ordinal number: 1st, 15th', pattern: '\\b\\d{1,2}(?:st|nd|rd|th)\\b', anyCase: true },
  slashDate: { note: 'a date with a slash: 5/12', pattern: '\\b\\d{1,2}/\\d{1,2}\\b' },
  digits: { note: 'a whole number', pattern: '\\b\\d+\\b' },
  number: { note: 'a number with separators: 1,000 or 2.5', pattern: '\\b\\d+(?:,\\d{3})*(?:\\.\\d+)?\\b' },
  num: {
    note: 'a small count, in digits or words',
    words: ['{digits}', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'few', 'couple of', 'handful of'],
  },
  unit: { note: 'units of time a countdown is counted in', words: ['hours?', 'hrs?', 'minutes?', 'mins?', 'days?', 'nights?'] },
  period: { note: 'longer stretches of time', words: ['years?', 'months?', 'weeks?', 'days?', 'hours?', 'minutes?', 'times?', 'nights?'] },
  countdownWindow: { note: 'a sale window in hours: 24-hour, 48hrs', pattern: '\\b(?:24|36|48|72)[- ]?(?:hours?|hrs?)\\b', anyCase: true },
  spots: {
    note: 'what runs out: places, seats, stock, and the words that say how many are left',
    words: ['spots?', 'seats?', 'slots?', 'places?', 'tickets?', 'tables?', 'units?', 'pieces?', 'boxes', 'bottles', 'copies', 'openings?', 'memberships?', 'appointments?', 'dates?', 'pairs', 'clients?', 'left', 'remaining', 'available', 'in stock'],
  },
  stock: {
    note: 'the things a stock claim counts',
    words: ['spots?', 'seats?', 'slots?', 'places?', 'spaces?', 'tickets?', 'tables?', 'units?', 'pieces?', 'rooms?', 'pairs'],
  },
  money: { note: 'a price with its currency sign: $5, £1,200.50, ₦500', pattern: '[$£€¥₹₦]\\s?\\d+(?:,\\d{3})*(?:\\.\\d{1,2})?' },
  localMoney: {
    note: 'a price written with a currency code or letter: N1,000, R5 000, SGD1,248, Rs. 500',
    pattern: '\\b(?:N|R|Rs\\.?|SGD|USD|AUD|CAD|NZD|HKD|KSh|GHS|ZAR|INR|NGN|GBP|EUR)\\s?(?:\\d{1,3}(?:[,.]\\s?\\d{3}|\\s\\d{3}(?!\\d))+|\\d{2,})(?:\\.\\d{1,2})?\\b',
    caseSensitive: true,
  },
  dataSize: { note: 'an amount of mobile data: 5GB, 100 MB', pattern: '\\b\\d+(?:\\.\\d+)?\\s?(?:mb|gb)\\b', anyCase: true },
  pence: { note: 'a small charge in pence, cents or kobo: 150p, 50 cents', pattern: '\\b\\d{1,3}(?:\\.\\d{1,2})?\\s?(?:p|ppm|pence|cents?|kobo)\\b' },
  charge: { note: 'a charge for a period or a message: a day, per week, /msg', words: ['day', 'daily', 'wk', 'week', 'weekly', 'mth', 'mnth', 'month', 'monthly', 'msg', 'message', 'sms', 'text', 'min', 'minute', 'call', 'tune', 'song', 'download'] },
  percent: { note: 'a percentage: 20%, 12.5 %', pattern: '\\b\\d+(?:\\.\\d+)?\\s?%' },
  buyVerb: {
    note: 'verbs that ask for a purchase or a booking',
    words: ['shop', 'buy', 'order', 'book', 'pre-?order', 'grab', 'claim', 'reserve', 'snag', 'secure', 'purchase', 'register', 'sign up', 'stock up', 'enrol', 'enroll', 'subscribe'],
  },
  commerce: {
    note: 'words that make a sentence about buying, so a date in it reads as a deadline',
    words: [
      'orders?', 'ordering', 'book', 'booking', 'buy', 'shop', 'sale', 'offer', 'deal', 'discount', 'price', 'prices', 'pricing', 'rate', 'code', 'sign up', 'signing up',
      'register', 'registrations?', 'enrol', 'enroll', 'enrolments?', 'enrollments?', 'applications?', 'waitlist', 'spots?', 'seats?', 'tickets?', 'off', 'save', 'claim',
      'grab', 'upgrade', 'subscribe', 'purchase', 'purchased', 'purchases', 'purchasing', 'checkout', 'special', 'membership', 'appointments?', 'doors?', 'cart',
      'early access', 'pre-?sale', 'in stores?', 'in-store', '{percent}', '{money}',
    ],
  },
  merchandise: {
    note: 'what a shop asks people to browse',
    words: ['sale', 'deals?', 'offers?', 'edit', 'drop', 'collection', 'range', 'new arrivals', 'arrivals', 'styles', 'lookbook', 'line', 'selection', 'catalogue', 'catalog', 'store', 'shop', 'menu', 'bestsellers'],
  },
  currencyWord: { note: 'money in words', words: ['€', '£', 'usd', 'eur', 'gbp', 'dollars', 'bucks', 'quid'] },
  mention: { note: 'an @handle', pattern: '@[\\w.]+' },
  service: {
    note: 'where films, shows and music are watched or streamed for a fee',
    words: ['netflix', 'prime video', 'amazon prime', 'hulu', 'disney\\+', 'disney plus', 'hbo max', 'hbo', 'max', 'apple tv\\+?', 'peacock', 'paramount\\+', 'paramount plus', 'youtube tv', 'sky', 'now tv', 'spotify', 'apple music', 'itunes', 'google play', 'the app store', 'demand', 'pay-per-view', 'blu-ray', 'dvd', 'digital'],
  },
  outlet: {
    note: 'the places a product is bought',
    words: ['stores?', 'shops?', 'centres?', 'centers?', 'retailers?', 'dealers?', 'dealerships?', 'showrooms?', 'branch', 'branches', 'outlets?', 'stockists?', 'pharmacy', 'pharmacies', 'supermarkets?', 'restaurants?', 'locations?'],
  },
  commandStart: {
    note: 'where a command can open a clause: the sentence start, after punctuation, an emoji, "and", "so", "then", "just", "please"',
    pattern: `(?<=^\\s{0,3}|(?:[,;:.!?—–-]|${PICTOGRAPH})\\s{0,3}|\\b(?:and|so|then|or|now|just|please|simply)\\s{1,3})`,
  },
  clauseStart: {
    note: 'the start of a clause: the sentence start, or after a colon, an emoji or an arrow',
    pattern: `(?<=^\\s{0,3}|(?:[.!?:;]|${PICTOGRAPH})\\s{0,3})`,
  },
  headline: { note: 'a short lead-in before a colon: "Quick question for freelancers:"', pattern: `^[^${LETTER}0-9]*(?:[${LETTER}0-9 ]{1,40}:\\s*)?` },
  word: { note: 'any one word', pattern: `\\b[${LETTER}0-9][${LETTER}0-9'’]*` },
  name: { note: 'a capitalised name: Sam, Priya (not Our, The, This)', pattern: `(?!(?:Our|My|The|This|These|That|All|Everyone|Everybody|Every|Each|You|Your|We|Folks|Friends?|Guys|There|Team|Y'all|Customers?|Subscribers?|Valued|Members?|Clients?|Users?|Sir|Madam|Guests?|Candidates?|Students?|Parents?|Applicants?|Shoppers?|Patients?|Passengers?|Readers?)\\b)[${UPPER}][${LOWER}]+`, caseSensitive: true },
  store: { note: 'a shop named with a capital: Target, Boots', pattern: `(?!(?:Our|My|The|This|These|That|All|Every|Each|You|Your|We|Home|Checkout|Launch|Noon|Midnight)\\b)[${UPPER}][${LETTER}&'’-]+`, caseSensitive: true },
  code: { note: 'a promo code in capitals with a digit: SPRING20 (not a sum such as N100)', pattern: `\\b[${UPPER}]{2,}\\d[${UPPER}\\d]*\\b`, caseSensitive: true },
  capsToken: { note: 'a code in capitals, three characters or more: SAVE10, FREEPIE', pattern: `\\b[${UPPER}][${UPPER}\\d]{2,}\\b`, caseSensitive: true },
  shortNumber: { note: 'a short code a text goes to: 786, 55555, 80880', pattern: '\\b\\d{3,6}\\b' },
  phoneNumber: {
    note: 'a phone number: 0800 123 456, 1-800-555-0199, 1 (800) 555-0188, or a toll-free number in words: 1-800-FLOWERS',
    pattern: '(?:\\+?\\d[\\d .()-]{6,16}\\d|\\b1?[-. (]{0,2}8(?:00|33|44|55|66|77|88)\\)?[-. ]?[A-Za-z0-9]{2,8}(?:[-.][A-Za-z0-9]{2,8}){0,2}\\b)',
    anyCase: true,
  },
  ussd: { note: 'a code dialled on a phone: *556#, *460*2*1#', pattern: '\\*\\d{2,4}(?:\\*[\\dA-Za-z]{1,12}){0,4}#' },
  notGreeting: { note: 'words after "happy" that do not make a greeting: "happy hour", "happy to help"', words: ['hour', 'hours', 'to', 'with', 'about', 'that', 'for', 'meal', 'meals', 'customers?', 'clients?', 'place', 'camper', 'days', 'path', 'medium', 'ending'] },
  greetingStop: { note: 'words a greeting does not run on through: "Happy holidays from New York"', words: ['from', 'to', 'at', 'with', 'in'] },
  greetingEnd: { note: 'how a greeting ends: "!", a comma, "to all"', pattern: '(?:\\s*[,!]|\\s+to\\s+(?:all|everyone|you|those|the)\\b)' },
  festivity: {
    note: 'holidays and seasons people wish each other well for',
    words: ['holidays', 'christmas', 'xmas', 'new year', 'thanksgiving', 'easter', 'hanukkah', 'diwali', 'eid', 'ramadan', 'lunar new year', "mother's day", "father's day", "valentine's day", 'halloween', '(fourth|4th) of july', 'independence day', 'canada day', "st.? patrick's day", 'pride', 'holiday season', 'festive season', 'new year\'s eve'],
  },
  warm: {
    note: 'warm words for what someone else made or did',
    words: ['great', 'lovely', 'love', 'loving', 'amazing', 'beautiful', 'awesome', 'brilliant', 'gorgeous', 'stunning', 'fantastic', 'wonderful', 'incredible', 'so good', 'nice', 'well done', 'way to go', 'bravo', 'proud of (you|you all|them|her|him|everyone)', 'so proud', 'congrats', 'congratulations', 'what a (shot|photo|pic|picture|view|day|job|result|effort|team)'],
  },
  audience: {
    note: 'the people a post speaks to',
    words: ['you', 'you all', 'all of you', 'all', 'everyone', 'everybody', "y'all", 'friends', 'folks', 'our (customers|community|followers|friends|neighbours|neighbors|readers|members|fans|guests|regulars|families)', 'you and yours', 'you and your (family|families|loved ones)'],
  },
  blank: { note: 'a blank to fill in: ____', pattern: '_{3,}' },
  tagQuestion: { note: 'a question tag that expects agreement: ", right?", ", amirite?"', pattern: ',\\s*(?:right|amirite|no|huh|eh)\\s?\\?' },
  ownPeople: {
    note: "a business's own people: thanking or praising them is about the business",
    words: ['team', 'staff', 'employees', 'partners', 'sponsors', 'investors', 'board', 'crew', 'department', 'ceo', 'cfo', 'coo', 'cto', 'cmo', 'president', 'chairman', 'chair', 'founder', 'directors?', 'franchisees', 'associates', 'colleagues'],
  },
  notForSale: {
    note: 'what a post offers that is not for sale: a job, a volunteer place, a free event, a petition',
    words: [
      'jobs?', 'roles?', 'careers?', 'vacancy', 'vacancies', 'positions?', 'hiring', 'recruiting', 'recruitment', 'internships?', 'apprenticeships?', 'graduate (programme|program|scheme)',
      'volunteers?', 'volunteering', 'petition', 'free [virtual|online] (event|webinar|conference|workshop|class|seminar|session|tour|screening|summit)',
      'webinar', 'webcast', 'livestream', 'live stream', 'town hall', '(earnings|conference) call', 'q&a', 'twitter chat', 'panel discussion',
    ],
  },
  pronounObject: { note: 'me and us', words: ['me', 'us'] },
  strongHook: {
    note: 'how a hook question opens: it asks what the post is about to tell',
    words: ['ever wondered', 'ever wonder', 'have you ever wondered', 'wondering', 'curious (about|how|what|why|which|to)', 'did you know', '(want|wanna) to (know|learn|find out|see)', 'guess what', 'who knew', 'fun fact'],
  },
  rhetoricalHook: {
    note: 'questions that press a view or an action instead of asking: "Isn\'t it time…?", "Won\'t you give…?"',
    words: [
      "(isn't|is) it time", "(will|won't) you (help|join|stand|stop|support|give|fight|sign|donate|chip in|make)", "won't you", '(can|could) you (help|spare|give|chip in)',
      "(doesn't|don't|shouldn't|wouldn't) (she|he|they|we|you|it|every {word}|our {word}) deserve", 'ever (feel|felt|notice|noticed|wish|wished) (like|that|how|you)',
      'are you (sick|tired) of', 'you see (these|this|that|those)', 'by [a] show of (likes|hands)', 'what do you get', 'what would you (see|find|get|do|say)', 'what if (you|a|an|the|every|everyday|your)', 'who (will|could|would) (carry|be|win|get|take)',
    ],
  },
  weakHook: {
    note: 'questions that are hooks when the post goes on to answer them',
    words: ['what makes', "what's the secret", 'what is the secret', 'how (do|does|can|did|to)', 'what happens (when|if)', 'why (do|does|is|are|should|did)', 'what do {word} [{word}] have in common', '(need|looking for) [some|more] (ideas|inspiration|tips)', "what's (new|cooking|happening|on)", 'what is new', 'which (is|are) (the|better|best)', 'what (is|are) the (best|most|secret|difference)'],
  },
  answerLead: {
    note: 'how a post answers its own question',
    words: [
      "here's", 'here is', 'here are', 'find out', "(don't forget|make sure|be sure) to (check|visit|see|read|watch|try|download|grab)", 'learn (how|more|why|what|the)', 'discover', 'watch', 'read (on|more|the|our|how)', 'see (how|why|what|more|the)', 'check out',
      "we've got (you|the answer|answers|tips|ideas)", 'we have (the answer|answers|tips|ideas)', '[our|the|my|this] [{word}] {word} (shows|explains|shares|reveals|answers|breaks down) (you|how|why|what|it|the|this)',
      '(three|four|five|six|seven|ten|{digits}) (ideas|tips|ways|reasons|things|steps|secrets|mistakes|questions)', 'the answer', 'spoiler', '(tap|click) (the link|to find out|to see|to learn)', 'link (in|below)',
      "it's (simple|easy)", 'it starts with', 'the secret', 'answer:', '(find|get) (it|them|the answer|the recipe|the guide) (here|below|in)',
    ],
  },
  prize: {
    note: 'what a prize message dangles',
    words: ['prizes?', 'rewards?', 'gifts?', 'gift cards?', 'vouchers?', 'bonus', 'cash', 'winnings', 'cruise', 'holiday', 'vacation', 'trip', 'iphone', 'ipad', 'phone', 'laptop', 'tv', 'ps5', 'xbox', 'console', 'hamper', 'shopping spree', 'free {word}'],
  },
  thousands: { note: 'a sum in thousands: $20k', pattern: '(?:[$£€]|\\b)\\d+(?:\\.\\d)?k\\b', anyCase: true },
  amount: { note: 'a sum, with or without its currency sign', pattern: '(?:[$£€¥₹]\\s?|\\b)\\d+(?:,\\d{3})*(?:\\.\\d{1,2})?' },
  price: {
    note: 'a price with its currency sign, but not a sum raised or in millions',
    pattern: '[$£€¥₹]\\s?\\d+(?:,\\d{3})*(?:\\.\\d{1,2})?(?!\\d|[,.]\\d|\\s?(?:k\\b|m\\b|million|billion|bn|raised|in funding))',
    anyCase: true,
  },
  saleMark: { note: 'what closes a one-word headline: "Sale!", "SALE 🔥"', pattern: `\\s*(?:[!:]|${PICTOGRAPH})` },
  quotedCaps: { note: 'a word in capitals, maybe in quotes: "YES", PRETZEL', pattern: `["']?\\b[${UPPER}]{3,}\\b["']?`, caseSensitive: true },
  url: {
    note: 'a web address, such as https://example.com/spring or www.example.com or example.com/sale',
    pattern: `(?:https?://|www\\.)[^\\s<>"]{2,200}|\\b[${LETTER}0-9][${LETTER}0-9.-]{0,80}\\.(?:com|co|uk|net|org|io|shop|store|app|ly|ng|sg|au|ca|me|biz|info)\\b(?:/[^\\s<>"]{0,200})?`,
  },
  domain: { note: 'a web address without https: shop.example', pattern: `\\b[${LETTER}0-9-]+\\.[${LETTER}]{2,}` },
  toQuestionEnd: { note: 'the rest of the question, up to its "?"', pattern: '[^?\\n]{0,300}\\?' },
  bangs: { note: 'stacked exclamation marks', pattern: '!{2,}' },
  capsRun: { note: 'two or more words in capitals', pattern: `\\b(?:[${UPPER}]{3,}[!?]*\\s+)+[${UPPER}]{3,}\\b`, caseSensitive: true },
  capsSalesWord: { note: 'a sales word in capitals', pattern: '\\b(?:SALE|HUGE|OFF|FREE|NOW|TODAY|LAST|HURRY|BUY|SHOP|ORDER|DEAL|DEALS|LIMITED|EVERYTHING|ONLY)\\b', caseSensitive: true },
  yearCount: { note: 'years counted: 5, 5-year, 5 years', pattern: '\\b\\d+(?:-year|\\s+years?)?\\b', anyCase: true },
  bulletinHead: {
    note: 'the words a bulletin headline starts with: "Update:", "[Press]", "New episode:"',
    words: [
      'press', 'news', 'update', 'announcement', 'milestone [unlocked]', 'new (whitepaper|report|release|episode|video|post|article|guide|arrivals?|menu|collection|feature|hire|hours)', 'author event',
      'exhibit opening', 'exhibition opening', 'event', 'reminder', 'scheduled maintenance', 'service update', 'store hours', 'holiday hours', '(q1|q2|q3|q4) (results|update)', 'results',
      'as (featured|seen) (in|on)', 'staff picks?', "this (week's|month's)", 'coming soon', 'now open', 'just in', 'drop alert', 'sneak peek', 'behind the scenes', 'devlog', 'changelog',
      'patch notes', 'release notes', 'official [launch] trailer',
    ],
  },
  bulletinTail: { note: 'the rest of a bulletin headline: "Release notes for v2.4"', pattern: `(?:\\s[${LETTER}0-9 ,.'#-]{0,40})?` },
  bulletinMark: { note: 'what ends a bulletin headline: a colon, a dash or a closing bracket', pattern: '\\]?\\s*[:\\]\\-–—](?=\\s|$)' },
  sentenceEnd: { note: 'the end of the sentence', pattern: '(?=\\s*[.!]|\\s*$)' },
  replyTo: {
    note: 'the @handles a reply starts with (".@name" talks about someone, it does not reply; "@a and @b are…" is a subject)',
    pattern: '^\\s*(?:@[\\w.]+[\\s,:]*)+(?=\\S)(?!(?:and|&)\\s+@)',
  },
  pause: { note: 'the comma or dash after a greeting', pattern: '\\s*[,!—–-]' },
  endMark: { note: 'the end of a remark before a retweet', pattern: '(?:[!.…]+\\s*|\\s+)' },
} satisfies Record<string, Vocabulary>;

export type VocabularyName = keyof typeof VOCABULARY;
