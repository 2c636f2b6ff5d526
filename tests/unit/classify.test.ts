import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifySection, type SectionInput } from '../../src/lib/classify.ts';
import { blendTopics } from '../../src/lib/classify/blend.ts';
import { TOPIC_SLUGS, type TopicSlug } from '../../src/lib/taxonomy.ts';
import { DEV_SET, HOLDOUT_SET, INDEPENDENT_SET, evaluate, loadLabeled } from '../../scripts/eval-topics.ts';

const topicsOf = (input: SectionInput): TopicSlug[] => classifySection(input).map((t) => t.topic);

describe('classifySection: hard cases', () => {
  it('reads an introduction that names practices as overview (sentences about the policy itself)', () => {
    const topics = topicsOf({
      text:
        'Please read this notice carefully. It sets out how we collect, use and share personal data when you shop with us. ' +
        'By using our apps and stores you agree to the practices it describes. We are committed to protecting your privacy.',
    });
    assert.equal(topics[0], 'overview', `got ${topics.join(',')}`);
  });

  it('does not read a note about other websites\' policies as overview', () => {
    const topics = topicsOf({
      heading: 'Links',
      text:
        'Our pages link to sites run by other organisations. This notice does not cover them, and you should read the ' +
        'privacy policy of each site you visit before giving it your details.',
    });
    assert.ok(!topics.includes('overview'), `got ${topics.join(',')}`);
  });

  it('adds choices to a cookie section that tells the reader how to refuse cookies in the browser', () => {
    const topics = topicsOf({
      heading: 'Cookies',
      text:
        'We use cookies to remember your basket and to count visits. You can set your browser to refuse cookies, but if ' +
        'you block them some parts of the site may not work.',
    });
    assert.equal(topics[0], 'cookies');
    assert.ok(topics.includes('choices'), `got ${topics.join(',')}`);
  });

  it('adds choices to a legal-basis section when consent can be withdrawn, without making it primary', () => {
    const topics = topicsOf({
      heading: 'Our legal bases',
      text:
        'We process personal data to perform our contract with you, to meet legal obligations such as tax records, for our ' +
        'legitimate interests in preventing fraud, and with your consent for marketing emails. Where we rely on consent, ' +
        'you can withdraw it at any time through the link in each email.',
    });
    assert.equal(topics[0], 'regional-rights', `got ${topics.join(',')}`);
    assert.ok(topics.includes('choices'), `got ${topics.join(',')}`);
  });

  it('reads the body when the heading says nothing ("Note" about amendments is changes)', () => {
    const topics = topicsOf({
      heading: 'Note',
      text:
        'We reserve the right to amend this statement at any time. Amendments are posted on this page with a new ' +
        'effective date, and we will email registered users about material changes before they apply.',
    });
    assert.equal(topics[0], 'changes');
  });

  it('gives a section about safeguards and how long data is kept both security and retention', () => {
    const topics = topicsOf({
      heading: 'Security, Integrity and Retention of Personal Data',
      text:
        'We use reasonable administrative, technical and physical safeguards to protect personal data against loss, ' +
        'misuse and unauthorized access. We retain personal data only as long as necessary for the purposes described ' +
        'in this policy, unless a longer retention period is required by law.',
    });
    assert.ok(topics.includes('security'), `got ${topics.join(',')}`);
    assert.ok(topics.includes('retention'), `got ${topics.join(',')}`);
  });

  it('classifies a paragraph without a heading from its text', () => {
    assert.equal(
      topicsOf({ text: 'Backups are kept for 35 days. We delete inactive accounts after two years and keep invoices for ten years.' })[0],
      'retention',
    );
    assert.equal(topicsOf({ heading: '   ', text: 'You can unsubscribe from our newsletter at any time using the link in each email.' })[0], 'choices');
  });

  it('falls back to other, never to an empty list', () => {
    for (const text of ['', 'Lorem ipsum dolor sit amet.', 'Top of page. Image: logo.png']) {
      const result = classifySection({ text });
      assert.equal(result.length, 1);
      assert.equal(result[0]?.topic, 'other');
    }
  });

  it('does not add a topic for a word in passing', () => {
    const topics = topicsOf({
      heading: 'Information We Collect',
      text:
        'When you register we collect your name, email address, postal address and phone number. When you browse, ' +
        'we collect your IP address, browser type and the pages you visit. We use this to run the store.',
    });
    assert.deepEqual(topics, ['collection']);
  });

  it('does not let a heading alone add a secondary topic', () => {
    const topics = topicsOf({
      heading: 'Cookies and Security',
      text: 'We use session cookies to keep you signed in and analytics cookies, including Google Analytics, to count visits.',
    });
    assert.deepEqual(topics, ['cookies']);
  });

  it('does not give a long section every topic', () => {
    const paragraph =
      'We collect the information you provide when you create an account, such as your name, email address and date ' +
      'of birth, and information collected automatically, such as your IP address, device identifiers and browser type. ';
    const text = paragraph.repeat(6) + 'We use it to provide the service. We may share it with service providers. Contact us with questions.';
    const topics = topicsOf({ heading: 'Information We Collect', text });
    assert.equal(topics[0], 'collection');
    assert.ok(topics.length <= 2, `got ${topics.join(',')}`);
  });

  it('lists several topics when a section really covers several', () => {
    const topics = topicsOf({
      heading: 'Information we collect and how we use it',
      text:
        'We collect your name, shipping address and payment card details when you order. We use this information to ' +
        'process and deliver your order, to send you order updates and to prevent fraud.',
    });
    assert.deepEqual([...topics].sort(), ['collection', 'use']);
  });

  it('lists contact when a section about something else gives an address to write to', () => {
    const topics = topicsOf({
      heading: 'California Shine the Light',
      text:
        'Residents of California may ask us once a year which third parties received their personal information for ' +
        'direct marketing in the previous year. Send your request to privacy@lanternbooks.example.',
    });
    assert.equal(topics[0], 'regional-rights');
    assert.ok(topics.includes('contact'), `got ${topics.join(',')}`);
  });

  it('keeps access next to a dominant regional-rights topic when the rights are listed', () => {
    const topics = topicsOf({
      heading: 'Rights of residents of Colorado, Virginia and other states',
      text:
        'Depending on your state of residence, state privacy laws may give you the right to request access to your ' +
        'personal data, the right to correct inaccurate data, the right to delete it and the right to a portable copy. ' +
        'You may also appeal our decision on your request by writing to us, and then contact your Attorney General.',
    });
    assert.equal(topics[0], 'regional-rights');
    assert.ok(topics.includes('access'), `got ${topics.join(',')}`);
  });

  it('does not add collection because a question heading says "collect"', () => {
    const topics = topicsOf({
      heading: 'Do we collect information from children?',
      text:
        'Our service is not meant for anyone under 13 and we do not knowingly gather personal information from children ' +
        'under that age. If a parent or guardian tells us that a child has given us information, we will remove it.',
    });
    assert.deepEqual(topics, ['children']);
  });

  it('reads "overseas" as a cross-border transfer', () => {
    const topics = topicsOf({
      heading: 'Overseas disclosure',
      text: 'Some of our suppliers are overseas, in India and Singapore, and may see your personal information when they support our systems.',
    });
    assert.equal(topics[0], 'international');
  });

  it('reads recipients named after "from" as sources: information from partners is collection', () => {
    const topics = topicsOf({
      heading: 'Information from our partners',
      text:
        'We also get information about you from our business partners and from other companies, such as resellers ' +
        'that pass on the details of a product you registered, and from affiliates that run joint promotions with us.',
    });
    assert.equal(topics[0], 'collection');
  });

  it('reads a heading whose recipients are qualified by a place as international', () => {
    const topics = topicsOf({
      heading: 'Vendors outside the European Union',
      text:
        'Some vendors that host our systems and answer support tickets are located in the United States and India, ' +
        'so your information may be processed in countries whose laws differ from yours.',
    });
    assert.equal(topics[0], 'international');
  });

  it('reads the topic after an action in a heading as its object ("How to limit sharing" is choices)', () => {
    const topics = topicsOf({
      heading: 'How to limit sharing',
      text:
        'You can tell us not to share your information with our affiliates for marketing by calling us or by ' +
        'changing your preferences in online banking. Your choice applies until you change it.',
    });
    assert.equal(topics[0], 'choices');
  });

  it('lets the first topic of a joined heading lead when the body is balanced ("Sharing and Security")', () => {
    const topics = topicsOf({
      heading: 'Sharing and Security',
      text:
        'We share your information with service providers that host our website and deliver our emails. ' +
        'Our website uses encryption to protect the information you send us.',
    });
    assert.equal(topics[0], 'sharing');
  });

  it('does not count the practices an introduction lists ("This policy explains what we collect")', () => {
    const topics = topicsOf({
      text:
        'This privacy policy applies to the apps and website of a small garden-tools company. It explains what we ' +
        'collect, how we use it, who we share it with and the choices you have.',
    });
    assert.deepEqual(topics, ['overview']);
  });

  it('does not count the practices an opening disclaims ("created this policy ... to disclose our practices")', () => {
    const topics = topicsOf({
      text:
        'We have created this Privacy Policy to demonstrate our commitment to privacy and to disclose our practices ' +
        'for gathering, using and disclosing personal information on this website.',
    });
    assert.equal(topics[0], 'overview');
  });

  it('reads a heading asking why data is collected as use ("Why we collect information about you")', () => {
    const topics = topicsOf({
      heading: 'Why we collect information about you',
      text: 'To process your membership application and send you the member magazine.',
    });
    assert.equal(topics[0], 'use');
  });

  it('reads data shared "with us" as collected ("the platform shares your name with us")', () => {
    const topics = topicsOf({
      heading: 'Information from other platforms',
      text: 'When you give through a payroll giving scheme, the scheme shares your name and the amount with us.',
    });
    assert.equal(topics[0], 'collection');
    assert.ok(!topics.includes('sharing'), `got ${topics.join(',')}`);
  });
});

