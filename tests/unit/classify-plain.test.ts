import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifySection, type SectionInput } from '../../src/lib/classify.ts';
import { plainSection, plainText } from '../../src/lib/classify/plain.ts';
import { FIXTURE_DIR, loadLabeled } from '../../scripts/eval-topics.ts';

const topicsOf = (section: SectionInput) => classifySection(section).map((t) => t.topic);

describe('section text with markup, character references and unusual spaces', () => {
  it('is read as the page shows it', () => {
    assert.equal(plainText('<p>We keep your data <strong>for two years</strong>.</p><p>Then we delete it.</p>'), 'We keep your data for two years.\n\nThen we delete it.');
    assert.equal(plainText('Line one<br>line two<br/>line three'), 'Line one\nline two\nline three');
    assert.equal(plainText('<ul><li>your name</li><li>your email</li></ul>'), 'your name\n\nyour email');
    assert.equal(plainText('<a href="https://x.example/a?b=1&amp;c=2" title="a > b">our partners</a>'), 'our partners');
    assert.equal(plainText('Terms &amp; Conditions, we&#8217;ll, we&rsquo;re, caf&eacute;, &#x2014;'), 'Terms & Conditions, we\u2019ll, we\u2019re, caf\u00e9, \u2014');
    assert.equal(plainText('an escaped &lt;p&gt; stays text'), 'an escaped <p> stays text');
    assert.equal(plainText('<style>p { color: red }</style><!-- note -->Text<script>track()</script>'), 'Text');
    assert.equal(plainText('<table><tr><th>Data</th><th>Kept for</th></tr><tr><td>Logs</td><td>90 days</td></tr></table>'), 'Data Kept for\n\nLogs 90 days');
    assert.equal(plainText('seven\u00a0years,\u2009ten\u202fdays, re\u00adtention, zero\u200bwidth\ufeff'), 'seven years, ten days, retention, zerowidth');
  });

  it('unwraps text wrapped at a fixed width, and keeps lines that start a sentence or an item', () => {
    assert.equal(
      plainText('We keep your account data for as long as your\r\naccount is open, and then for two\n  years, unless the law\nrequires longer.\nYou may ask us to delete it.\n- your name\n- your email'),
      'We keep your account data for as long as your account is open, and then for two years, unless the law requires longer.\nYou may ask us to delete it.\n- your name\n- your email',
    );
    const wrapped = 'We may change this policy from time to time. When we\nmake material changes, we will notify you by email\nor by a notice on our website before the change\ntakes effect.';
    assert.deepEqual(classifySection({ text: wrapped }), classifySection({ text: wrapped.replace(/\n/g, ' ') }));
  });

  it('leaves plain text alone, a "<" that opens no tag and an "&" that starts no reference included', () => {
    for (const text of ['We collect your name.\n\nWe keep it for two years.', 'Children <13 years old', 'AT&T and R&D & more', 'x < y > z']) {
      assert.equal(plainText(text), text, text);
    }
    const section = { heading: 'Retention', text: 'We keep it.' };
    assert.equal(plainSection(section), section);
  });

  it('takes a title set apart by markup at the start of a headless text as its heading', () => {
    assert.deepEqual(plainSection({ text: '<p><strong>Data Retention</strong> We keep your data for two years.</p>' }), {
      heading: 'Data Retention',
      text: 'We keep your data for two years.',
    });
    assert.deepEqual(plainSection({ text: '<h3 class="title">How long we keep it</h3>\n<p>Two years.</p>' }), { heading: 'How long we keep it', text: 'Two years.' });
    assert.deepEqual(plainSection({ text: '<b>Note:</b> we may amend this policy.' }), { heading: 'Note:', text: 'we may amend this policy.' });
    // In Markdown: bold at the start of the text, on the title's own line or run into the first sentence.
    assert.deepEqual(plainSection({ text: '**Data Retention** We keep your data for two years.' }), { heading: 'Data Retention', text: 'We keep your data for two years.' });
    assert.deepEqual(plainSection({ text: '__How long we keep it__\nTwo years.' }), { heading: 'How long we keep it', text: 'Two years.' });
    assert.deepEqual(plainSection({ text: '**We never sell your data.** We share it with processors.' }), { text: '**We never sell your data.** We share it with processors.' });
    // A bold sentence, a bold title with nothing after it, or a section that has a heading: no title taken.
    assert.deepEqual(plainSection({ text: '<p><strong>We never sell your data.</strong> We share it with processors.</p>' }), {
      heading: undefined,
      text: 'We never sell your data. We share it with processors.',
    });
    assert.deepEqual(plainSection({ text: '<strong>Data Retention</strong>' }), { heading: undefined, text: 'Data Retention' });
    assert.deepEqual(plainSection({ heading: 'Storage &amp; Security', text: '<p><b>Retention</b> We keep it.</p>' }), {
      heading: 'Storage & Security',
      text: 'Retention We keep it.',
    });
  });

  it('gets the topics its plain form gets', () => {
    const body = 'We may amend this policy from time to time. When we do, we will post the new version on this page and tell you by email.';
    assert.deepEqual(topicsOf({ text: `<p><strong>Note</strong></p><p>${body.replace(/ /g, '\u00a0')}</p>` }), topicsOf({ heading: 'Note', text: body }));
    assert.equal(topicsOf({ text: `<p><b>Note</b> ${body}</p>` })[0], 'changes');
    assert.deepEqual(topicsOf({ text: `**Note** ${body}` }), topicsOf({ heading: 'Note', text: body }));
    // A null heading (as JSON has it) is no heading.
    const nullHeading = { heading: null, text: `<p><b>Note</b></p>\n${body.replace('time to', 'time\nto')}` } as unknown as SectionInput;
    assert.deepEqual(topicsOf(nullHeading), topicsOf({ heading: 'Note', text: body }));
    // Evidence quotes the text as read, never a piece of markup.
    const [first] = classifySection({ text: '<p>We <em>retain</em> your data <span class="x">as long as</span> your account is open.</p>' });
    assert.equal(first!.topic, 'retention');
    assert.ok(first!.evidence.every((term) => !/[<>]/.test(term)), first!.evidence.join(' | '));
  });

  it('tags the labeled sections as HTML as it tags them as plain text', () => {
    // Unsealed labeled sets: each section as a web page would hold it (heading in bold at the start, paragraphs,
    // apostrophes as references, no-break spaces) must get the topics it gets with its heading given as a field.
    const sections = ['labeled.jsonl', 'holdout.jsonl', 'independent.jsonl', 'realistic-l.jsonl'].flatMap((file) => loadLabeled(FIXTURE_DIR + file));
    let same = 0;
    for (const { heading, text } of sections) {
      const html =
        (heading ? `<p><strong>${heading.replace(/&/g, '&amp;')}</strong> ` : '<p>') +
        text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/\n\s*\n/g, '</p>\n<p>').replace(/\n/g, '<br>').replace(/ (\d)/g, '&nbsp;$1') +
        '</p>';
      if (topicsOf({ text: html })[0] === topicsOf({ heading, text })[0]) same++;
    }
    assert.ok(same / sections.length >= 0.98, `${same} of ${sections.length} agree`);
  });
});
