import { toLatinDigits } from "./normalize";

/**
 * Iran's national code (کد ملی): ten digits whose last is a check digit over the first nine
 * (weights 10…2, mod 11). Any digit system is accepted; codes of one repeated digit are refused.
 */
export function isValidNationalCode(input: string): boolean {
  const code = toLatinDigits(input).trim();
  if (!/^\d{10}$/.test(code) || /^(\d)\1{9}$/.test(code)) return false;
  const sum = [...code.slice(0, 9)].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0) % 11;
  const check = Number(code[9]);
  return sum < 2 ? check === sum : check === 11 - sum;
}
