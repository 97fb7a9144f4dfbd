export { toJson } from './json.js';
