import { describe, expect, it } from 'vitest';
import { searchUnits } from '../../src/site/search-units.js';

const entry = (id: string, date: string | null) => ({ id, date });

describe('search index units', () => {
  it('puts each year of articles in its own unit, oldest first', () => {
    const catalog = [entry('c', '2021-05-01'), entry('b', '2019-12-31'), entry('a', '2021-01-09')];
    expect(searchUnits(catalog, 10)).toEqual([
      { name: '2019', ids: ['b'] },
      { name: '2021', ids: ['c', 'a'] },
    ]);
  });

  it('splits a year with more articles than the limit into months, and only that year', () => {
    const catalog = [
      entry('a', '2018-03-02'), entry('b', '2018-03-30'), entry('c', '2018-11-05'),
      entry('d', '2017-03-02'), entry('e', '2017-04-01'),
    ];
    expect(searchUnits(catalog, 2).map((u) => u.name)).toEqual(['2017', '2018-03', '2018-11']);
    expect(searchUnits(catalog, 3).map((u) => u.name)).toEqual(['2017', '2018']);
  });

  it('splits a month still over the limit into its halves, from the 1st and from the 16th', () => {
    const catalog = [
      entry('a', '2018-03-02'), entry('b', '2018-03-15'), entry('c', '2018-03-16'), entry('d', '2018-03-31'),
      entry('e', '2018-04-01'),
    ];
    expect(searchUnits(catalog, 3).map((u) => [u.name, u.ids])).toEqual([
      ['2018-03-h1', ['a', 'b']], ['2018-03-h2', ['c', 'd']], ['2018-04', ['e']],
    ]);
  });

  it('splits a half month still over the limit into days, and a day still over it into parts by id', () => {
    const catalog = [
      entry('e', '2018-03-02'), entry('b', '2018-03-02'), entry('d', '2018-03-02'), entry('a', '2018-03-02'), entry('c', '2018-03-02'),
      entry('f', '2018-03-03'), entry('g', '2018-03-20'),
    ];
    expect(searchUnits(catalog, 2).map((u) => [u.name, u.ids])).toEqual([
      ['2018-03-02-p1', ['a', 'b']], ['2018-03-02-p2', ['c', 'd']], ['2018-03-02-p3', ['e']],
      ['2018-03-03', ['f']], ['2018-03-h2', ['g']],
    ]);
    // Parts are about even: five articles at most four a part make two parts of three and two.
    expect(searchUnits(catalog.slice(0, 5), 4).map((u) => u.ids.length)).toEqual([3, 2]);
  });

  it('never puts more articles in a unit than the limit', () => {
    const catalog = Array.from({ length: 200 }, (_, i) => entry(`id${String(i).padStart(3, '0')}`, `2020-0${1 + (i % 2)}-${i % 3 ? '05' : '20'}`));
    const units = searchUnits(catalog, 7);
    expect(Math.max(...units.map((u) => u.ids.length))).toBeLessThanOrEqual(7);
    expect(units.flatMap((u) => u.ids).sort()).toEqual(catalog.map((e) => e.id).sort());
    expect(new Set(units.map((u) => u.name)).size).toBe(units.length);
  });

  it('gives articles without a date a unit of their own', () => {
    expect(searchUnits([entry('a', null), entry('b', '2020-02-02')], 10).map((u) => u.name)).toEqual(['2020', 'undated']);
  });

  it('depends on the catalogue alone: the same articles in any order give the same units', () => {
    const catalog = Array.from({ length: 30 }, (_, i) => entry(`id${i}`, `20${10 + (i % 3)}-0${1 + (i % 9)}-01`));
    const names = (c: typeof catalog) => searchUnits(c, 5).map((u) => [u.name, [...u.ids].sort()]);
    expect(names([...catalog].reverse())).toEqual(names(catalog));
  });
});