describe('classifySection: output shape', () => {
  const input = {
    heading: 'How long we keep your data',
    text: 'We retain your account data for as long as necessary to provide the service, and delete it within 30 days after you close your account.',
  };

  it('gives evidence drawn from the section, strongest first', () => {
    const [primary] = classifySection(input);
    assert.equal(primary?.topic, 'retention');
    assert.ok(primary && primary.evidence.length > 0 && primary.evidence.length <= 5);
    const haystack = `${input.heading}\n${input.text}`.toLowerCase();
    for (const term of primary?.evidence ?? []) assert.ok(haystack.includes(term), `"${term}" is not in the section`);
    assert.ok(primary?.evidence.includes('as long as necessary'), `got ${primary?.evidence.join(', ')}`);
  });

  it('puts the primary topic first, scores in 0..1 and non-increasing', () => {
    for (const section of loadLabeled(DEV_SET)) {
      const result = classifySection(section);
      assert.ok(result.length >= 1);
      assert.equal(new Set(result.map((t) => t.topic)).size, result.length, `duplicate topic in ${section.id}`);
      result.forEach((t, i) => {
        assert.ok(t.score >= 0 && t.score <= 1, `${section.id}: score ${t.score}`);
        if (i > 0) assert.ok(t.score <= (result[i - 1]?.score ?? 1), `${section.id}: scores out of order`);
      });
    }
  });

  it('reads an age limit as children, and a period of months as none', () => {
    const gate = classifySection({ text: 'You must be 16 or older to use the Service.' });
    assert.equal(gate[0]!.topic, 'children');
    assert.ok(gate[0]!.evidence.includes('16 or older'), gate[0]!.evidence.join(', '));
    const kept = classifySection({ text: 'We keep your order history for at least 18 months.' });
    assert.ok(!kept.some((t) => t.topic === 'children'), kept.map((t) => t.topic).join(', '));
  });

  it('reads a heading with no body by its phrases, not word by word', () => {
    for (const [heading, topic] of [
      ['Business Transfers', 'sharing'],
      ['Data Protection Officer', 'contact'],
      ['Do Not Track', 'do-not-track'],
    ] as const) {
      assert.deepEqual(classifySection({ heading, text: '' }).map((t) => t.topic), [topic], heading);
      assert.deepEqual(classifySection({ text: heading }).map((t) => t.topic), [topic], `${heading}, as the whole text`);
    }
  });

  it('explains a topic in words a reader can follow: the question a heading asks, never words every policy uses when there is more', () => {
    // A heading over sub-sections: "why … collect" asks for the purpose.
    assert.deepEqual(classifySection({ heading: '4. Why Does Acme Collect Personal Data?', text: '' }).map((t) => [t.topic, t.evidence]), [['use', ['why does acme collect personal data']]]);
    const generic = /^(?:(?:data|information|personal|policy|privacy|sites?|services?|use[sd]?|using|our|the|to|of)\b\s*)+$/;
    for (const section of [...loadLabeled(DEV_SET), ...loadLabeled(HOLDOUT_SET)]) {
      for (const t of classifySection(section)) {
        if (t.evidence.some((term) => !generic.test(term))) assert.deepEqual(t.evidence.filter((term) => generic.test(term)), [], `${section.id}: ${t.topic} [${t.evidence.join(', ')}]`);
      }
    }
  });

  it('does not lead with other, which has no word behind it, when a further topic has its evidence', () => {
    const text = 'We evaluate whether you are suitable for employment. Every assessment is carried out by people; no automated filtering is used.';
    assert.equal(classifySection({ text })[0]!.topic, 'use');
    for (const section of [...loadLabeled(DEV_SET), ...loadLabeled(HOLDOUT_SET), ...loadLabeled(INDEPENDENT_SET)]) {
      for (const input of [section, { text: section.text }]) {
        const [first, ...rest] = classifySection(input);
        assert.ok(!(first!.topic === 'other' && first!.evidence.length === 0 && rest.some((t) => t.evidence.length > 0)), `${section.id}: ${first!.topic} leads without evidence`);
      }
    }
  });

  it('explains every topic it gives but other, even for a line with little to go on', () => {
    // A date line reads, to the model alone, like an address (contact); the words say when the policy changed.
    assert.deepEqual(classifySection({ text: 'Last updated: March 3, 2021' }), [{ topic: 'changes', score: 0.675, evidence: ['last updated'] }]);
    assert.equal(classifySection({ heading: 'Effective Date', text: 'January 1, 2020' })[0]!.topic, 'changes');
    assert.deepEqual(classifySection({ text: 'March 3, 2021' }).map((t) => [t.topic, t.evidence]), [['other', []]]);
    for (const section of [...loadLabeled(DEV_SET), ...loadLabeled(HOLDOUT_SET)]) {
      for (const t of classifySection(section)) assert.ok(t.topic === 'other' || t.evidence.length > 0, `${section.id}: ${t.topic} without evidence`);
    }
  });

  it('is deterministic', () => {
    const sections = loadLabeled(HOLDOUT_SET);
    const first = sections.map((s) => classifySection(s));
    const second = sections.map((s) => classifySection(s));
    assert.deepEqual(second, first);
    assert.deepEqual(classifySection(input), classifySection({ ...input }));
  });
});

