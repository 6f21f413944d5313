import fastRead from './fast-read';
import httpCache from './http-cache';

export default { 'fast-read': fastRead, 'http-cache': httpCache };
