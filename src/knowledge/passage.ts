/** @module The unit of knowledge that search indexes and answers cite. */

export type Source = { title: string; url: string };

export type Confidence = 'official' | 'secondary' | 'uncertain';

/** A readable, citable piece of knowledge: a guide section or a rule rendered as prose. */
export type Passage = {
  id: string;
  kind: 'guide' | 'rule';
  title: string;
  /** Guide heading the section comes from, or the rule file it was rendered from. */
  heading: string;
  body: string;
  keywords: string[];
  source: Source;
  /** Rules only: how sure the data is, and from when the value applies. */
  confidence?: Confidence;
  effectiveDate?: string;
  lastVerifiedOn?: string;
};