describe('classifySection: each topic from typical phrasing', () => {
  const cases: ReadonlyArray<readonly [TopicSlug, SectionInput]> = [
    ['overview', { heading: 'Introduction', text: 'This Privacy Policy describes how Acme Corp. ("Acme", "we", "us") handles personal information of visitors to acme.example.' }],
    ['overview', { heading: 'Definitions', text: '"Personal Data" means any information relating to an identified or identifiable person. "Services" means our apps.' }],
    ['collection', { heading: 'Information We Collect', text: 'We collect the information you provide, such as your name and email address, and device information like your IP address.' }],
    ['use', { heading: 'How We Use Information', text: 'We use the information to provide and improve the service, personalize content, and communicate with you.' }],
    ['cookies', { heading: 'Cookies', text: 'We use cookies, web beacons and similar tracking technologies to remember your preferences and measure traffic.' }],
    ['cookies', { heading: 'Analytics', text: 'We use Google Analytics to understand how visitors use our pages.' }],
    ['sharing', { heading: 'Third Parties', text: 'We share personal information with service providers who process it on our behalf. We do not sell your personal information.' }],
    ['sharing', { heading: 'Disclosure', text: 'We may disclose information to law enforcement in response to a subpoena or court order.' }],
    ['sharing', { heading: 'Business Transfers', text: 'If we are involved in a merger, acquisition or sale of assets, your information may be transferred.' }],
    ['choices', { heading: 'Your Choices', text: 'You can opt out of marketing emails at any time by clicking unsubscribe, and change your preferences in settings.' }],
    ['choices', { heading: 'Marketing communications', text: 'If you no longer wish to receive promotional emails, follow the unsubscribe instructions in any message.' }],
    ['access', { heading: 'Account deletion', text: 'You can delete your account from the settings page. Deleting your account removes your profile and posts.' }],
    ['access', { text: 'You may request access to the personal information we hold about you and ask us to correct it if it is inaccurate.' }],
    ['retention', { heading: 'Data Retention', text: 'We retain personal information as long as necessary to provide the services and comply with legal obligations.' }],
    ['security', { heading: 'Security', text: 'We use encryption, firewalls and access controls to protect your information, but no method of transmission is 100% secure.' }],
    ['children', { heading: 'Children', text: 'Our service is not directed to children under the age of 13 and we do not knowingly collect their personal information.' }],
    ['international', { heading: 'International Users', text: 'Your information may be transferred to and processed in countries other than your own, including the United States.' }],
    ['international', { text: 'Transfers of personal data outside the EEA are protected by standard contractual clauses approved by the European Commission.' }],
    ['regional-rights', { heading: 'Your California Privacy Rights', text: 'Under the California Consumer Privacy Act, California residents have the right to know and the right to delete.' }],
    ['regional-rights', { heading: 'Legal Basis for Processing', text: 'We process personal data on the basis of contract, consent, legal obligation or our legitimate interests.' }],
    ['regional-rights', { heading: 'EEA Users', text: 'If you are in the EEA you may lodge a complaint with your supervisory authority under the GDPR.' }],
    ['do-not-track', { heading: 'Do Not Track', text: 'Our site does not respond to Do Not Track signals sent by web browsers.' }],
    ['changes', { heading: 'Updates', text: 'We may update this policy from time to time. The "last updated" date shows when it last changed.' }],
    ['contact', { heading: 'Contact Us', text: 'If you have questions about this policy, email privacy@acme.example or write to us at 1 Main Street, Springfield.' }],
    ['other', { heading: 'Links to Other Sites', text: 'Our site links to other websites. We are not responsible for the privacy practices of those third-party sites.' }],
  ];
  for (const [expected, input] of cases) {
    it(`${expected}: "${input.heading ?? input.text.slice(0, 40)}"`, () => {
      const result = classifySection(input);
      assert.equal(result[0]?.topic, expected, `got ${result.map((t) => `${t.topic} [${t.evidence.join(', ')}]`).join('; ')}`);
    });
  }
});

