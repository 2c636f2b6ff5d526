/**
 * The topic classifier's knowledge: one table of weighted cues per topic.
 *
 * A cue is a word or phrase written as lowercase words separated by spaces; punctuation in
 * the text is ignored, so "opt out" also matches "opt-out" and "children s" matches
 * "children's". A word ending in `*` matches any word starting with it ("retain*" matches
 * retain, retained, retaining). The first word of a cue must be a whole word or a stem of at
 * least 4 letters (the matcher indexes cues by it).
 *
 * Weights are evidence strength, roughly: 0.5 a weak hint that appears under many topics,
 * 1-1.5 a typical word of the topic, 2-3 a phrase that rarely appears elsewhere, 4+ a phrase
 * that names the topic outright ("do not track", "standard contractual clauses").
 *
 * `heading` cues are read in headings only, where short generic words ("Updates", "Scope",
 * "Consent") are reliable; body cues are read in the body and, at a higher weight, in the
 * heading too. Keep phrasing general: these tables are meant for any policy, not the site's
 * own four.
 */
import type { TopicSlug } from '../taxonomy.ts';

export type Cue = readonly [pattern: string, weight: number];

/**
 * A regular expression cue, for things words cannot describe (an email address). `requires` is a
 * cheap test that must pass before the pattern runs (most sections hold no '@' or digits).
 */
export type PatternCue = readonly [pattern: RegExp, weight: number, requires: RegExp];

export interface TopicLexicon {
  /** Cues read in the heading only. */
  readonly heading: readonly Cue[];
  /** Cues read in the body (and in the heading, weighted up). */
  readonly body: readonly Cue[];
  /** Regular expressions run on the body text as written; each counts once. */
  readonly patterns?: readonly PatternCue[];
}

