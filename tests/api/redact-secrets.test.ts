import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../electron/api/redact-secrets';

/** The same policy the log applies (tests/host/log/redaction.test.ts), as the core's error messages use it. */
describe('redactSecrets', () => {
  it.each([
    ['https://alice:hunter2@reader.example/api/greader.php', 'https://***@reader.example/api/greader.php'],
    ['Email=alice&Passwd=hunter2', 'Email=alice&Passwd=***'],
    ['edit-tag?T=tok9z&i=1', 'edit-tag?T=***&i=1'],
    ['SID=a/1\nLSID=a/2\nAuth=a/3', 'SID=***\nLSID=***\nAuth=***'],
    ['Authorization: GoogleLogin auth=alice/123', 'Authorization: ***'],
    ['Cookie: session=abc; theme=dark', 'Cookie: ***'],
    ['?token=abc&page=2', '?token=***&page=2'],
  ])('%j → %j', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it.each(['Could not reach 127.0.0.1:8080.', 'https://feeds.example/?t=17&page=2', 'The author: Alice'])(
    'leaves ordinary text alone: %j',
    (text) => {
      expect(redactSecrets(text)).toBe(text);
    },
  );
});
