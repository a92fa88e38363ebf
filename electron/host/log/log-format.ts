/**
 * One line per record: local time with its offset, level, category, message. Interpolated strings are written
 * bare but with line breaks and control characters escaped, so text from a page or a feed cannot forge a line;
 * errors keep their stack. Secrets are scrubbed from the finished line (see electron/api/redact-secrets.ts).
 */
import { getTextFormatter, type TextFormatter } from '@logtape/logtape';
import { redactByPattern } from '@logtape/redaction';
import { SECRET_PATTERNS } from '../../api/redact-secrets';

export function createLogFormatter(): TextFormatter {
  const format = getTextFormatter({ timestamp: 'date-time-timezone', timeZone: null, category: '.', value: 'bare' });
  return redactByPattern(format, SECRET_PATTERNS);
}