describe('classifySection: clause structure and topic sentences (paragraphs without headings)', () => {
  const primaryOf = (input: SectionInput): TopicSlug | undefined => classifySection(input)[0]?.topic;

  it('reads a transfer verb with a third-party recipient as sharing, without the word "share"', () => {
    const input = {
      text: 'If you ask us to arrange a loan, we forward your application and income details to one or more lenders, who may obtain a credit report about you.',
    };
    assert.equal(primaryOf(input), 'sharing', `got ${topicsOf(input).join(',')}`);
  });

  it('reads a recipient that receives or sees data as sharing', () => {
    const input = { text: 'The courier receives only your name, delivery address and a contact number. Our drivers see the items in your order.' };
    assert.equal(primaryOf(input), 'sharing', `got ${topicsOf(input).join(',')}`);
  });

  it('does not read data sent to the organisation\'s own platform as sharing', () => {
    const topics = topicsOf({ text: 'The meter sends readings to our billing platform every hour. We use the readings to bill you and to spot leaks.' });
    assert.ok(!topics.includes('sharing'), `got ${topics.join(',')}`);
  });

  it('lets the topic sentence decide between collection and use in a mixed paragraph', () => {
    const input = {
      text: 'We collect your name, email address and postal address when you place an order. We use this information to deliver your order and to send you a receipt.',
    };
    assert.equal(primaryOf(input), 'collection', `got ${topicsOf(input).join(',')}`);
    assert.ok(topicsOf(input).includes('use'));
    const reversed = {
      text: 'We use your booking details to confirm your appointment, to remind you the day before and to prepare the room. We collect them through the online form.',
    };
    assert.equal(primaryOf(reversed), 'use', `got ${topicsOf(reversed).join(',')}`);
  });

  it('does not read the data named inside a use clause as a collection statement', () => {
    const input = { text: 'We use the details you give us to arrange your visit, to send reminders and to keep you informed about opening times.' };
    assert.equal(primaryOf(input), 'use', `got ${topicsOf(input).join(',')}`);
  });

  it('reads a heading asking why as use', () => {
    const input = {
      heading: 'Why do we ask for your phone number?',
      text: 'We ask for your phone number so we can text you when your repair is ready and call you if something looks wrong.',
    };
    assert.equal(primaryOf(input), 'use', `got ${topicsOf(input).join(',')}`);
  });

  it('reads keeping data for a period or until an event as retention', () => {
    const input = { text: 'Loan records are held only until the item is returned, after which the link between you and the item is erased.' };
    assert.equal(primaryOf(input), 'retention', `got ${topicsOf(input).join(',')}`);
  });

  it('does not count "what we collect, how we use it" in a sentence about telling readers of changes', () => {
    const input = {
      text: 'If we change this policy we will post the changes on this page, so that you always know what information we collect, how we use it and when we disclose it.',
    };
    assert.deepEqual(topicsOf(input), ['changes']);
  });

  it('does not read consent given to the organisation as data collected', () => {
    const topics = topicsOf({
      text: 'We will not use your payment history to offer you other products unless you give us your consent. You can withdraw it at any time.',
    });
    assert.notEqual(topics[0], 'collection', `got ${topics.join(',')}`);
  });
});