export const LEXICON: Readonly<Record<TopicSlug, TopicLexicon>> = {
  overview: {
    heading: [
      ['introduction', 6], ['overview', 6], ['scope', 6], ['definitions', 6], ['definition', 5],
      ['interpretation', 5], ['welcome', 6], ['summary', 4], ['about this', 4], ['about us', 5],
      ['who we are', 5], ['applicability', 6], ['purpose of this', 5], ['our commitment', 4],
      ['applies to', 3], ['apply to', 3], ['information covered', 3], ['our role', 3], ['preamble', 6], ['key terms', 5],
      ['general', 2], ['privacy policy', 1], ['privacy notice', 1], ['privacy statement', 1],
      ['controller', 6], ['accountability', 4], ['who are we', 5],
    ],
    body: [
      ['policy describes', 2.5], ['policy explains', 2.5], ['notice describes', 2.5], ['notice explains', 2.5],
      ['statement describes', 2.5], ['statement explains', 2.5], ['policy sets out', 2.5], ['notice sets out', 2.5],
      ['policy applies to', 2.5], ['notice applies to', 2.5], ['statement applies to', 2.5], ['policy covers', 2],
      ['this policy governs', 2.5], ['policy governs', 2], ['applies to', 0.8], ['does not apply to', 1],
      ['respect your privacy', 2], ['value and respect', 1.5], ['committed to protecting', 1.5],
      ['committed to safeguarding', 1.5], ['is important to us', 1.2], ['welcome to', 2.5], ['thank you for', 1.2],
      ['collectively', 1.2], ['referred to as', 1.5], ['we us', 2], ['we us our', 1],
      ['means any', 1.5], ['shall mean', 2], ['means the', 1], ['means', 0.4], ['definitions', 1.5],
      ['is the controller', 2], ['controller of your', 1.5], ['registered in', 1], ['company number', 1.5],
      ['registered office', 1.5], ['incorporated in', 1.2], ['in this policy', 1.2], ['in this notice', 1.2],
      ['in short', 1.2], ['please read', 1], ['read it carefully', 1.2], ['purpose of this policy', 2.5],
      ['we created this', 1.5], ['who we are', 1.5], ['we are a', 0.8], ['include the plural', 2],
      ['for convenience only', 2], ['including without limitation', 1], ['the full details', 1],
      ['as a processor', 1.5], ['act as a', 0.8], ['is a summary', 1.5], ['what to expect', 1.5],
      ['controller responsible', 2.5], ['responsible for processing', 1.5], ['capitalized terms', 2.5],
      ['capitalised terms', 2.5], ['have the meanings', 2], ['incorporated into', 1.2],
      ['does not cover', 1.5], ['not covered by', 1.5], ['rather than this', 2], ['separate notice*', 1.5],
      ['policy outlines', 2.5], ['notice outlines', 2.5], ['agree to this privacy policy', 2], ['agree to this policy', 2],
      ['the trust you place', 1.5], ['have created this', 1.5], ['supplement this', 1.5], ['short version', 1.5],
    ],
  },

  collection: {
    heading: [
      ['information we collect', 6], ['data we collect', 6], ['what we collect', 6], ['we collect', 4],
      ['collect*', 3], ['information you provide', 5], ['information you give', 5], ['you give us', 4],
      ['automatically', 3], ['location', 3], ['health', 2], ['financial information', 3], ['biometric', 4],
      ['sources', 3], ['information from', 5], ['we receive', 4], ['camera', 2.5], ['microphone', 2.5], ['log files', 3],
      ['log data', 3], ['device', 2], ['mobile devices', 3], ['data we process', 3], ['payment information', 3],
      ['types of', 2], ['personal information we', 2], ['personal data we', 2], ['voice', 2], ['gather*', 4],
      ['cctv', 5], ['we get', 4], ['from others', 3], ['usage', 3], ['fitness', 2],
    ],
    body: [
      ['we collect', 2], ['collect*', 1], ['automatically collect*', 2], ['we receive', 1.2], ['we obtain', 1.2],
      ['obtain information', 1.5], ['we gather', 1.5], ['gather*', 1], ['information you provide', 2],
      ['you provide', 1], ['you give us', 2], ['give us', 1], ['provide to us', 1.2], ['we ask for', 1.5],
      ['ask you for', 1.2], ['asked to enter', 1.5], ['types of information', 1.5], ['such as your name', 1.5],
      ['your name', 0.5], ['email address', 0.6], ['e mail address', 0.6], ['postal address', 1],
      ['mailing address', 0.5], ['phone number', 0.6], ['telephone number', 0.6], ['date of birth', 1],
      ['ip address*', 1], ['internet protocol', 1], ['browser type', 1.5], ['device identifier*', 1],
      ['unique device', 1], ['operating system', 1], ['hardware model', 1.5], ['mobile network', 1.2],
      ['location', 0.6], ['precise location', 1.2], ['gps', 1.2], ['payment information', 1],
      ['credit card', 0.7], ['card number', 0.7], ['billing address', 1], ['social security number', 1.5],
      ['bank account', 0.6], ['income', 0.6], ['log information', 1.5], ['log files', 1.5], ['usage data', 1],
      ['technical data', 1], ['identity data', 1], ['contact data', 1], ['transaction data', 1],
      ['pages viewed', 1.5], ['pages you visit', 1], ['referring', 1], ['clickstream', 1.5],
      ['access times', 1.5], ['crash*', 0.8], ['when you register', 1.2], ['create an account', 0.8],
      ['fill out', 1], ['fill in', 1], ['filling in', 1], ['other sources', 1.5],
      ['publicly available', 0.8], ['data brokers', 1], ['biometric', 1.5], ['health information', 0.6],
      ['heart rate', 1.5], ['step count', 1.5], ['we access', 1.2], ['camera', 1], ['microphone', 1], ['sensitive', 0.5], ['record*', 0.6],
      ['payment card', 1], ['card details', 0.8], ['may be recorded', 1.5], ['purchase history', 1], ['transaction history', 1],
      ['identifiers', 0.5], ['voice', 0.6], ['information about your', 0.5], ['we request', 0.8],
      ['we process', 0.3], ['may include', 0.8], ['includes', 0.3], ['vehicle data', 1.5],
      ['social network*', 0.8], ['sign in with', 1.2], ['profile picture', 1], ['ask for', 0.8],
      ['we record', 1.5], ['contact details', 0.8], ['payment details', 0.8], ['religio*', 1], ['ethnic*', 1],
      ['political opinions', 1], ['sexual orientation', 1], ['special categor*', 1.5],
      ['cctv', 1.5], ['footage', 1.2], ['sends us', 1.5], ['provides us with', 1.5],
      ['provide us with', 1.2], ['shares with us', 2], ['information with us', 1.2],
    ],
  },

  use: {
    heading: [
      ['how we use', 6], ['use of information', 5], ['use of your', 5], ['use of personal', 5],
      ['use of data', 5], ['uses made', 5], ['purposes', 5], ['purpose', 3], ['why we', 4], ['what we do with', 5],
      ['we use', 3], ['use your', 3], ['uses', 2], ['use', 1.5], ['personaliz*', 4], ['personalis*', 4],
      ['research', 2.5], ['fraud', 3], ['legitimate business', 3], ['machine learning', 4],
      ['artificial intelligence', 4], ['automated decision*', 4], ['communications', 1.5], ['product development', 3],
      ['marketing', 2.5], ['why we collect', 6], ['why do we collect', 6], ['why we process', 4], ['why do we process', 4], ['decisions', 3],
    ],
    body: [
      ['we use', 1.5], ['use your', 1.2], ['use the information', 2], ['use this information', 2],
      ['use information', 1.5], ['use personal', 1.5], ['use it to', 1.5], ['we use it', 1.5], ['use them to', 1.5],
      ['we may use', 1.5], ['is used to', 1.5], ['are used to', 1.2], ['used for', 1], ['information is used', 1.5],
      ['to provide', 1], ['provide maintain', 1.5], ['to improve', 1.2], ['improve our', 1.2],
      ['personaliz*', 1.5], ['personalis*', 1.5], ['to operate', 1], ['purposes', 0.8], ['purpose*', 0.4],
      ['we process your', 1.5], ['process your', 1], ['to communicate with you', 1.5], ['to respond to', 1],
      ['to send you', 1], ['send you', 0.6], ['prevent fraud', 1.2], ['fraud', 0.6], ['analyze trends', 1.2],
      ['monitor and analyze', 1.5], ['research', 0.8], ['develop new', 1.5], ['recommend*', 1.2],
      ['to fulfil*', 1], ['to fulfill', 1], ['process transactions', 1.5], ['administer', 1], ['to deliver', 0.8],
      ['so that we can', 0.8], ['to help us', 0.8], ['train*', 0.6], ['to detect', 0.8],
      ['verify your identity', 0.8], ['to show you', 0.8], ['to decide', 0.8], ['automated decision*', 2],
      ['automated systems', 1.5], ['profiling', 0.8], ['to understand', 0.8], ['to manage', 0.8],
      ['to assess', 1], ['to run', 0.8], ['to remind', 1], ['remind you', 1], ['in the following ways', 2],
      ['to perform our contract', 1], ['to carry out', 0.8], ['helps us to', 1], ['we do with', 1],
      ['customer service', 0.4], ['to notify you', 0.4], ['so we can', 1], ['so that', 0.5],
      ['in order to', 0.8], ['to show', 0.5], ['be used to', 1.2], ['will be used', 1.2],
    ],
  },

  cookies: {
    heading: [
      ['cookie*', 7], ['tracking technolog*', 6], ['tracking', 3], ['beacon*', 5], ['pixel*', 5],
      ['analytics', 5], ['advertising', 3], ['sdk*', 4], ['local storage', 5], ['session replay', 5],
      ['interest based', 4], ['similar technologies', 5], ['automatically', 1],
    ],
    body: [
      ['cookie*', 2], ['web beacon*', 2.5], ['beacon*', 1.5], ['pixel*', 1.5], ['pixel tag*', 1.5],
      ['clear gif*', 2.5], ['tracking technolog*', 2.5], ['similar technologies', 2], ['google analytics', 2.5],
      ['analytics', 1.2], ['local storage', 2], ['sdk*', 1.5], ['software development kit*', 2],
      ['tags', 0.5], ['interest based', 1.5], ['advertising network*', 1.5], ['ad network*', 1.5],
      ['across websites', 1.5], ['over time and across', 2], ['browser settings', 0.6], ['flash', 1],
      ['fingerprint*', 0.6], ['session replay', 2.5], ['matomo', 2], ['adobe analytics', 2],
      ['scripts', 0.5], ['text file', 1], ['small data files', 1.5], ['set a cookie', 1],
      ['third party advertising', 1], ['tracking', 0.6], ['tailored to your interests', 1],
      ['mouse movements', 1.5], ['advertising id*', 1.5], ['idfa', 2], ['opened the message', 1], ['opened an email', 1], ['whether you opened', 1.5],
      ['email opens', 1],
    ],
  },

  sharing: {
    heading: [
      ['shar*', 6], ['disclos*', 6], ['third part*', 4], ['service provider*', 6], ['business transfer*', 8],
      ['corporate transaction*', 7], ['law enforcement', 6], ['legal requirement*', 5], ['affiliates', 5],
      ['sale of', 4], ['sell', 4], ['partners', 3.5], ['who we share', 6], ['recipients', 5],
      ['sub processor*', 5], ['subprocessor*', 5], ['public information', 4], ['other players', 3],
      ['other users', 3], ['government', 4], ['merger*', 5], ['with your consent', 4], ['public profile', 4], ['agencies', 4], ['group companies', 4], ['transfer of your', 2],
    ],
    body: [
      ['shar*', 1], ['we share', 2], ['disclos*', 1.2], ['we disclose', 1.5], ['third part*', 1],
      ['service provider*', 1.5], ['vendors', 1.2], ['affiliates', 1.2], ['subsidiaries', 1], ['partners', 0.8],
      ['we do not sell', 2], ['sell*', 1], ['sold', 1], ['sale of', 1], ['rent', 1], ['trade', 0.5],
      ['law enforcement', 2.5], ['subpoena*', 2.5], ['court order*', 2], ['legal process', 2], ['warrant', 1.5],
      ['government authorit*', 1.5], ['public authorit*', 1], ['regulators', 1], ['merger*', 2],
      ['acquisition', 2], ['acquired', 1.5], ['bankruptcy', 1.5], ['assets', 1], ['reorganization', 1.5],
      ['business transfer*', 2.5], ['on our behalf', 1.5], ['outside parties', 2], ['transfer*', 0.3],
      ['with your consent', 0.8], ['other users', 1], ['visible to', 1.5], ['can be seen by', 1.5],
      ['publicly', 0.6], ['aggregat*', 0.8], ['advertisers', 1], ['contractually', 0.8], ['sub processor*', 2],
      ['processors', 1], ['recipients', 1.5], ['credit reference agenc*', 1.5], ['fraud prevention agenc*', 1.5],
      ['protect the rights', 1.5], ['rights property', 1.5], ['transparency report', 2],
      ['family of companies', 2], ['group companies', 1.5], ['member of our group', 2], ['parent company', 1.5],
      ['legally required', 1], ['required by law', 0.6], ['payment processor', 1], ['payment provider', 1],
      ['advertising partners', 1], ['advertising platforms', 1.5], ['couriers', 1], ['delivery partners', 1.5],
      ['background check', 1], ['recruitment agencies', 1], ['their own privacy', 0.5], ['send them', 1],
      ['with the charities', 1], ['organisers', 1], ['administrator', 0.8], ['employer', 0.6],
      ['not sell', 1], ['never sell', 2], ['will not sell', 1.5], ['lease', 0.8], ['distribute', 0.6], ['transmitted to', 1.2],
    ],
  },

  choices: {
    heading: [
      ['your choices', 7], ['choice*', 6], ['opt out', 6], ['opting out', 6], ['opt in', 5], ['consent', 5],
      ['preferences', 5], ['unsubscribe', 6], ['marketing', 1.5], ['restrictions', 4], ['communications', 2], ['control', 4],
      ['controls', 4], ['controlling', 5], ['your options', 5], ['options', 3], ['text messages', 2.5],
      ['managing', 2], ['manage', 2], ['withdraw*', 5], ['limit', 2], ['your rights and choices', 3],
      ['limit our sharing', 4], ['limit sharing', 4], ['privacy settings', 4], ['visibility', 4],
      ['anonymously', 5], ['anonymity', 5], ['pseudonym*', 5],
    ],
    body: [
      ['opt out', 3], ['opt in', 1.5], ['unsubscribe*', 3], ['you can choose', 1.5], ['you may choose', 1.5],
      ['choose not to', 1.5], ['choose whether', 1.5], ['choices', 1.5], ['choice', 1], ['preferences', 1.2],
      ['withdraw your consent', 2], ['withdraw consent', 2], ['withdraw*', 1], ['consent', 0.7],
      ['promotional', 1], ['marketing', 0.5], ['reply stop', 2.5], ['settings', 0.7], ['turn off', 1.5],
      ['switch off', 1.2], ['disable', 0.8], ['deactivate', 0.8], ['limit ad tracking', 2],
      ['advertising identifier', 1], ['webchoices', 2.5], ['digital advertising alliance', 2],
      ['network advertising initiative', 2], ['nai', 1], ['aboutads', 2], ['reject', 1], ['refuse', 1.2],
      ['decline', 1], ['do not wish to receive', 2], ['revoke*', 2], ['you can control', 1.5],
      ['you can prevent', 1.5], ['ask us not to', 2], ['right to limit', 1.5], ['limit our sharing', 2],
      ['anonymously', 1.5], ['a pseudonym', 2], ['pseudonymous', 1.5], ['pseudonymously', 2], ['visibility', 1.5], ['privacy settings', 1.5], ['block', 0.8], ['hide', 1], ['no longer wish', 2], ['you decide', 1.5],
      ['change your mind', 1.5], ['you can change', 1], ['control', 0.7], ['controls', 0.7],
      ['push notifications', 1], ['email preferences', 1.5], ['communication preferences', 2],
      ['limit this sharing', 2], ['limit', 0.5], ['tick', 1], ['untick', 1.5], ['you can also tell us', 1],
      ['not to contact you', 1.5], ['you can stop', 1.5], ['by changing your', 1.2], ['device settings', 1],
      ['choose to', 0.8], ['stop', 0.5], ['at any time', 0.4], ['opt out browser add on', 1],
      ['personalized ads', 1], ['stop profiling', 1.5], ['who can', 1], ['set your profile', 1.5],
      ['tell us not to', 2], ['not to share', 1.5], ['request a restriction', 2.5], ['request restrictions', 2.5],
      ['confidential communications', 2],
      ['set your browser', 1], ['appropriate settings', 0.8], ['your browser settings', 0.8],
    ],
  },

  access: {
    heading: [
      ['access', 5], ['your rights', 2], ['delet*', 5], ['correct*', 5], ['update your', 6], ['updating your', 6],
      ['account deletion', 6], ['closing', 3], ['close your account', 6], ['account closure', 6], ['export', 5],
      ['portability', 5], ['erasure', 5], ['copy', 3], ['review', 2], ['managing your account', 5],
      ['your account', 2.5], ['requests', 2], ['data subject requests', 4], ['inspect', 5], ['rectif*', 5],
      ['view', 3], ['your data', 1], ['your information', 1], ['download*', 5],
    ],
    body: [
      ['access', 0.6], ['request access', 2], ['right of access', 1.5], ['right to access', 1.5],
      ['access to your', 1], ['access and update', 2], ['access correct', 2], ['access to correct', 2],
      ['correct', 1], ['correction', 1], ['rectif*', 1.5], ['update your', 1.2], ['review and update', 2],
      ['review and change', 2], ['delete your account', 3], ['delete your', 1.5], ['deletion', 1], ['delete', 0.6],
      ['erase*', 1], ['erasure', 1.5], ['copy of', 1.5], ['a copy of your', 1.5], ['export', 1.5],
      ['download your', 1.5], ['download a copy', 2], ['portab*', 1.8], ['account settings', 1.5],
      ['your account', 0.5], ['close your account', 2.5], ['closing your account', 2.5], ['account is closed', 2],
      ['deactivate your account', 2], ['profile', 0.6], ['inaccurate', 1.5], ['incorrect', 1.5],
      ['subject access request', 3], ['inspect', 1.5], ['obtain a copy', 1.5], ['verify your identity', 0.8],
      ['free of charge', 0.8], ['within one month', 1], ['request deletion', 1.5], ['your request', 0.6],
      ['keep us informed', 1.5], ['accurate', 0.6], ['see the information', 1.5], ['view', 0.6],
      ['machine readable', 1.5], ['right to delete', 1.5], ['right to correct', 1.5], ['right to know', 1],
      ['rectification', 1], ['paper copy', 1.5], ['electronic copy', 1.5], ['get a copy', 1.5],
      ['ask us to correct', 2], ['ask to see', 1.5],
    ],
  },

  retention: {
    heading: [
      ['retention', 7], ['retain*', 7], ['how long', 7], ['keeping your', 4], ['keep', 4], ['kept', 4],
      ['storage period*', 6], ['storage', 2.5], ['archiv*', 5], ['period', 3], ['data storage', 2],
    ],
    body: [
      ['retain*', 2.5], ['retention', 2.5], ['as long as', 1.2], ['as long as necessary', 2.5],
      ['as long as is necessary', 2.5], ['for as long as', 1.2], ['as long as needed', 2.5],
      ['no longer necessary', 2.5], ['no longer needed', 2.5], ['no longer than necessary', 2.5],
      ['no longer need', 1.5], ['keep your', 1.5], ['we keep', 1.5], ['keep it', 1], ['kept', 1.5], ['keep', 0.8],
      ['stored for', 1.5], ['kept for', 1.5], ['then deleted', 1.5], ['years', 0.8], ['months', 0.8], ['days', 0.5], ['period', 0.6],
      ['deleted after', 2], ['anonymi*', 1], ['anonymis*', 1], ['destroy*', 1.2], ['securely destroyed', 1.5],
      ['archiv*', 1.2], ['backups', 1], ['backup', 0.8], ['overwritten', 1.5], ['indefinitely', 1.5],
      ['erased', 1], ['purge*', 1.5], ['until you delete', 2], ['hold your', 1], ['suppression list', 1.5],
      ['deleted automatically', 2], ['retention schedule', 1.5], ['after you close', 1.5],
      ['after the end', 1.2], ['permanently', 0.8], ['within 30 days', 0.5], ['within 90 days', 0.8],
    ],
  },

  security: {
    heading: [
      ['secur*', 7], ['safeguard*', 6], ['protect*', 3], ['encryption', 6], ['password', 5], ['breach*', 6],
      ['safe', 3], ['integrity', 3], ['vulnerabilit*', 4], ['phishing', 6], ['protecting your', 2], ['how do we protect', 4],
    ],
    body: [
      ['security', 1], ['secure', 1], ['secured', 1], ['security measures', 2], ['safeguard*', 2],
      ['encrypt*', 2], ['ssl', 2], ['tls', 2], ['https', 1.5], ['secure socket', 1.5], ['firewall*', 2],
      ['unauthorized access', 2], ['unauthorised access', 2], ['unauthorized', 0.8], ['unauthorised', 0.8],
      ['loss misuse', 2], ['loss theft', 2], ['misuse', 1], ['breach*', 1.5], ['data breach', 1],
      ['security incident*', 2], ['100 secure', 2.5], ['absolute security', 2.5], ['cannot guarantee', 1.5],
      ['password*', 1], ['two step', 1.5], ['two factor', 1.2], ['multi factor', 1.5], ['penetration test*', 2],
      ['vulnerabilit*', 1.5], ['27001', 2], ['soc 2', 2], ['pci', 2], ['access controls', 1.5],
      ['restricted to', 1], ['access is restricted', 1.5], ['limited to', 0.5], ['need to know', 1.5],
      ['confidential*', 0.8], ['protect your information', 1.5], ['protect your personal', 1.5],
      ['protect personal', 1.2], ['protect information', 1.5], ['protected by', 1], ['physical electronic', 2],
      ['technical and organi*', 2.5], ['administrative', 1], ['intrusion detection', 2], ['end to end', 1.5],
      ['monitoring', 0.5], ['reasonable measures', 1.5], ['reasonable steps to protect', 1.5],
      ['industry standard', 1], ['security testing', 1.5], ['risk assessments', 1], ['credentials', 1],
      ['phishing', 2], ['suspicious', 1],
    ],
  },

  children: {
    heading: [
      ['child*', 8], ['minor*', 7], ['coppa', 7], ['kids', 7], ['young', 5], ['age', 5], ['parent*', 4],
      ['student*', 4], ['teen*', 5], ['family', 2.5], ['under 13', 6], ['under 16', 6], ['under 18', 5],
    ],
    body: [
      ['child*', 2], ['under 13', 3], ['under the age of', 2.5], ['years of age', 1], ['minor*', 2], ['coppa', 3],
      ['parent or guardian', 2.5], ['parent or legal guardian', 1], ['guardian*', 2], ['parental', 2],
      ['parental consent', 2], ['verifiable parental', 1.5], ['age of 13', 2], ['age of 16', 2], ['under 16', 2.5],
      ['under 18', 2], ['knowingly collect', 2], ['knowingly allow', 1.5], ['not directed to', 1.5],
      ['directed to children', 1], ['age of majority', 2], ['at least 18', 1.5], ['at least 13', 2],
      ['13 or older', 2], ['young people', 2], ['student*', 1], ['ferpa', 2], ['age appropriate design', 3],
      ['teen*', 1.5], ['kids', 2], ['general audience', 2], ['parents', 1],
    ],
    patterns: [
      // An age limit ("under 16", "at least 13", "18 or older"), not a period ("at least 18 months").
      [
        /\b(?:under|at least|younger than|older than|over|aged?|below)(?: the age of)? (?:1\d|2[01])(?! ?(?:months?|weeks?|days?|hours?|minutes?|%|percent|years?(?! (?:of age|old))))\b|\b(?:1\d|2[01])(?: years?(?: of age| old)?)? (?:or|and) (?:older|over|above|younger|under)\b/i,
        2,
        /\b(?:1\d|2[01])\b/,
      ],
    ],
  },

  international: {
    heading: [
      ['international', 6], ['transfer*', 4], ['cross border', 7], ['where we store', 6], ['where your', 3],
      ['stored', 3], ['storage location', 6], ['countries', 5], ['privacy shield', 7], ['data privacy framework', 7],
      ['outside the', 4], ['outside', 3], ['abroad', 6], ['location of', 3], ['hosting', 3], ['other countries', 4],
      ['switzerland', 3], ['global', 2], ['overseas', 6],
    ],
    body: [
      ['transfer*', 1], ['international', 1.5], ['cross border', 2.5], ['countries', 1.5], ['country', 1],
      ['outside of your', 1.5], ['outside the', 1], ['outside your', 1.5], ['united states', 1.2],
      ['other jurisdictions', 2], ['jurisdiction', 0.8], ['stored and processed', 2], ['processed in', 1.5],
      ['stored in', 1.2], ['hosted', 1], ['hosted by', 1], ['data centers', 1.5], ['data centres', 1.5],
      ['standard contractual clauses', 4], ['contractual clauses', 2], ['adequacy decision', 3.5],
      ['adequate protection', 2], ['adequate level of protection', 2], ['privacy shield', 3.5],
      ['data privacy framework', 3.5], ['binding corporate rules', 3.5], ['european economic area', 0.8],
      ['eea', 0.6], ['differ from', 1], ['different from those', 1.5], ['may differ', 1], ['located in', 1],
      ['servers are located', 2], ['region', 0.6], ['abroad', 2], ['globally', 1], ['transfer addendum', 2],
      ['intra group', 1.5], ['data protection laws of', 1], ['data protection rules', 1], ['where we have facilities', 2],
      ['in germany', 1], ['ireland', 0.6], ['frankfurt', 1], ['australia', 0.6], ['sydney', 1],
      ['recognised by', 0.5], ['data transfer', 1.5], ['overseas', 2],
    ],
  },

  'regional-rights': {
    heading: [
      ['california', 7], ['ccpa', 7], ['cpra', 7], ['gdpr', 7], ['eea', 6], ['european', 5], ['eu', 5], ['uk', 4.5],
      ['residents', 5], ['resident', 5], ['nevada', 7], ['legal basis', 8], ['legal bases', 8], ['lawful basis', 8],
      ['your rights', 2.5], ['rights', 2], ['privacy rights', 3], ['shine the light', 7], ['non discrimination', 7],
      ['complain*', 3], ['authorized agent*', 7], ['do not sell', 7], ['canad*', 6], ['brazil', 6], ['australia*', 6], ['japan', 6],
      ['state*', 3], ['virginia', 6], ['colorado', 6], ['lgpd', 7], ['pipeda', 7], ['representative', 4],
      ['supplementary notice', 3], ['data subject*', 3], ['european union', 5], ['users in', 1],
      ['united kingdom', 4.5],
    ],
    body: [
      ['california', 2], ['ccpa', 3], ['cpra', 3], ['california consumer privacy act', 2], ['shine the light', 3],
      ['1798', 2.5], ['gdpr', 2.5], ['general data protection regulation', 3], ['european economic area', 1],
      ['eea', 0.8], ['european union', 1], ['eu', 0.8], ['united kingdom', 0.8], ['uk', 0.6],
      ['data subject*', 1.5], ['supervisory authorit*', 3], ['data protection authorit*', 3],
      ['lodge a complaint', 2.5], ['right to complain', 2], ['complain to', 1.5], ['information commissioner', 2.5],
      ['ico', 1.5], ['legal basis', 3], ['legal bases', 3], ['lawful basis', 3], ['legitimate interest*', 2],
      ['performance of a contract', 2], ['residents', 1.5], ['resident', 1.5], ['nevada', 2.5], ['virginia', 1.5],
      ['colorado', 1.5], ['connecticut', 1.5], ['utah', 1.5], ['texas', 1], ['oregon', 1], ['right to know', 2.5],
      ['right to delete', 2], ['right to correct', 1.5], ['non discrimination', 2.5], ['discriminate', 2],
      ['authorized agent*', 2.5], ['sell or share', 1.5], ['do not sell', 1], ['sensitive personal information', 1],
      ['categories of personal information', 1.5], ['business purpose*', 1.2], ['preceding 12 months', 2],
      ['last 12 months', 1.5], ['pipeda', 3], ['privacy commissioner', 2.5], ['lgpd', 3], ['appi', 3],
      ['australian privacy principles', 3], ['privacy act', 1.5], ['article 27', 2], ['articles 15', 2],
      ['representative', 1], ['member state', 2], ['your state', 1.5], ['state of residence', 2],
      ['attorney general', 2], ['appeal', 1.5], ['right to object', 1.5], ['restriction of processing', 1.5],
      ['restrict processing', 1.5], ['rights under', 1.5], ['consumer', 0.8], ['consumers', 0.8],
      ['data protection rights', 1.5], ['certain rights', 1], ['direct marketing purposes', 1],
      ['opt out of the sale', 2], ['targeted advertising', 0.6], ['data controller', 1], ['controller', 0.6],
      ['federal trade commission', 1.5], ['binding arbitration', 0.5], ['data protection act', 1],
      ['file a complaint with', 2.5], ['not satisfied with our response', 1.5], ['commissioner', 1.5],
      ['cross context behavioral', 2.5], ['cross context behavioural', 2.5],
      ['health and human services', 2.5], ['office for civil rights', 2],
    ],
  },

  'do-not-track': {
    heading: [
      ['do not track', 9], ['dnt', 9], ['tracking preferences', 4], ['browser signals', 6], ['signals', 4],
      ['global privacy control', 6], ['gpc', 6],
    ],
    body: [
      ['do not track', 5], ['dnt', 4], ['global privacy control', 3], ['gpc', 2.5], ['browser signal*', 2],
      ['signals', 1], ['do not track signals', 1],
    ],
  },

  changes: {
    heading: [
      ['change*', 7], ['updat*', 5], ['amendment*', 7], ['revision*', 7], ['modification*', 6],
      ['effective date', 7], ['last updated', 6], ['revised', 5], ['amend*', 5], ['version', 3],
    ],
    body: [
      ['changes to this', 3], ['change this', 2], ['changes to our', 2], ['update this', 2.5], ['we may update', 2],
      ['may update', 1.5], ['modify this', 2.5], ['modif*', 1], ['revise*', 1.5], ['revision*', 1.5],
      ['amend*', 1.5], ['last updated', 2.5], ['last revised', 2.5], ['last modified', 2.5], ['effective date', 2.5],
      ['effective as of', 2.5], ['take effect', 1.5], ['takes effect', 1.5], ['becomes effective', 1.5],
      ['material change*', 2.5], ['continued use', 2.5], ['from time to time', 1], ['periodically', 1],
      ['on this page', 1], ['new version', 1.5], ['previous versions', 2], ['earlier versions', 2],
      ['historic versions', 2], ['current version', 1.5], ['check this page', 1.5], ['the date at the top', 2],
      ['changes', 0.8], ['change', 0.5], ['changed', 0.8], ['updated', 0.8], ['this version', 1.5],
      ['significant changes', 1.5], ['under regular review', 1.5], ['we will post', 1], ['posting the', 1],
      ['reserve the right to change', 1.5], ['reserve the right to modify', 1.5],
    ],
  },

  contact: {
    heading: [
      ['contact*', 8], ['questions', 6], ['question', 5], ['get in touch', 7], ['data protection officer', 6],
      ['inquiries', 6], ['enquiries', 6], ['complaints', 2], ['how to reach', 6], ['reach us', 6], ['dpo', 5],
    ],
    body: [
      ['contact us', 2.5], ['please contact', 2], ['contact our', 1.5], ['you may contact', 2], ['can contact', 1],
      ['contact the', 1], ['email us', 2], ['write to us', 2], ['write to', 1.5], ['reach out', 1.5],
      ['reach our', 1.5], ['get in touch', 2], ['questions', 1.5], ['question', 1], ['concerns', 1],
      ['inquiries', 1.5], ['enquiries', 1.5], ['data protection officer', 2], ['dpo', 2], ['privacy officer', 2],
      ['privacy office', 2], ['privacy team', 1.5], ['mailing address', 1], ['by mail', 1], ['by post', 1],
      ['attn', 2], ['suite', 1.5], ['po box', 2], ['p o box', 2], ['toll free', 1.5], ['contact form', 2],
      ['call us', 1.5], ['by calling', 1.5], ['phone', 0.6], ['telephone', 0.6], ['email', 0.5],
      ['street', 0.8], ['avenue', 0.8], ['respond within', 0.5],
    ],
    patterns: [
      // An email address, phone number or postal code says "this is how to reach us".
      [/[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/i, 3, /@/],
      [/(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b/, 2, /\d{3}/],
      [/\b[A-Z]{2} \d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b\d{5} [A-Z][a-z]+/, 1.5, /\d/],
    ],
  },

  other: {
    heading: [
      ['link*', 6], ['third party websites', 6], ['third party sites', 6], ['other websites', 6], ['other sites', 6],
      ['governing law', 8], ['severability', 8], ['disclaimer', 8], ['language', 5], ['testimonial*', 8],
      ['feedback', 6], ['acceptance', 6], ['plug in*', 7], ['plugins', 7], ['third party content', 7],
      ['third party apps', 6], ['entire agreement', 8], ['dispute*', 6], ['arbitration', 7],
      ['terms of service', 6], ['terms of use', 6], ['accessibility', 7], ['user generated content', 7],
      ['miscellaneous', 7], ['jurisdiction', 3], ['reviews', 3], ['only', 1], ['widget*', 6],
      ['third party services', 6], ['integrations', 5],
    ],
    body: [
      ['links to', 2.5], ['link to', 1.5], ['linked', 1], ['third party websites', 2.5], ['third party sites', 2.5],
      ['other websites', 2], ['other sites', 2], ['another site', 1.5], ['another website', 1.5],
      ['not responsible for', 2], ['privacy practices of', 1.5], ['governed by the laws', 3], ['governing law', 3],
      ['conflict of law*', 2], ['arbitration', 2.5], ['class action', 2], ['severab*', 3], ['unenforceable', 2.5],
      ['testimonial*', 3], ['embedded content', 3], ['plug in*', 2], ['plugins', 2], ['disclaimer', 2],
      ['medical advice', 2], ['entire agreement', 3], ['english version', 2], ['translated', 1.5],
      ['feedback', 1.5], ['suggestions', 1], ['community guidelines', 1.5], ['blog', 1], ['forums', 0.8],
      ['accessibility', 2], ['alternative format', 2], ['offline', 1], ['their own privacy', 1.5],
      ['have no control over', 2], ['do not control', 1.5], ['acceptance of', 1.5], ['if you do not agree', 1.5],
      ['terms of service', 0.8], ['terms of use', 0.8], ['in full force', 2], ['third party developers', 1.5],
      ['embedded', 1], ['widgets', 2], ['social media features', 2], ['controlled by third parties', 2],
      ['own privacy policies', 1.5],
    ],
  },
};
