/** Law is data: no amount, rate, threshold or date is written in the simulator code (src/simulator). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const STRING = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
/** Amount-like text inside a string: "750 €", "20 %", "9,15", "6 000", "2026-03-08". */
const AMOUNT_IN_TEXT = [/\d\s?(?:€|%)/, /\d,\d/, /\b\d{1,3}(?: \d{3})+\b/, /\b\d{4}-\d{2}-\d{2}\b/];
/** A number in code: small integers (indices, levels 3 to 8, digit counts) are allowed, nothing else. */
const NUMBER = /(?<![\w.$\\])\d[\d_]*(?:\.\d+)?(?:e-?\d+)?(?![\w])/g;

function findAmountLiterals(code: string): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const literal of withoutComments.match(STRING) ?? []) {
    if (AMOUNT_IN_TEXT.some((pattern) => pattern.test(literal))) found.push(literal);
  }
  for (const number of withoutComments.replace(STRING, "''").match(NUMBER) ?? []) {
    const value = Number(number.replace(/_/g, ''));
    if (!Number.isInteger(value) || value >= 10) found.push(number);
  }
  return found;
}

describe('src/simulator code', () => {
  it('contains no amount-like literal (they live in knowledge/rules)', () => {
    const offenders = sourceFiles(join(root, 'src', 'simulator')).flatMap((path) =>
      findAmountLiterals(readFileSync(path, 'utf8')).map((literal) => `${relative(root, path)}: ${literal}`),
    );
    expect(offenders).toEqual([]);
  });

  it('would catch an amount, a rate, a threshold or a date', () => {
    expect(findAmountLiterals('const cap = 4000;')).toEqual(['4000']);
    expect(findAmountLiterals('const rate = 9.15;')).toEqual(['9.15']);
    expect(findAmountLiterals('if (headcount >= 50) return;')).toEqual(['50']);
    expect(findAmountLiterals("const label = 'aide de 6 000 €';")).toHaveLength(1);
    expect(findAmountLiterals("const since = '2026-03-08';")).toHaveLength(1);
    expect(findAmountLiterals('const share = 0.8; // 80 %')).toEqual(['0.8']);
    expect(findAmountLiterals('/** 750 € in a comment is fine */ const level = 6;')).toEqual([]);
  });
});
