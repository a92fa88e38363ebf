import fc from 'fast-check';

/**
 * Argument generators for contract fuzzing: values a buggy or hostile UI
 * could send over IPC or HTTP. Built once where they are large, so the
 * suite spends its time calling, not allocating.
 */

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

const MB = 1024 * 1024;

const hugeStrings = [
  'x'.repeat(MB),
  '\u{1F4A9}'.repeat(100_000),
  'https://example.com/'.padEnd(100_000, 'a'),
  '\u0000'.repeat(10_000),
];

const pollution = [
  () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  () => JSON.parse('{"kind": "all", "__proto__": {"kind": "feed", "id": "1", "polluted": true}}') as unknown,
  () => Object.assign(Object.create(null) as object, { kind: 'all', id: '1' }),
  () => JSON.parse('[{"__proto__": []}]') as unknown,
  () => ({ toString: 'not a function', valueOf: 42, then: 'not a promise' }),
];

const deep = [
  nested(5_000, (inner) => [inner]),
  nested(5_000, (inner) => ({ a: inner })),
  nested(200, (inner) => [inner, inner === 'bottom' ? 1 : 'x']),
];

export const oddNumber = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    2 ** 53,
    -(2 ** 63),
    1e308,
    Number.MIN_VALUE,
    0.5,
  ),
  fc.double(),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
);

export const junkString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u202e',
    '\ufeff',
    '%00',
    '../../../etc/passwd',
    'javascript:alert(1)',
    "'; DROP TABLE articles; --",
    '__proto__',
    'constructor',
    '1e999',
    '-1',
    '0x10',
    '1',
  ),
  fc.constantFrom(...hugeStrings),
);

/** One argument that a well-behaved UI would never send. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.anything({
      maxDepth: 3,
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withBigInt: true,
    }),
  },
  { weight: 2, arbitrary: oddNumber },
  { weight: 2, arbitrary: junkString },
  { weight: 1, arbitrary: fc.constantFrom(...pollution).map((make) => make()) },
  { weight: 1, arbitrary: fc.constantFrom(...deep) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, true, false, [], {}, () => 'a function', Symbol('s')) },
  { weight: 1, arbitrary: fc.dictionary(junkString, fc.oneof(oddNumber, junkString), { maxKeys: 5 }) },
);

/** A whole `args` value for a method expecting `arity` arguments: wrong shape, wrong count or wrong contents. */
export function hostileArgs(arity: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: hostileValue }, // not an array at all
    { weight: 2, arbitrary: fc.array(hostileValue, { minLength: arity, maxLength: arity }) }, // wrong contents
    { weight: 1, arbitrary: fc.array(hostileValue, { minLength: arity + 1, maxLength: arity + 4 }) }, // extra arguments
    { weight: 1, arbitrary: fc.array(hostileValue, { minLength: 0, maxLength: Math.max(0, arity - 1) }) }, // missing arguments
    { weight: 1, arbitrary: fc.constant(nested(20_000, (inner) => [inner])) }, // deeply nested argument list
  );
}

/** Values shaped like real arguments (ids, scopes, patches) but pointing at nothing or at odd places. */
export const plausibleValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('1', '2', '3', '4', '5', '0', '-1', '999999999', '1.5', 'NaN', ' 1', '１'),
  junkString,
  fc.boolean(),
  fc.integer({ min: -5, max: 60 }),
  fc.constantFrom(
    { kind: 'all' },
    { kind: 'feed', id: '999' },
    { kind: 'section', id: '1' },
    { kind: 'articles', ids: ['1', '999', '𝟙'] },
    { kind: 'feed', feedId: '2' },
    { scope: { kind: 'all' } },
    { scope: { kind: 'feed', id: '999' }, limit: 1 },
    { query: 'story' },
    { query: '"unbalanced OR (' },
    { query: 'NEAR(a b' },
    { note: '' },
    { tags: ['a'.repeat(50)] },
    { title: 'Renamed' },
    { url: 'http://127.0.0.1:9/new.xml' },
  ),
);