describe('classifySection: labeled sets (regression guard, thresholds not tuned)', () => {
  it('holds micro F1 >= 0.8 and primary accuracy >= 0.85 on the held-out set', () => {
    const report = evaluate(loadLabeled(HOLDOUT_SET));
    assert.ok(report.microF1 >= 0.8, `holdout micro F1 ${report.microF1.toFixed(3)}`);
    assert.ok(report.primaryAccuracy >= 0.85, `holdout primary accuracy ${report.primaryAccuracy.toFixed(3)}`);
  });

  it('holds micro F1 >= 0.85 and primary accuracy >= 0.9 on the dev set', () => {
    const report = evaluate(loadLabeled(DEV_SET));
    assert.ok(report.microF1 >= 0.85, `dev micro F1 ${report.microF1.toFixed(3)}`);
    assert.ok(report.primaryAccuracy >= 0.9, `dev primary accuracy ${report.primaryAccuracy.toFixed(3)}`);
  });

  it('holds micro F1 >= 0.8 and primary accuracy >= 0.8 on the independent set', () => {
    const report = evaluate(loadLabeled(INDEPENDENT_SET));
    assert.ok(report.microF1 >= 0.8, `independent micro F1 ${report.microF1.toFixed(3)}`);
    assert.ok(report.primaryAccuracy >= 0.8, `independent primary accuracy ${report.primaryAccuracy.toFixed(3)}`);
  });

  it('holds micro F1 >= 0.8 and primary accuracy >= 0.85 on the fresh set', () => {
    const report = evaluate(loadLabeled(new URL('../fixtures/topics/fresh.jsonl', import.meta.url).pathname));
    assert.ok(report.microF1 >= 0.8, `fresh micro F1 ${report.microF1.toFixed(3)}`);
    assert.ok(report.primaryAccuracy >= 0.85, `fresh primary accuracy ${report.primaryAccuracy.toFixed(3)}`);
  });

  it('holds micro F1 >= 0.75 and primary accuracy >= 0.8 on the audit set', () => {
    const report = evaluate(loadLabeled(new URL('../fixtures/topics/audit.jsonl', import.meta.url).pathname));
    assert.ok(report.microF1 >= 0.75, `audit micro F1 ${report.microF1.toFixed(3)}`);
    assert.ok(report.primaryAccuracy >= 0.8, `audit primary accuracy ${report.primaryAccuracy.toFixed(3)}`);
  });

  it('covers every topic in every set', () => {
    for (const path of [DEV_SET, HOLDOUT_SET, INDEPENDENT_SET]) {
      const labeled = new Set(loadLabeled(path).flatMap((s) => s.topics));
      for (const topic of TOPIC_SLUGS) assert.ok(labeled.has(topic), `${path} has no ${topic} section`);
    }
  });
});

