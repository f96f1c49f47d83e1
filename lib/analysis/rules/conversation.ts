import type { RuleSpec } from '../types';

/** Good signals: the post talks with people. Credited so the badge can say what works, not only what doesn't. */
export const conversationRules: RuleSpec[] = [
  {
    id: 'question',
    category: 'conversation',
    name: 'A real question',
    message: 'A genuine question hands the conversation to the reader: this is what makes a post social.',
    advice: 'Keep it. Reply to the answers you get.',
    weight: 2,
    check: 'genuineQuestion',
    examples: {
      fires: ['What is your favourite muffin?', 'Which one should we bake next?'],
      passes: ['Want 25% off? Shop now.', 'Looking for the perfect gift?'],
    },
  },
  {
    id: 'reply',
    category: 'conversation',
    name: 'Talking to someone',
    message: 'Answering a person by name is the heart of a conversation.',
    advice: 'Keep it personal and follow up.',
    weight: 2,
    scope: 'opening',
    patterns: [
      /^\s*(?:\.?@[\w.]+[\s,:]*)+(?=\S)/u,
      /^\s*(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Tt]hanks|[Tt]hank you)\s+(?!(?:[Ee]veryone|[Aa]ll|[Ff]olks|[Ff]riends|[Gg]uys|[Tt]here|[Tt]eam|[Yy]'all)\b)[A-Z][a-z]+\s*[,!—–-]/u,
    ],
    examples: {
      fires: ['@dana so sorry about that, DM us your order number.', 'Hi Sam, thanks for flagging this!'],
      passes: ['Hi everyone, new menu today.'],
    },
  },
  {
    id: 'thanks',
    category: 'conversation',
    name: 'Thanks',
    message: 'Thanking people by what they did acknowledges them as people, not an audience.',
    advice: 'Keep it, and be specific about what you are thankful for.',
    weight: 2,
    patterns: [
      /\b(?:thank you|thanks|thx|ty) (?:so much |all |everyone |again |to (?:all|everyone|each|every|you)|for)\b(?! (?:our|my) (?:incredible |amazing |wonderful |awesome |hard-?working )?(?:team|staff|employees|partners|sponsors|investors|board)\b)/i,
      /\b(?:grateful|thankful) (?:to|for) (?:you|all|every|each|everyone|our (?:customers|community|regulars|neighbou?rs|readers|members|followers|listeners|volunteers))\b/i,
      /\b(?:we|i) (?:really |truly )?appreciate (?:you|it|all|every|each|your)\b/i,
      /\bshout[- ]?out to\b/i,
      /^\s*(?:thank you|thanks)\b(?! to (?:our|my) (?:incredible |amazing |wonderful |awesome |hard-?working )?(?:team|staff|employees|partners|sponsors|investors|board)\b)/i,
      /\b[Cc]ongrat(?:ulation)?s,? (?:to )?(?:@\w+|(?!(?:our|my|the)\b)[A-Z][a-z]+)/,
    ],
    examples: {
      fires: ['Thank you all for coming out on Saturday!', 'We really appreciate your patience.'],
      passes: ['No thanks to the weather, we stayed closed.'],
    },
  },
  {
    id: 'empathy',
    category: 'conversation',
    name: 'Apology and care',
    message: 'Owning a problem and caring about the person is how trust is built in public.',
    advice: 'Keep it, and say what happens next.',
    weight: 2,
    patterns: [
      /\b(?:so|really|very|truly|terribly|deeply) sorry\b/i,
      /\bsorry (?:to hear|about|for|that|this|you|the)\b/i,
      /\b(?:we|i) apologi[sz]e\b/i,
      /\b(?:we'?re|we are|i'?m|i am) (?:so |really |truly |very )?sorry\b/i,
      /\b(?:our|my) apologies\b/i,
      /\b(?:that'?s|that is|sounds) (?:frustrating|not okay|not ok|not good enough|not the experience)\b/i,
      /\b(?:we|i) (?:hear you|understand|get it|totally get)\b/i,
      /\b(?:dm|message|email|send) (?:us|me) (?:your|the|a|with)\b/i,
      /\b(?:hope (?:you|your|this|that|it)|feel better|get well|take care|sending (?:love|hugs|hope))\b/i,
      /\blet'?s (?:fix|sort|get this sorted|make it right)\b/i,
      /\b(?:we'?ll|we will|i'?ll) (?:look into|sort|fix|make (?:it|this) right|get (?:this|it) (?:sorted|fixed))\b/i,
    ],
    examples: {
      fires: ['So sorry about the late delivery.', 'DM us your order number and we will fix it.', 'Hope you feel better soon!', 'We messed up on Saturday. We\'re sorry.'],
      passes: ['Sorry, not sorry: 20% off everything.'],
    },
  },
  {
    id: 'invitation',
    category: 'conversation',
    name: 'Invitation to talk',
    message: 'Asking people to share their view opens the door to a conversation.',
    advice: 'Keep it, and answer whoever takes you up on it.',
    weight: 2,
    patterns: [
      /\b(?:let us know|let me know|tell us|tell me|we'?d love to hear|i'?d love to hear|love to hear|we want to hear|share (?:your|yours|with us|in the comments)|drop (?:a|your|us) [^.!?\n]{0,20}(?:comment|below|reply|thoughts|picks?|favou?rites?|suggestions?|ideas?)|comment below|reply (?:with|below)|(?:tell|share|let) [^.!?\n]{0,30}in the comments|what do you think|thoughts\?|your thoughts|vote (?:for|below|in)|weigh in|chime in|ask (?:us|me) anything|ama\b|help us (?:choose|pick|name|decide))/i,
      /\b(?:come|stop|swing|pop) (?:by|in|over) (?:and|to) (?:say hi|say hello|chat|tell us|meet)\b/i,
      /\b(?:drop|leave|post|share|put|send)\b[^.!?\n]{0,30}?\b(?:in the comments|in the replies)\b/i,
      /\b(?:happy|glad) to (?:answer|help|chat|share|hear)\b|\bask (?:away|me anything|us anything)\b|\bquestions (?:in the comments|below)\b/i,
      /\b(?:join us|come join us) (?:for|at|on)\b[^.!?\n]{0,60}\?/i,
    ],
    examples: {
      fires: ['Let us know what you think!', 'We would love to hear your stories.', 'Drop your favourite recipe in the comments.', 'Drop some love for Jo in the comments!'],
      passes: ['We know what you need.'],
    },
  },
  {
    id: 'personal-story',
    category: 'conversation',
    name: 'A personal story',
    message: 'A real story lets people in; it is the two-minute chat on the sidewalk.',
    advice: 'Keep it, and end with a question that lets readers share theirs.',
    weight: 1,
    patterns: [
      /\b(?:i remember|when i (?:was|started|first|opened)|years ago,? (?:i|we|my)|my (?:mom|mum|dad|grandma|grandmother|grandpa|grandfather|nan|kids?|daughter|son|wife|husband) (?:used to|taught|always|once|asked|said)|true story|confession:|i learned|i'?ll never forget|the first time i|this morning i|yesterday i|last week i)\b/i,
    ],
    examples: {
      fires: ['When I opened the shop I had one oven.', 'My grandma used to bake these on Sundays.'],
      passes: ['We opened a new shop.'],
    },
  },
];
