/**
 * Fever's credential: `api_key` = the MD5 of `user:password` in hex (Fever API docs: "api_key … md5 of email:password";
 * FreshRSS computes it from the user name and API password the same way). It opens the account as the password
 * does, so it is treated like one: sent in the POST body only (never in a URL, which logs keep), never in a message.
 */
import { createHash } from 'node:crypto';

export function feverApiKey(user: string, password: string): string {
  return createHash('md5').update(`${user}:${password}`, 'utf8').digest('hex');
}
