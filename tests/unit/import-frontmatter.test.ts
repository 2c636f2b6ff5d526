import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  findOrganization,
  organizationFromCopyright,
  parseDate,
  readDateLine,
  readProvenanceLine,
  readTitleLine,
  sentenceDate,
} from '../../src/lib/import/frontmatter.ts';

describe('parseDate', () => {
  it('reads written-out and ISO dates', () => {
    assert.equal(parseDate('June 15th, 2023'), '2023-06-15');
    assert.equal(parseDate('February 8, 2024'), '2024-02-08');
    assert.equal(parseDate('1 April 2024'), '2024-04-01');
    assert.equal(parseDate('Sept. 3 2022'), '2022-09-03');
    assert.equal(parseDate('archived on 2019-06-16.'), '2019-06-16');
  });

  it('refuses impossible and ambiguous dates rather than guessing', () => {
    assert.equal(parseDate('2024-02-31'), null);
    assert.equal(parseDate('February 30, 2024'), null);
    assert.equal(parseDate('06/05/2023'), null);
    assert.equal(parseDate('sometime in 2023'), null);
  });
});

describe('readDateLine', () => {
  it('reads "last updated" and "effective" lines', () => {
    assert.deepEqual(readDateLine('Last Updated: June 15th, 2023'), { kind: 'last_updated', date: '2023-06-15', written: 'June 15th, 2023' });
    assert.deepEqual(readDateLine('Effective Date: March 1, 2024'), { kind: 'effective', date: '2024-03-01', written: 'March 1, 2024' });
    assert.equal(readDateLine('Last revised on 2 May 2021.')?.date, '2021-05-02');
  });

  it('flags a date line it cannot read, so the review can warn', () => {
    assert.deepEqual(readDateLine('Effective date: 06/05/2023'), { kind: 'effective', date: null, written: '06/05/2023' });
  });

  it('leaves sentences alone', () => {
    assert.equal(readDateLine('Updated our cookie list in 2023'), null);
    assert.equal(readDateLine('We may update this policy as needed.'), null);
  });
});

describe('sentenceDate', () => {
  it('finds the date a sentence states', () => {
    assert.equal(sentenceDate('This Privacy Policy was last updated on May 25, 2018.')?.date, '2018-05-25');
    assert.equal(sentenceDate('We may update this policy.'), null);
  });
});

describe('readTitleLine', () => {
  it('takes short lines naming a privacy policy', () => {
    assert.deepEqual(readTitleLine('PRIVACY POLICY'), { title: 'PRIVACY POLICY', organization: null });
    assert.deepEqual(readTitleLine('Privacy Policy - Influxis'), { title: 'Privacy Policy', organization: 'Influxis' });
    assert.deepEqual(readTitleLine('Privacy Policy | Bluebird Analytics'), { title: 'Privacy Policy', organization: 'Bluebird Analytics' });
    assert.equal(readTitleLine('PRIVACY POLICY FOR IMETRIX® MOBILE APPLICATIONS')?.title, 'PRIVACY POLICY FOR IMETRIX® MOBILE APPLICATIONS');
  });

  it('refuses sentences and unrelated lines', () => {
    assert.equal(readTitleLine('Please read our privacy policy carefully.'), null);
    assert.equal(readTitleLine('Overview'), null);
  });
});

describe('readProvenanceLine', () => {
  it('reads an extraction note and its archive date', () => {
    const line =
      'The following text is extracted and transformed from the influxis.com privacy policy that was archived on 2019-06-16. Please check the original snapshot on the Wayback Machine for the most accurate reproduction.';
    assert.deepEqual(readProvenanceLine(line), { note: line, archived: '2019-06-16', retrieved: null });
    assert.equal(readProvenanceLine('This copy was retrieved on 3 March 2025 from the live site.')?.retrieved, '2025-03-03');
  });

  it('leaves policy sentences about archives alone', () => {
    assert.equal(readProvenanceLine('Information you submit in writing is archived and may be tied to your web visits.'), null);
  });
});

describe('findOrganization', () => {
  it('prefers the definition of "we"', () => {
    const found = findOrganization([
      'Welcome to IndusTrack. We at IndusTrack, LLC., (“IndusTrack,” “we,” “us,” or “our”) value your privacy.',
      'Company Name: Industrack LLC,',
    ]);
    assert.deepEqual(found, { organization: 'IndusTrack, LLC', how: '“we” definition' });
    assert.equal(findOrganization(['Influxis (“Influxis,” “we,” “us,” or “our”) respects your privacy.'])?.organization, 'Influxis');
  });

  it('falls back to a contact line, a "created by" phrase, the copyright line, then an "is a company" sentence', () => {
    assert.equal(findOrganization(['Company Name: Acme Widgets LLC,'])?.organization, 'Acme Widgets LLC');
    assert.equal(findOrganization(['The app for mobile devices created by Infologistics, Inc., as well as portals.'])?.organization, 'Infologistics, Inc.');
    assert.equal(findOrganization(['No name here.'], ['© 2025 Infologistics, Inc. All Rights Reserved'])?.how, 'copyright line');
    assert.equal(findOrganization(['When required under applicable law. AutoIDM is a U.S. company with data in the U.S.'])?.organization, 'AutoIDM');
  });

  it('returns null when the text names no organization', () => {
    assert.equal(findOrganization(['We collect your e-mail address. This is a service for readers.']), null);
  });

  it('reads the holder of a copyright line', () => {
    assert.equal(organizationFromCopyright('© 2025 Infologistics, Inc. All Rights Reserved Privacy Policy'), 'Infologistics, Inc.');
    assert.equal(organizationFromCopyright('Copyright 2023 Pelican Apps GmbH'), 'Pelican Apps GmbH');
    assert.equal(organizationFromCopyright('© All rights reserved'), null);
  });
});
