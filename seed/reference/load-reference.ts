import path from 'node:path';
import type { ReferenceInput } from '../validate.js';
import {
  applyGroupings,
  loadAgencies,
  loadCodesOfPractice,
  loadCountries,
  loadInstruments,
  loadNgos,
  loadOtherInstruments,
  loadSectors,
} from './tables.js';
import { loadIloRegions } from './regions.js';
import { loadNames } from './names.js';
import { readTsv } from './tsv.js';

/** Loads every reference table under `dir` (seed/reference) into records ready for validation. */
export async function loadReferenceTables(dir: string): Promise<ReferenceInput[]> {
  const read = (name: string) => readTsv(path.join(dir, `${name}.tsv`));
  const sectors = loadSectors(await read('sectors'));
  const countries = loadCountries(await read('countries'));
  return [
    sectors,
    applyGroupings(await read('sector-groupings'), sectors.entities),
    loadInstruments(await read('instruments')),
    loadOtherInstruments(await read('other-instruments')),
    loadCodesOfPractice(await read('codes-of-practice')),
    loadAgencies(await read('agencies')),
    loadNgos(await read('ngos')),
    countries,
    loadIloRegions(countries),
    loadNames(await read('names')),
  ];
}