describe('learned model (classify/model.ts)', () => {
  it('reads at run time exactly the features the training script computes (same keys, same values)', async () => {
    const { scoreModel, lastFeatures, knowsFeature } = await import('../../src/lib/classify/model.ts');
    const { sectionFeatures } = await import('../../src/lib/classify/features.ts');
    for (const path of [DEV_SET, HOLDOUT_SET, INDEPENDENT_SET]) {
      for (const section of loadLabeled(path)) {
        scoreModel(section.heading, section.text.toLowerCase());
        const got = lastFeatures();
        const reference = sectionFeatures(section.heading, section.text);
        const want = new Map<string, number>();
        reference.keys.forEach((key, i) => {
          if (knowsFeature(key)) want.set(key, reference.values[i] ?? 0);
        });
        assert.equal(got.size, want.size, `${section.id}: ${[...want.keys()].filter((k) => !got.has(k)).join('|')}`);
        for (const [key, value] of want) assert.ok(Math.abs((got.get(key) ?? -1) - value) < 1e-12, `${section.id}: ${key}`);
      }
    }
  });

  it('gives probabilities in 0..1, the primary ones summing to 1', async () => {
    const { scoreModel } = await import('../../src/lib/classify/model.ts');
    const { primary, member } = scoreModel('Sharing', 'we give your address to the courier who delivers your parcel.');
    assert.ok(Math.abs(primary.reduce((a, b) => a + b, 0) - 1) < 1e-9);
    for (const p of member) assert.ok(p >= 0 && p <= 1);
  });

  it('adds the words that raised a topic in the model to its evidence, quoted from the section', () => {
    const input = { text: 'Samples are sent to the laboratory that analyses them, and results are returned to your clinician.' };
    const result = classifySection(input);
    const haystack = input.text.toLowerCase();
    for (const t of result) for (const term of t.evidence) assert.ok(haystack.includes(term), `"${term}" is not in the section`);
    assert.ok(result[0] && result[0].evidence.length > 0, JSON.stringify(result));
  });

  it('quotes a long matched sentence up to a word, never cut inside one', () => {
    const input = {
      text: 'The purpose of this Privacy Policy is to inform you of how we protect your privacy when you use our services. It applies to our websites and apps.',
    };
    const words = new Set(input.text.toLowerCase().match(/[a-z]+/g));
    const terms = classifySection(input).flatMap((t) => t.evidence);
    assert.ok(terms.some((term) => term.startsWith('the purpose of this privacy policy')), `got ${terms.join(' | ')}`);
    for (const term of terms) {
      assert.ok(input.text.toLowerCase().includes(term), `"${term}" is not in the section`);
      const last = term.match(/[a-z]+$/)?.[0];
      assert.ok(last === undefined || words.has(last), `"${term}" ends inside a word`);
    }
  });

  it('quotes whole words only: a stem or a pattern that ends inside a word is quoted to the end of it', () => {
    const sections = [
      { text: 'We will never sell your personal information to third parties, and we will not use your name in marketing without your permission.' },
      ...loadLabeled(DEV_SET),
    ];
    const wordChar = /[\p{L}\p{N}]/u;
    for (const input of sections) {
      const lower = `${'heading' in input ? `${input.heading}\n` : ''}${input.text}`.toLowerCase();
      for (const t of classifySection(input)) {
        for (const term of t.evidence) {
          // Somewhere in the section the term stands between word boundaries.
          let whole = false;
          for (let at = lower.indexOf(term); at !== -1 && !whole; at = lower.indexOf(term, at + 1)) {
            whole = !wordChar.test(lower[at - 1] ?? ' ') && !wordChar.test(lower[at + term.length] ?? ' ');
          }
          assert.ok(whole, `${t.topic}: "${term}" is not whole words of: ${input.text.slice(0, 80)}`);
        }
      }
    }
  });

  it('quotes a word once in a topic\'s evidence, not again as its plural', () => {
    const input = {
      heading: 'Cookies',
      text: 'We use cookies and web beacons on our site. A cookie is a small text file stored by your browser; a web beacon is a tiny image. You can refuse a cookie in your browser settings, and most cookies expire when you close it.',
    };
    for (const t of classifySection(input)) {
      for (const term of t.evidence) assert.ok(!t.evidence.includes(`${term}s`), `${t.topic}: both "${term}" and "${term}s" in ${t.evidence.join(', ')}`);
    }
    const cookies = classifySection(input).find((t) => t.topic === 'cookies');
    assert.ok(cookies && cookies.evidence.some((term) => /cookie/.test(term)), JSON.stringify(cookies));
  });
});

