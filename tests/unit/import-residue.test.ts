import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeFooterText, normalizeSpace, residueReason } from '../../src/lib/import/residue.ts';

describe('residueReason', () => {
  it('recognizes page residue', () => {
    assert.equal(residueReason('top of page'), 'page marker');
    assert.equal(residueReason('Bottom of Page'), 'page marker');
    assert.equal(residueReason('google-play-badge.png'), 'image file name');
    assert.equal(residueReason('IMETRIX_Automated_Asset_Management_System.png'), 'image file name');
    assert.equal(residueReason('Download IMETRIX from Apple App Store'), 'app store badge');
    assert.equal(residueReason('Get it on Google Play'), 'app store badge');
    assert.equal(residueReason('© 2025 Infologistics, Inc. All Rights Reserved Privacy Policy'), 'copyright footer');
    assert.equal(residueReason('Copyright 2019-2024 Acme Ltd.'), 'copyright footer');
    assert.equal(residueReason('Privacy Policy: Text'), 'page-builder label');
  });

  it('keeps sentences of a policy, even ones that mention the same words', () => {
    for (const sentence of [
      'We link to our app on the Apple App Store and Google Play.',
      'Copyright infringement notices go to legal@acme.example.',
      '(c) cases where a violation of the Service Agreement has occurred.',
      'Company Name: Industrack LLC,',
      'Scroll to the top of the page to see the date.',
      'We store images such as profile.png files you upload.',
      '',
    ]) {
      assert.equal(residueReason(sentence), null, sentence);
    }
  });
});

describe('normalizeSpace', () => {
  it('turns nbsp and runs of whitespace into single spaces and drops zero-width marks', () => {
    assert.equal(normalizeSpace('\u00a0 it.\u00a0 This\u200b  Policy\t'), 'it. This Policy');
    assert.equal(normalizeSpace('\u00a0'), '');
  });
});

describe('looksLikeFooterText', () => {
  it('accepts short label-like lines and refuses sentences, addresses and contacts', () => {
    assert.equal(looksLikeFooterText('Infologistics'), true);
    assert.equal(looksLikeFooterText('IMETRIX® Automated Asset Management Systems'), true);
    assert.equal(looksLikeFooterText('Please contact us at privacy@imetrix.net.'), false);
    assert.equal(looksLikeFooterText('support@acme.example'), false);
    assert.equal(looksLikeFooterText('one two three four five six seven'), false);
  });
});
