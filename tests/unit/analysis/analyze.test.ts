import { describe, expect, it } from 'vitest';
import { analyzePost, clearAnalysisCache, splitSentences } from '../../../lib/analysis';

describe('analyzePost', () => {
  it('returns the documented shape', () => {
    const text = 'Want 25% off? Shop now at the link in bio!';
    const result = analyzePost(text);
    expect(result.verdict).toBe('hard-sell');
    expect(Object.keys(result.scores).sort()).toEqual(['broadcast', 'conversation', 'hardSell']);
    for (const f of result.findings) {
      expect(['hard-sell', 'broadcast', 'conversation']).toContain(f.category);
      expect(f.start).toBeLessThan(f.end);
      expect(text.slice(f.start, f.end).trim()).toBe(text.slice(f.start, f.end));
      expect(f.message).not.toContain('\n');
    }
    // The sales question is a pitch, not a question to the reader.
    expect(result.findings.map((f) => f.rule)).toContain('sales-question');
    expect(result.findings.map((f) => f.rule)).not.toContain('question');
  });

  it.each([
    ['', 'none'],
    ['   \n\t ', 'none'],
    ['Hoy tenemos muffins nuevos de canela y pasas en la panadería, ven a probarlos con nosotros', 'none'],
    ['Nous avons de nouveaux muffins à la cannelle aujourd’hui, venez les goûter chez nous', 'none'],
    ['今日は新しいマフィンがあります。ぜひ来てください！', 'none'],
    ['@dana so sorry about the late delivery, DM us your order number and we will fix it today.', 'conversation'],
    ['We are proud to announce our new Head of Operations, Maria Lopez. #leadership #growth #team', 'broadcast'],
    ['Only 5 client slots left for June, book a call today.', 'hard-sell'],
    ['Last chance! Sale ends tonight, 20% off everything & free shipping.', 'hard-sell'],
    ['Flash sale!!! 50% OFF EVERYTHING', 'hard-sell'],
    ["We'll be handing out free lemonade at the fair on Saturday, which booth are you most excited about?", 'conversation'],
  ])('%j is %s', (text, verdict) => {
    expect(analyzePost(text).verdict).toBe(verdict);
  });

  it('gives a non-English post no findings', () => {
    expect(analyzePost('¡Solo hoy! 50% de descuento en todos los muffins, compra ya en la tienda').findings).toEqual([]);
  });

  it('applies sensitivity: gentle needs more pressure, strict less', () => {
    const text = 'New handmade mugs are in, 10% off. Made by Ana in our back room.';
    expect(analyzePost(text, { sensitivity: 'gentle' }).verdict).toBe('broadcast');
    expect(analyzePost(text, { sensitivity: 'strict' }).verdict).toBe('hard-sell');
    expect(analyzePost('HUGE news from the shop', { sensitivity: 'gentle' }).findings.map((f) => f.rule)).not.toContain('shouting');
    expect(analyzePost('HUGE news from the shop', { sensitivity: 'standard' }).findings.map((f) => f.rule)).toContain('shouting');
  });

  it("flags the user's own phrases as hard sell", () => {
    const text = 'Our Muffin Monday special is back. What flavour should we do?';
    expect(analyzePost(text).findings.map((f) => f.rule)).not.toContain('custom-phrase');
    const result = analyzePost(text, { customPhrases: ['muffin monday special'] });
    const custom = result.findings.find((f) => f.rule === 'custom-phrase');
    expect(custom && text.slice(custom.start, custom.end)).toBe('Muffin Monday special');
  });

  it('drops ignored rules and ignored phrases from findings and scores', () => {
    const text = 'Sale ends tonight! Grab yours.';
    const all = analyzePost(text);
    expect(all.findings.map((f) => f.rule)).toContain('urgency');
    const noUrgency = analyzePost(text, { ignoreRules: ['urgency'] });
    expect(noUrgency.findings.map((f) => f.rule)).not.toContain('urgency');
    expect(noUrgency.scores.hardSell).toBeLessThan(all.scores.hardSell);
    const noGrab = analyzePost(text, { ignorePhrases: ['grab yours'] });
    expect(noGrab.findings.some((f) => text.slice(f.start, f.end).toLowerCase() === 'grab yours')).toBe(false);
  });

  it('keeps offsets right around emoji and curly quotes', () => {
    const text = '🧁🧁 We’ve just launched 👩‍🍳 our new muffins. Don’t miss out!!! Use code MUFFIN10 🎉';
    const result = analyzePost(text);
    const byRule = Object.fromEntries(result.findings.map((f) => [f.rule, text.slice(f.start, f.end)]));
    expect(byRule['rush']).toBe('Don’t miss out');
    expect(byRule['promo-code']).toBe('Use code MUFFIN10');
    expect(byRule['shouting']).toBe('!!!');
  });

  it('gives the same answer from the sentence cache as from a cold start', () => {
    const text = 'Introducing our spring menu. Only 3 left! What should we bake next?';
    const edited = text.replace('Only 3 left!', 'Only 2 left, shop now!');
    clearAnalysisCache();
    const cold = analyzePost(edited);
    clearAnalysisCache();
    analyzePost(text);
    const warm = analyzePost(edited);
    expect(warm).toEqual(cold);
    expect(warm.findings.map((f) => f.rule)).toContain('buy-now');
  });
});

describe('splitSentences', () => {
  it('splits on terminal punctuation and newlines but not inside prices or URLs', () => {
    const text = 'Mugs are $59.99 at shop.example.com today. Really?! Yes…\nNew line';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Mugs are $59.99 at shop.example.com today.', 'Really?!', 'Yes…', 'New line']);
  });

  it('bounds sentence length on text with no punctuation', () => {
    const text = 'word '.repeat(1000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(400);
  });
});
