// Steps account and family under policy model 2: what each account may pay (in scope only, or
// 目录外 too: account_scope) and in which order (family.order: own account first, or the family's).
import type { Fen } from '../types.js';

export interface AccountDue {
  /** What the patient still owes in scope, and in all, after the fund and the layers. */
  inScope: Fen;
  all: Fen;
}

export interface AccountRules {
  ownAll: boolean;
  familyAll: boolean;
  familyFirst: boolean;
}

/** [own account pays, family pays]; `familyBalance` is 0 where the relation is not allowed. */
export function accountsPay(due: AccountDue, r: AccountRules, balance: Fen, familyBalance: Fen): [Fen, Fen] {
  const ownDue = r.ownAll ? due.all : due.inScope;
  const familyDue = r.familyAll ? due.all : due.inScope;
  if (r.familyFirst) {
    const family = Math.min(familyDue, familyBalance);
    return [Math.min(Math.max(0, ownDue - family), balance), family];
  }
  const own = Math.min(ownDue, balance);
  return [own, Math.min(Math.max(0, familyDue - own), familyBalance)];
}