/** A per-topic vector (indexed like TOPIC_SLUGS) with the given entries set, the rest 0. */
function at(values: Record<number, number>): Float64Array {
  const a = new Float64Array(TOPIC_SLUGS.length);
  for (const [t, v] of Object.entries(values)) a[Number(t)] = v;
  return a;
}

describe('blendTopics: keeping the cue classifier\'s primary (keepCue)', () => {
  const [COLLECTION, SHARING, OTHER] = [TOPIC_SLUGS.indexOf('collection'), TOPIC_SLUGS.indexOf('sharing'), TOPIC_SLUGS.indexOf('other')];
  const blend = { primaryModel: 0.7, veto: 0.1, add: 0.6, addMinCue: 0.5, keepCue: 4 };
  // The model reads a list of data items as collection; the cues read "the courier receives" as sharing.
  const primary = at({ [COLLECTION]: 0.8, [SHARING]: 0.15 });
  const member = at({ [COLLECTION]: 0.7, [SHARING]: 0.5 });

  it('keeps the cue primary when its strength is at least keepCue times the chosen topic\'s', () => {
    assert.equal(blendTopics(primary, member, at({ [SHARING]: 3, [COLLECTION]: 0.5 }), [SHARING], blend)[0], SHARING);
  });

  it('lets the model move the primary when the cues also found the other topic', () => {
    assert.equal(blendTopics(primary, member, at({ [SHARING]: 3, [COLLECTION]: 1 }), [SHARING], blend)[0], COLLECTION);
    assert.equal(blendTopics(primary, member, at({ [SHARING]: 3, [COLLECTION]: 0.5 }), [SHARING], { ...blend, keepCue: Infinity })[0], COLLECTION);
  });

  it('never moves the primary to a topic the cues found nothing for (an empty section stays other)', () => {
    assert.equal(blendTopics(primary, member, at({}), [OTHER], blend)[0], OTHER);
  });

  it('uses the cue primary\'s own keepCue (keepCueByTopic) where one is given', () => {
    // The model never defers to the cues (keepCue Infinity), except for a sharing reading twice as strong.
    const byTopic = TOPIC_SLUGS.map(() => Infinity);
    byTopic[SHARING] = 2;
    const perTopic = { ...blend, keepCue: Infinity, keepCueByTopic: byTopic };
    assert.equal(blendTopics(primary, member, at({ [SHARING]: 3, [COLLECTION]: 1 }), [SHARING], perTopic)[0], SHARING);
    // Not when the cues found collection more than half as strongly...
    assert.equal(blendTopics(primary, member, at({ [SHARING]: 3, [COLLECTION]: 2 }), [SHARING], perTopic)[0], COLLECTION);
    // ...nor when the cue primary is a topic without its own keepCue.
    byTopic[SHARING] = Infinity;
    byTopic[COLLECTION] = 2;
    assert.equal(blendTopics(primary, member, at({ [SHARING]: 3, [COLLECTION]: 1 }), [SHARING], { ...perTopic, keepCueByTopic: byTopic })[0], COLLECTION);
  });
});

