'use strict';
import { readFile } from 'fs';
const path = require('path');

export class Cache extends Map {
  constructor(limit) { super(); this.limit = limit; }
  get(key) { return super.get(key); }
}

export function load(name) {
  return readFile(path.join('/tmp', name), () => {});
}

const helper = function () { return load('x'); };
const arrow = (a, b) => a + b;
export default arrow;
