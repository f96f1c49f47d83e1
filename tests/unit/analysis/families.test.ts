import { describe, expect, it } from 'vitest';
import { analyzePost } from '../../../lib/analysis';

// The families real posts raise (VERDICTS.md, "Cases that real posts raise"), one example each or more,
// written in the rubric's spirit: each must get the rubric's verdict.
const CASES: [text: string, verdict: 'conversation' | 'broadcast' | 'hard-sell'][] = [
  // support replies
  ["@jenny_k We're sorry to hear that! Please DM us your order number and we'll take a look.", 'conversation'],
  ["@mark_t Hi Mark, that doesn't sound right. Can you send us a DM with your account email? ^JS", 'conversation'],
  ['@user123 Thanks for reaching out. Our team is looking into it now.', 'conversation'],
  ["@amy We'd be happy to help! Please call us at 1-800-555-0199 so we can sort this out.", 'conversation'],
  ['@bob Glad to hear it arrived safely! Enjoy your new headphones.', 'conversation'],
  ['@carla Please try clearing your cache and let us know if that helps.', 'conversation'],
  ['@dave Our apologies for the delay. Your refund has been processed today.', 'conversation'],
  ["@ella Thanks for the heads up! We've passed this on to our store manager.", 'conversation'],
  ['@gina Sorry for the wait! You can track your order here: https://example.com/track', 'conversation'],
  ["@ivy Totally get it. Send us a DM and we'll get it sorted for you today.", 'conversation'],
  ['@kim Please call us today on 0800 123 4567 and we will fix this.', 'conversation'],
  ['@leo Good news, the blue one is back in stock! You can order it online now.', 'conversation'],
  // warm amplification, well-wishes, questions
  ['Great shot! RT @hikerjane: Sunrise from the summit this morning', 'conversation'],
  ['Proud of you all! RT @volunteersUK: 40 bags of litter cleared from the beach today', 'conversation'],
  ["Congratulations to this year's scholarship winners, @mia_r and @devon_k!", 'conversation'],
  ['Happy holidays to all of you, and thank you for a wonderful year.', 'conversation'],
  ['Wishing everyone a safe and happy Fourth of July!', 'conversation'],
  ['Which flavour should we bring back this autumn? Vote below 👇', 'conversation'],
  ["What's the one book you'd take on holiday? Tell us in the replies.", 'conversation'],
  // broadcast
  ['.@someband is coming to Leeds on 5 May! Members get early access.', 'broadcast'],
  ['Ever wondered how to fold a perfect dumpling? Our chef shows you: https://example.com/v', 'broadcast'],
  ['What makes a meeting worth having? Three ideas: https://example.com/meetings', 'broadcast'],
  ['Did you know our stores recycle 90% of their waste? Find out more: https://example.com/waste', 'broadcast'],
  ['Our Q3 results are out. Read the full report here: https://example.com/q3', 'broadcast'],
  ["We're proud to welcome Dana Ortiz as our new CFO.", 'broadcast'],
  ['RT @newsdesk: Our CEO speaks at the summit tomorrow', 'broadcast'],
  ['Congratulations to our sales team on a record quarter!', 'broadcast'],
  ['How do you pack for a week with one bag? Here are our tips: https://example.com/pack', 'broadcast'],
  // retail calls to action and hooks that sell
  ['Pick up everything for game day at Target!', 'hard-sell'],
  ['Shop the new range in store and online.', 'hard-sell'],
  ["Don't miss out on the new kits, in stores Friday.", 'hard-sell'],
  ["Pre-sale opens today for members. Get your tickets before they're gone.", 'hard-sell'],
  ['Early access through Friday for cardholders.', 'hard-sell'],
  ['Big savings now thru Sunday on all outdoor furniture.', 'hard-sell'],
  ['Get your holiday gifts at Walmart this weekend.', 'hard-sell'],
  ['Stock up on school supplies at Staples.', 'hard-sell'],
  ['Hungry? Grab a Big Mac today.', 'hard-sell'],
  ['Paying too much for energy? Switch today.', 'hard-sell'],
  // prizes, claims, text-to-number
  ['WINNER! As one of our loyal customers you have been selected for a £500 shopping voucher. To claim, call 0800 555 0188 today.', 'hard-sell'],
  ['Free entry into our weekly draw for concert tickets. Text TICKETS to 80123 to join.', 'hard-sell'],
  ['URGENT! You have won a free spa weekend. Text SPA to 60606 to claim before midnight.', 'hard-sell'],
  ['Your gift card is waiting. Reply YES to claim.', 'hard-sell'],
  ["Congratulations! You've been selected for a free cruise. Call now to claim.", 'hard-sell'],
  ['Text JOIN to 55555 for exclusive deals.', 'hard-sell'],
  ['Has your phone contract ended? You are eligible for a free upgrade to the newest model! Call our upgrade team FREE on 0800 555 0177', 'hard-sell'],
  ['Five chances to win a cash prize this week! Txt WIN and send to 80880.', 'hard-sell'],
  // more of the same families
  ['@maria_b So glad you loved the cake! Thanks for celebrating with us 🎂', 'conversation'],
  ['@tom_h Hi Tom, you can return it to any of our stores within 30 days. Let us know if you need anything else!', 'conversation'],
  ['Thanks to everyone who came out to our store opening yesterday, you made it so special!', 'conversation'],
  ['We love seeing your creations! Keep tagging us in your bakes.', 'conversation'],
  ["Happy Thanksgiving from all of us at Maple Bakery! We're grateful for every one of you.", 'conversation'],
  ["What's your go-to comfort food when it's raining? 🌧️", 'conversation'],
  ['Nice work! RT @localrunner: Finished my first marathon in Maple shoes', 'conversation'],
  ['@sara Congrats on the new job! 🎉', 'conversation'],
  ['Our new store opens on Main Street this Saturday at 10am.', 'broadcast'],
  ['Read our latest sustainability report: https://example.com/report', 'broadcast'],
  ["We've been named one of the best places to work for 2024.", 'broadcast'],
  ['Meet the team behind our new app: https://example.com/team', 'broadcast'],
  ['Five ways to keep your plants alive this winter https://example.com/plants', 'broadcast'],
  ['This week on the blog: why we switched to oat milk. https://example.com/oat', 'broadcast'],
  ['Get 2 pizzas for $15 every Tuesday. Order online!', 'hard-sell'],
  ['Save big on TVs this weekend only at Best Buy.', 'hard-sell'],
  ["Our biggest sale is here. Shop now before it's gone!", 'hard-sell'],
  ['Book your free consultation today.', 'hard-sell'],
  ['Limited spots available for our summer camp. Register now!', 'hard-sell'],
  ['New arrivals just dropped. Shop the collection now.', 'hard-sell'],
  ['Claim your free sample today, while supplies last.', 'hard-sell'],
  ['Find the perfect gift for Dad at your local Target.', 'hard-sell'],
  ['Stop by any store this weekend and pick up a free tote with your purchase.', 'hard-sell'],
  ['Upgrade to Premium today and get 3 months free.', 'hard-sell'],
  // the kinds of text issue 8's check reads, written in our own words
  // SMS spam, UK style
  ['WINNER!! You have been chosen to receive a £750 award. To claim call 09061234567 now. Claim code QX21. 150ppm', 'hard-sell'],
  ['FREE entry into our weekly draw to win concert tickets! Txt GIG to 81234 to enter. £1.50/wk', 'hard-sell'],
  ['Your mobile number has been awarded a £2000 bonus. Call 09051234567 to collect. Valid 12hrs only', 'hard-sell'],
  ['Urgent! Please call 09061111222 from a landline. Your complimentary holiday is waiting to be claimed', 'hard-sell'],
  ['Had your phone 11 months or more? U r entitled to an upgrade to the latest camera phone for FREE! Call the upgrade team on 08001234567', 'hard-sell'],
  ['Get the official team ringtone! Just text TONE to 87070. 50p per msg', 'hard-sell'],
  ['Thanks for your subscription to Ringtone Club. You will be charged £4.50/week. Reply STOP to end', 'hard-sell'],
  ['You have 1 new voicemail. Please call 09061231234 to hear it', 'hard-sell'],
  ['Congrats! 2 cinema tickets are yours. Call 09061234000 now to book. 150p/min', 'hard-sell'],
  ['Six chances to win cash! From 100 to 20,000 pounds, txt CASH to 85001. Cost 150p/day', 'hard-sell'],
  ['Dating service: someone you know fancies you! To find out who, call 09058091234. Calls 60p/min', 'hard-sell'],
  ['As a valued customer, you are awarded a £900 prize reward! To claim call 09061701461 before midnight', 'hard-sell'],
  // Facebook commercial ads
  ['New arrivals just landed. Shop the spring collection today and get free shipping on orders over $50.', 'hard-sell'],
  ['Try it free for 30 days. Cancel anytime.', 'hard-sell'],
  ['Start your free trial today and see why 10,000 teams love Planly.', 'hard-sell'],
  ['Our best-selling mattress is now 40% off. Limited time only!', 'hard-sell'],
  ['Order now and get your first box for just $19.99.', 'hard-sell'],
  ['Download the app and get $10 off your first ride.', 'hard-sell'],
  ['Handmade leather wallets, built to last. Learn more.', 'broadcast'],
  ['Meet the team behind our new recycling plant.', 'broadcast'],
  // informational ads
  ['Early voting starts Monday. Find your polling place at vote.example.org.', 'broadcast'],
  ['Sign the petition to protect our parks before the council votes on Friday.', 'broadcast'],
  ['Volunteers needed for the river clean-up this Saturday. Sign up today!', 'broadcast'],
  ['Smoking kills. Talk to your doctor about quitting today.', 'broadcast'],
  // brand tweets: dialogue
  ['@jess_m Thanks so much for the kind words, we will pass them on to the team!', 'conversation'],
  ['@123456 Sorry for the trouble. Please send us a DM with your order number and we will look into it.', 'conversation'],
  ['@987654 We understand your frustration. Please call us at 1-800-555-0123 so we can help.', 'conversation'],
  ['@112233 Hi there, you can find our latest deals here: https://example.com/deals', 'conversation'],
  ['Love this! RT @happycustomer: Best coffee in town at @ourcafe this morning', 'conversation'],
  ['Thanks for the shout out, @danny! Glad you enjoyed the new menu.', 'conversation'],
  ['What are you cooking this weekend? Tell us below 👇', 'conversation'],
  // brand tweets: information / action
  ['We are proud to announce our new sustainability report. Read it here: https://example.com/report', 'broadcast'],
  ['Join us live at 3pm ET for our earnings call: https://example.com/live', 'broadcast'],
  ['Watch our CEO discuss the future of banking: https://example.com/video', 'broadcast'],
  ['Enter now for your chance to win a trip to Hawaii! #sweepstakes https://example.com/enter', 'hard-sell'],
  ['Our new lattes are here. Grab one today at your local store!', 'hard-sell'],
  ['Vote for your favourite flavour in our poll!', 'conversation'],
  ['RT for a chance to win a $100 gift card!', 'hard-sell'],
  ['Happy Father’s Day to all the dads out there!', 'conversation'],
  ['Ever wondered how our bread gets its crust? Find out here: https://example.com/crust', 'broadcast'],
];

describe('families of real posts', () => {
  it.each(CASES)('%j is %s', (text, verdict) => {
    expect(analyzePost(text).verdict).toBe(verdict);
  });

  it('does not count a hook question, or a question that a pitch answers, as a question to the reader', () => {
    for (const text of ['Ever wondered how to fold a perfect dumpling? Our chef shows you: https://example.com/v', 'Hungry? Grab a Big Mac today.']) {
      expect(analyzePost(text).findings.map((f) => f.rule)).not.toContain('question');
    }
  });

  it('takes ".@name" as a mention, and only an opening "@name" as a reply', () => {
    const rules = (text: string) => analyzePost(text).findings.map((f) => f.rule);
    expect(rules('.@someband is coming to Leeds on 5 May!')).not.toContain('reply');
    expect(rules('Huge thanks to @someband for the show.')).not.toContain('reply');
    expect(rules('@someband thanks for the show!')).toContain('reply');
  });
});
