// The closed vocabularies of the contract (../shared/CONTRACT.md): tiers, statuses, schemes,
// benefits, relations; and Text, a message in both languages. Plain constants with no
// dependencies, so every layer can import them.

export const TIERS = ['1', '2', '3', 'community'] as const;
export const STATUSES = ['active', 'retired'] as const;
export const SCHEMES = ['employee', 'resident'] as const;
export const BENEFITS = ['outpatient', 'inpatient', 'chronic'] as const;
/** parent_in_law (配偶的父母: 岳父母, 公婆) and child_in_law (子女的配偶: 女婿, 儿媳): in-laws, named by no list of 近亲属 but said by callers. */
export const RELATIONS = ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild', 'parent_in_law', 'child_in_law'] as const;

export type Tier = (typeof TIERS)[number];
export type Status = (typeof STATUSES)[number];
export type Scheme = (typeof SCHEMES)[number];
export type BenefitId = (typeof BENEFITS)[number];
export type Relation = (typeof RELATIONS)[number];

/** Every user-facing message exists in both languages; the CLI picks one with --lang. */
export interface Text {
  zh: string;
  en: string;
}
