// --city and --policy together (calc, batch, check): the policy file decides the city, so a
// --city that names another one is a usage error naming both, never silently ignored (calc) or
// a failure on every row (batch). A --city that names the file's own city (suizhou, 随州) is fine.
import { cityId } from '../claim/index.js';
import { UsageError } from '../errors.js';
import { quoted } from '../excerpt.js';
import { safeLine } from '../safe-text.js';

/** Throws the usage error when `city` (as typed) is not the city of the policy file `file` (its id). */
export function checkCityWithPolicy(city: string | undefined, file: string, policyId: string): void {
  if (city === undefined || city.trim() === '') return;
  const typed = cityId(city) ?? city.trim().toLowerCase();
  if (typed === policyId) return;
  const shown = quoted(city, 40);
  const name = safeLine(file);
  throw new UsageError(
    {
      zh: `--city ${shown} 与 --policy ${name} 冲突:该政策文件是 ${policyId} 的,城市由 --policy 决定;请去掉 --city,或给出 ${shown} 的政策文件。`,
      en: `--city ${shown} conflicts with --policy ${name}: that file is the policy of ${policyId}, and --policy decides the city; leave out --city, or give the policy file of ${shown}.`,
    },
    'city_policy_conflict',
  );
}
