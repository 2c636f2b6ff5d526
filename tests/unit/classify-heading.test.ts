import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyByCues, classifySection } from '../../src/lib/classify.ts';
import { splitHeading } from '../../src/lib/classify/heading.ts';
import { FIXTURE_DIR, loadLabeled } from '../../scripts/eval-topics.ts';

describe('a heading that arrives as the first line of the text', () => {
  it('is taken as the heading when it reads as a title', () => {
    for (const [line, body] of [
      ['Information We Collect', 'We collect the details you give us.'],
      ['INFORMATION WE COLLECT', 'We collect the details you give us.'],
      ['3. Sharing', 'We share data with our processors.'],
      ['III. How we share data', 'We share data with our processors.'],
      ['How do we use your information?', 'We use it to run the service.'],
      ['What we collect:', 'Your name and email address.'],
      ['Note', 'This policy may be amended from time to time.'],
    ] as const) {
      assert.deepEqual(splitHeading({ text: `${line}\n${body}` }), { heading: line, text: body }, line);
      assert.deepEqual(splitHeading({ text: `  ${line}  \n\n${body}\n` }), { heading: line, text: body }, `${line}, blank line`);
    }
  });

  it('is the heading of an empty body when it is all the text', () => {
    assert.deepEqual(splitHeading({ text: 'Information We Collect' }), { heading: 'Information We Collect', text: '' });
    assert.deepEqual(splitHeading({ text: '  4. Why Do We Collect Personal Data?\n' }), { heading: '4. Why Do We Collect Personal Data?', text: '' });
    assert.equal(classifySection({ text: 'Accessing and Correcting Your Data' })[0]!.topic, 'access');
  });

  it('is left in the text when it is a sentence, a fragment, long, or a short text that is not a title', () => {
    for (const text of [
      'We collect your name and email address.\nWe also collect your IP address.',
      'we collect the following\n- your name\n- your email address',
      'For example, when you register,\nwe ask for your name.',
      'When You Use Our Services Or Contact Our Support Team By Phone Or By Email We Collect\nYour name.',
      'Contact us at privacy@acme.example',
      'We do not sell your data',
      '2020\nWe collect your name.',
    ]) {
      assert.deepEqual(splitHeading({ text }), { text }, text);
    }
  });

  it('is taken from the start of a line when set apart: in capitals, or closed by a colon, period or question mark', () => {
    const body = 'We collect the details you give us.';
    for (const [text, heading] of [
      [`INFORMATION WE COLLECT ${body}`, 'INFORMATION WE COLLECT'],
      [`3. INFORMATION WE COLLECT ${body}`, '3. INFORMATION WE COLLECT'],
      [`COOKIES ${body}`, 'COOKIES'],
      [`Information We Collect: ${body}`, 'Information We Collect'],
      [`Account information: ${body}`, 'Account information'],
      [`Information We Collect. ${body}`, 'Information We Collect'],
      [`Sharing Data with Our Partners. ${body}`, 'Sharing Data with Our Partners'],
      [`What do we collect? ${body}`, 'What do we collect?'],
    ] as const) {
      assert.deepEqual(splitHeading({ text }), { heading, text: body }, text);
    }
  });

  it('is not taken from a first sentence or a phrase run into the text', () => {
    for (const text of [
      'Our servers are located in the United States. If you use the service from elsewhere, your data travels there.',
      'Thank you for choosing Meadowlark Credit Union. This notice explains what we do.',
      'We use cookies: small files stored on your device.',
      'GDPR gives you rights. You may ask us for a copy.',
      'ACME Corp collects the details you give it.',
      'Information We Collect We collect the details you give us.',
    ]) {
      assert.deepEqual(splitHeading({ text }), { text }, text);
    }
  });

  it('decides alone when there is no body (a heading over its sub-sections, a heading-only segment)', () => {
    // With a body, a heading's cue counts in full only when the body supports the topic; with none, nothing can.
    assert.equal(classifySection({ heading: 'Non-Discrimination', text: '' })[0]!.topic, 'regional-rights');
    assert.equal(classifySection({ heading: 'Minors', text: '' })[0]!.topic, 'children');
    assert.equal(classifySection({ heading: 'Browser signals', text: '' })[0]!.topic, 'do-not-track');
  });

  it('is left alone when the section has a heading already', () => {
    const section = { heading: 'Your data', text: 'Information We Collect\nWe collect the details you give us.' };
    assert.equal(splitHeading(section), section);
  });

  it('gives the topics the heading would give', () => {
    const body = 'We may amend this document from time to time, and we will post the new version on this page with the date it takes effect.';
    assert.deepEqual(classifySection({ text: `Note\n${body}` }), classifySection({ heading: 'Note', text: body }));
    assert.equal(classifySection({ text: `Note\n${body}` })[0]!.topic, 'changes');
    // The cue classifier on its own (as the training script reads it) takes the title too.
    const kept = 'We keep your account details while your account is open, then for two years.';
    assert.deepEqual(classifyByCues({ text: `Data Retention\n${kept}` }), classifyByCues({ heading: 'Data Retention', text: kept }));
  });

  it('recovers most of what a heading is worth on the labeled sets (headings moved into the text)', () => {
    // Labeled sets that are not sealed (those are never read section by section): the primary topic with the
    // heading as its own field, and with the heading at the start of the text, must agree on almost every section
    // (without splitHeading, 93% do).
    const headed = [];
    for (const file of ['labeled.jsonl', 'holdout.jsonl', 'independent.jsonl', 'realistic-l.jsonl', 'realistic-m.jsonl', 'realistic-n.jsonl']) {
      for (const section of loadLabeled(FIXTURE_DIR + file)) {
        if (section.heading) headed.push({ heading: section.heading, text: section.text, primary: classifySection(section)[0]!.topic });
      }
    }
    assert.ok(headed.length > 500);
    const bare = (heading: string) => heading.replace(/[:.?]$/, '');
    for (const [form, joined] of [
      ['on a line of its own', (h: string, t: string) => `${h}\n${t}`],
      ['in capitals', (h: string, t: string) => `${h.toUpperCase()} ${t}`],
      ['closed by a colon', (h: string, t: string) => `${bare(h)}: ${t}`],
    ] as const) {
      const same = headed.filter((s) => classifySection({ text: joined(s.heading, s.text) })[0]!.topic === s.primary).length;
      assert.ok(same / headed.length >= 0.95, `heading ${form}: ${same} of ${headed.length} agree`);
    }
  });
});