describe('blendTopics: per-topic add thresholds (addByTopic, addMinCueByTopic)', () => {
  const [USE, RETENTION, CHOICES] = [TOPIC_SLUGS.indexOf('use'), TOPIC_SLUGS.indexOf('retention'), TOPIC_SLUGS.indexOf('choices')];
  const blend = { primaryModel: 0.7, veto: 0.1, add: 0.6, addMinCue: 0.5, keepCue: 4 };
  const primary = at({ [USE]: 0.9 });
  const member = at({ [USE]: 0.9, [RETENTION]: 0.4, [CHOICES]: 0.4 });
  const cues = at({ [USE]: 3, [RETENTION]: 0.6, [CHOICES]: 0.2 });

  it('adds a further topic at its own, lower threshold and leaves the others at the global one', () => {
    assert.deepEqual(blendTopics(primary, member, cues, [USE], blend), [USE]);
    const adds = TOPIC_SLUGS.map(() => 0.6);
    adds[RETENTION] = 0.3;
    adds[CHOICES] = 0.3;
    // Choices has too little cue support (0.2 < addMinCue 0.5); retention is added.
    assert.deepEqual(blendTopics(primary, member, cues, [USE], { ...blend, addByTopic: adds }), [USE, RETENTION]);
    const minCues = TOPIC_SLUGS.map(() => 0.5);
    minCues[CHOICES] = 0;
    // Equal probabilities: the lower topic index first.
    assert.deepEqual(blendTopics(primary, member, cues, [USE], { ...blend, addByTopic: adds, addMinCueByTopic: minCues }), [USE, CHOICES, RETENTION]);
  });
});

describe('blendTopics: the learned combiner for the primary topic (stack)', () => {
  const [COLLECTION, USE, SHARING] = [TOPIC_SLUGS.indexOf('collection'), TOPIC_SLUGS.indexOf('use'), TOPIC_SLUGS.indexOf('sharing')];
  const blend = { primaryModel: 0.8, veto: 0.1, add: 0.6, addMinCue: 0.5, keepCue: Infinity };
  const none = { model: 0, cue: 0, cuePrimary: 0, member: 0, cueChosen: 0, bias: TOPIC_SLUGS.map(() => 0) };
  // The primary head leans to collection; the membership head and the cues say the section is about use.
  const primary = at({ [COLLECTION]: 0.6, [USE]: 0.3, [SHARING]: 0.1 });
  const member = at({ [COLLECTION]: 0.3, [USE]: 0.9 });
  const cues = at({ [USE]: 2, [COLLECTION]: 1 });

  it('without a stack, weighs the primary head against the cues as before', () => {
    assert.equal(blendTopics(primary, member, cues, [USE, COLLECTION], blend)[0], COLLECTION);
  });

  it('scores each topic by its features and picks the highest', () => {
    assert.equal(blendTopics(primary, member, cues, [USE, COLLECTION], { ...blend, stack: { ...none, model: 1 } })[0], COLLECTION);
    assert.equal(blendTopics(primary, member, cues, [USE, COLLECTION], { ...blend, stack: { ...none, model: 1, member: 1 } })[0], USE);
    assert.equal(blendTopics(primary, member, cues, [USE, COLLECTION], { ...blend, stack: { ...none, model: 1, cuePrimary: 1 } })[0], USE);
    assert.equal(blendTopics(primary, member, cues, [USE, COLLECTION], { ...blend, stack: { ...none, model: 1, cuePrimary: 0.5 } })[0], COLLECTION);
    const bias = TOPIC_SLUGS.map(() => 0);
    bias[SHARING] = 2;
    assert.equal(blendTopics(primary, member, cues, [USE, COLLECTION], { ...blend, stack: { ...none, model: 1, bias } })[0], SHARING);
  });

  it('keeps the topic it moved the primary from when the further-topic rules keep it', () => {
    assert.deepEqual(blendTopics(primary, member, cues, [USE, COLLECTION], { ...blend, stack: { ...none, model: 1, member: 1 } }), [USE, COLLECTION]);
  });

  it('still keeps a strong cue primary under the keepCue rule', () => {
    const strong = at({ [SHARING]: 4, [COLLECTION]: 1 });
    assert.equal(blendTopics(primary, member, strong, [SHARING], { ...blend, keepCue: 3, stack: { ...none, model: 1 } })[0], SHARING);
  });
});
