// The age on a day, from a birth date (both YYYY-MM-DD): whole years completed (年满N周岁 on
// the birthday itself). Someone born on 29 February comes of age on 1 March in other years.
export function ageOn(birth: string, day: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
