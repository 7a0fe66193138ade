/**
 * Links and saved scenarios nobody should be able to break the page with, for the hostile-links journey
 * and `npm run fuzz`. A seeded PRNG makes every run reproducible from its seed: first a fixed list of
 * edge links (every link version, every key the codec knows, the link that once blanked the page,
 * damaged `z=`, overlong, lone surrogates, markup), then random links built from the codec's keys and
 * hostile values, and now and then a hostile scenario left in local storage for the next visit.
 */
import { deflateRawSync } from 'node:zlib';
import { BUNDLED_ROUTES } from '../src/data/rate-sheet';

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same links. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ROUTE_IDS = BUNDLED_ROUTES.map((route) => route.id);
const FAMILIES = [...new Set(BUNDLED_ROUTES.map((route) => route.family))];
const SORT_COLUMNS = [
  'model',
  'provider',
  'monthlyCost',
  'timesCheapest',
  'blendedForMix',
  'checked',
  'speed',
];

/** Keys of one endpoint (unprefixed for endpoint 1, "j." for endpoint j), from share-link-endpoints.ts. */
// biome-ignore format: a table of keys
const ENDPOINT_KEYS = [
  'nm', 'r', 'k', 'n', 'i', 'o', 'h', 'b', 'u', 'upu', 'cv', 't', 'sp', 'ut', 'rt',
  'tk', 'st', 'bc', 'tr', 'os', 'tc', 'tf', 'rs', 'cap', 'bs', 'bm', 'p', 'pc',
] as const;
/** Keys of the whole scenario, from share-link.ts. */
const SCENARIO_KEYS = ['v', 'ne', 'sel', 'x', 'pin', 'q', 'f', 'cmp', 's', 'bud', 'cr', 'bx'] as const;

/** Numbers as a link may carry them: huge, tiny, zero, negative, NaN, Infinity, locales, junk. */
// biome-ignore format: a table of values
const NUMBERS = [
  '0', '-0', '1', '2', '3', '7', '10', '100', '1000', '20000', '1e6', '1e9', '1e12', '1e13', '1e15',
  '999999999999', '1000000000001', '1e308', '1e309', '1e-9', '0.0000001', '0.5', '0.01', '-1', '-1e12',
  'NaN', 'Infinity', '-Infinity', '99.99', '99.999', '100', '100.01', '50', '0,95', '1,5', '1.000,5',
  '1 000', '250k', '1.5M', '2e9', '1e', '.5', '5.', '0x10', '0b11', '١٢٣', '１２', '', ' ', '+5', '--5',
  '9'.repeat(40), `0.${'0'.repeat(30)}1`, '1/3', '½', '%', '99.99%', '1e-324', '5e-324',
] as const;
/** Text as a link may carry it: unicode of every kind, lone surrogates, bidi controls, markup. */
// biome-ignore format: a table of values
const TEXTS = [
  'Support chat', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>',
  'javascript:alert(1)', '%ED%A0%80', '%ED%BF%BF', '%ED%A0%80%ED%A0%80', 'a%ED%B0%80b', '%F0%9F%98%80',
  '%E2%80%AE%E2%80%AEevil', '\u202eevil', '\u2066x\u2069', '\u200b', '\u0000', '%00', '%', '%%', '%zz',
  '%E0%A4', '%C0%AF', 'ä'.repeat(100), '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'ﷺ'.repeat(20), 'e\u0301\u0301\u0301\u0301', '🇺🇳🏳️‍🌈',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'null', 'undefined', 'true', '[]', '{}',
  'x'.repeat(81), 'x'.repeat(2000), '   ', '\t\n', '&', '=', '#', '?', '+', '~', ',', '-', '@',
] as const;

/** What a price field may hold: input,cached,output. */
// biome-ignore format: a table of values
const PRICES = [
  '0.95,0.16,4', '0,0,0', '-,-,-', '0.95,-,4', '10000,10000,10000', '10000.000001,1,1', '1e3,1,1',
  '-1,1,1', 'NaN,Infinity,-Infinity', ',,', ',', '1,2', '1,2,3,4', 'x,y,z', '0.0000001,0,0',
  '0.000001,0,0.000001', '9999.999999,0,0', '1,,', '-', '',
] as const;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function integer(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

/** Percent-escapes what a fragment cannot hold, but keeps %XX sequences as written (they are the test). */
function escapeValue(value: string): string {
  return value.replace(/[^%A-Za-z0-9\-._~!$'()*,;:@/?]/gu, (character) =>
    [...new TextEncoder().encode(character)]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
}

function pair(key: string, value: string): string {
  return `${key}=${escapeValue(value)}`;
}

/** A rate sheet of added routes (`cr`), whole or broken. */
function customRoutes(random: () => number): string {
  const route = (index: number) => ({
    id: pick(random, [`my-${index}@me`, ROUTE_IDS[0], '__proto__', `x${index}`, '']),
    model: pick(random, ['My model', '<b>x</b>', '%ED%A0%80', 'm'.repeat(300)]),
    modelId: `m${index}`,
    family: pick(random, ['K2', 'Mine', '']),
    group: pick(random, ['kimi', 'comparison', 'other']),
    provider: pick(random, ['Me', 'OpenRouter', '']),
    variant: null,
    providerModelId: 'x',
    prices: {
      input: pick(random, ['1', '0', '10000', '-1', 'NaN', '1e3']),
      cachedInput: pick(random, [null, '0', '0.1', 'x']),
      output: pick(random, ['4', '0', '10000', '']),
    },
    contextWindow: pick(random, [262_144, 0, -1, 1, 1e15, Number.MAX_SAFE_INTEGER, 'x']),
    maxOutput: pick(random, [262_144, 0, 1, 1e15]),
    source: pick(random, [
      { label: 'me', url: 'https://example.com', date: '2026-01-01', dateMeaning: 'checked' },
      { label: 'me', url: 'javascript:alert(1)', date: '2026-13-45', dateMeaning: '' },
      null,
    ]),
    note: '',
    references: [],
  });
  const document = {
    schema: 'kimi-cost-calculator/rate-sheet',
    version: pick(random, [1, 1, 2, 0, '1']),
    routes: Array.from({ length: integer(random, 0, 6) }, (_, index) => route(index)),
  };
  const text = JSON.stringify(document);
  return pick(random, [text, text, text.slice(0, Math.floor(text.length * random())), '[]', '{', 'null']);
}

/** Billing extras (`bx`), whole or broken. */
function billingExtras(random: () => number): string {
  const extras = {
    platformFeePercent: pick(random, [{}, { OpenRouter: '5.5' }, { 'Moonshot AI': '-1' }, { x: 'NaN' }, []]),
    taxEnabled: pick(random, [true, false, 'yes']),
    taxPercent: pick(random, ['20', '', '100', '1000', '-5', '0,5', 'x']),
    currency: pick(random, [
      null,
      { code: 'EUR', perUsd: '0.92', date: '2026-01-01' },
      { code: 'XXX', perUsd: '0', date: '2026-13-45' },
      { code: 'CNY', perUsd: '1e300', date: '' },
      'EUR',
    ]),
    minimumRechargeUsd: pick(random, [{}, { 'Moonshot AI': '10' }, { OpenRouter: '1e12' }]),
    promotionalCreditUsd: pick(random, ['', '5', '1e12', '-5', 'x']),
    includePromotionalCredit: pick(random, [true, false]),
  };
  const text = JSON.stringify(extras);
  return pick(random, [text, text, text.slice(0, Math.floor(text.length * random())), '[]', '1', 'null']);
}

/** A value for a key: of the kind it expects most of the time, anything at all now and then. */
function valueFor(random: () => number, key: string): string {
  if (random() < 0.15) return pick(random, [...NUMBERS, ...TEXTS]);
  switch (key) {
    case 'v':
      return pick(random, ['1', '2', '3', '99', '0', '-1', '1.5', 'x', '']);
    case 'r':
    case 'pin':
      return random() < 0.8 ? pick(random, ROUTE_IDS) : pick(random, TEXTS);
    case 'x':
      return [pick(random, ROUTE_IDS), ...pick(random, PRICES).split(',')].join('~');
    case 'p':
      return pick(random, PRICES);
    case 'pc':
      return pick(random, ['i', 'c', 'o', 'ico', 'oci', 'x', '', 'iiii']);
    case 'k':
      return pick(random, ['c', 'a', 'r', '', 'x', 'C']);
    case 'nm':
    case 'q':
      return pick(random, TEXTS);
    case 'f':
      return random() < 0.7 ? pick(random, FAMILIES) : pick(random, TEXTS);
    case 's':
      return `${random() < 0.5 ? '-' : ''}${pick(random, [...SORT_COLUMNS, 'x', '__proto__', ''])}`;
    case 'cmp':
      return pick(random, ['1', '0', 'true', '']);
    case 'ne':
      return pick(random, ['1', '2', '5', '20', '21', '999', '0', '-1', '1e3', 'x', '']);
    case 'sel':
      return pick(random, ['1', '2', '20', '21', '999', '0', '-1', 'x']);
    case 'cr':
      return customRoutes(random);
    case 'bx':
      return billingExtras(random);
    default:
      return pick(random, NUMBERS);
  }
}

/** An endpoint prefix: "" or "2." … "20.", sometimes one the codec does not know. */
function prefix(random: () => number): string {
  if (random() < 0.4) return '';
  if (random() < 0.9) return `${integer(random, 2, 20)}.`;
  return pick(random, ['1.', '0.', '21.', '999.', '-1.', '02.', '2..', '.', 'x.']);
}

function randomLink(random: () => number): string {
  const pairs: string[] = [];
  if (random() < 0.85) pairs.push(pair('v', valueFor(random, 'v')));
  for (let count = integer(random, 1, 30); count > 0; count -= 1) {
    if (random() < 0.6) {
      const key = pick(random, ENDPOINT_KEYS);
      pairs.push(pair(`${prefix(random)}${key}`, valueFor(random, key)));
    } else {
      const key = pick(
        random,
        SCENARIO_KEYS.filter((scenarioKey) => scenarioKey !== 'v'),
      );
      pairs.push(pair(key, valueFor(random, key)));
    }
  }
  if (random() < 0.05) pairs.push(pick(random, ['&', '=', '==', 'novalue', '=x', '&&&']));
  return pairs.join('&');
}

function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** `z=` links: valid, damaged, truncated, not base64, and one that inflates far beyond the limit. */
function compressedLinks(random: () => number): string[] {
  const plain = 'v=2&ne=3&n=5000&2.k=c&3.k=a&pin=kimi-k2.6@moonshot-ai';
  const deflated = deflateRawSync(Buffer.from(plain));
  const flipped = Buffer.from(deflated);
  const middle = Math.floor(flipped.length / 2);
  flipped[middle] = (flipped[middle] ?? 0) ^ 0xff;
  const bomb = deflateRawSync(Buffer.alloc(5_000_000, 'a'));
  const lone = deflateRawSync(Buffer.from([0x6e, 0x6d, 0x3d, 0xed, 0xa0, 0x80])); // "nm=" + a lone surrogate in UTF-8
  return [
    `z=${base64Url(deflated)}`,
    `z=${base64Url(flipped)}`,
    `z=${base64Url(deflated.subarray(0, Math.max(1, Math.floor(deflated.length * random()))))}`,
    `z=${base64Url(bomb)}`,
    `z=${base64Url(lone)}`,
    `z=${base64Url(deflateRawSync(Buffer.from(randomLink(random))))}`,
    'z=',
    'z=!!!!',
    'z=%ED%A0%80',
    `z=${'A'.repeat(9000)}`,
  ];
}

/** The fixed part: every edge the codec and the charts have, in a stable order. */
function edgeLinks(random: () => number): string[] {
  const everyKey = [
    ...ENDPOINT_KEYS.map((key) => pair(key, valueFor(random, key))),
    ...SCENARIO_KEYS.map((key) => pair(key, valueFor(random, key))),
  ].join('&');
  const twentyEndpoints = Array.from({ length: 19 }, (_, index) =>
    [
      `${index + 2}.n=1e12`,
      `${index + 2}.i=1e7`,
      `${index + 2}.o=1e7`,
      `${index + 2}.k=${pick(random, ['c', 'a', 'r'])}`,
    ].join('&'),
  ).join('&');
  return [
    'v=2&n=1&i=1&o=0&h=99.99',
    'v=2&n=7&i=3&o=0&h=99.99',
    'v=2&n=1&i=1&o=0&h=100',
    'v=2&n=1&i=1&o=1&h=100&p=0.95,0,0',
    'v=2&n=0&i=0&o=0',
    'v=2&n=1e12&i=1e7&o=1e7&h=0&b=100&p=10000,10000,10000',
    `v=2&ne=20&n=1e12&i=1e7&o=1e7&${twentyEndpoints}`,
    'v=2&k=a&tk=1e12&st=500&bc=1000000&tr=1000000&os=1000000&tc=100&tf=10&rs=1000000&b=100',
    'v=2&k=c&cv=1e12&t=500&sp=1000000&ut=1000000&rt=1000000&h=99.99',
    'v=2&k=c&cv=1&t=1&sp=1&ut=0&rt=0&h=99.99',
    'v=2&k=a&tk=1&st=1&bc=1&tr=0&os=0&tc=0&tf=0',
    'v=2&n=1&i=1&o=0&cap=1&rs=1000000&bs=100&bm=0',
    'v=2&n=-5&i=-1&o=NaN&h=Infinity&b=-Infinity',
    'v=2&n=NaN&i=Infinity&o=1e309&h=1e-9&b=99.999',
    'v=2&ne=999',
    'v=2&ne=0&sel=999',
    'v=2&ne=21&sel=21',
    'v=1&r=kimi-k2.5@openrouter&n=250000&h=40&p=0.57,0.095,2.5&pc=o',
    'v=99&n=1000&unknown=1',
    'n=1000&i=2000',
    'v=&n=1',
    'v=2',
    'v',
    '',
    '&&&',
    '=',
    'v=2&n=1%ED%A0%80',
    'v=2&nm=%ED%A0%80&n=4242',
    'v=2&nm=%ED%A0%80%ED%A0%80&2.nm=%ED%BF%BF&ne=2&q=%ED%A0%80',
    'v=2&nm=%E2%80%AEevil%E2%80%AC&q=%F0%9F%98%80',
    'v=2&nm=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    `v=2&q=${'a'.repeat(9000)}`,
    `v=2&n=${'9'.repeat(8100)}`,
    `v=2&${ROUTE_IDS.map((id) => `pin=${id}`).join('&')}`,
    `v=2&n=1&i=1&o=0&h=99.99&${ROUTE_IDS.slice(0, 30)
      .map((id) => `pin=${id}`)
      .join('&')}`,
    `v=2&${ROUTE_IDS.slice(0, 40)
      .map((id) => `x=${id}~0~0~0`)
      .join('&')}`,
    'v=2&cmp=1&f=GPT&s=-monthlyCost&q=zzzz-nothing-matches',
    'v=2&n=1&i=1&o=0&h=99.99&cmp=1&q=nothing-matches-this',
    'v=2&bud=0&n=0',
    'v=2&bud=1e12&n=1&i=1&o=0&h=99.99',
    'v=2&bud=-1&bx=%7B',
    everyKey,
    ...Array.from(
      { length: 19 },
      (_, index) =>
        `v=2&ne=${index + 2}&${index + 2}.n=1&${index + 2}.i=1&${index + 2}.o=0&${index + 2}.h=99.99`,
    ),
    ...compressedLinks(random),
  ];
}

/** An embed address around a link now and then: `?embed=1` with chosen, junk or no panels. */
function withEmbed(random: () => number, link: string): string {
  if (random() >= 0.1) return `/#${link}`;
  const panels = pick(random, [
    'route,workload,endpoints,breakdown,table',
    'breakdown',
    'breakdown,table',
    'x,breakdown,%ED%A0%80',
    '',
  ]);
  const theme = pick(random, ['light', 'dark', 'auto', 'x']);
  return `/?embed=1&theme=${theme}&panels=${panels}#${link}`;
}

/** One visit: an address to open and, when set, what local storage holds as the saved scenario first. */
export interface HostileVisit {
  readonly address: string;
  readonly saved?: string;
}

/** Where the app keeps the last scenario (src/lib/safe-storage.ts). */
export const SAVED_SCENARIO_KEY = 'kimi-cost-calculator:scenario';

/**
 * What local storage may hold after a bad day: any link, now with raw lone surrogates and controls
 * (storage, unlike a URL, can hold them), or not a scenario at all.
 */
function savedScenario(random: () => number): string {
  const link = randomLink(random);
  const raw = link
    .replace(/%ED%A0%80/g, '\uD800')
    .replace(/%ED%BF%BF/g, '\uDFFF')
    .replace(/%00/g, '\u0000');
  return pick(random, [
    link,
    raw,
    raw,
    `v=2&nm=\uD800&n=4242`,
    `v=2&q=\uDC00x&${raw}`,
    '',
    'null',
    '{"format":"kimi-cost-calculator-scenario","scenario":"v=2&n=1"}',
    'x'.repeat(200_001),
    `v=2&q=${'a'.repeat(199_990)}`,
  ]);
}

/** `count` visits, reproducible from `seed`: the edge links, two embeds, then random links and saved scenarios. */
export function hostileVisits(seed: number, count: number): HostileVisit[] {
  const random = seededRandom(seed);
  const visits: HostileVisit[] = edgeLinks(random).map((link) => ({ address: `/#${link}` }));
  visits.push({
    address: '/?embed=1&panels=route,workload,endpoints,breakdown,table#v=2&n=1&i=1&o=0&h=99.99',
  });
  visits.push({ address: '/?embed=1&panels=x,%ED%A0%80#v=2&ne=999' });
  visits.push({ address: '/', saved: 'v=2&n=1&i=1&o=0&h=99.99' });
  visits.push({ address: '/', saved: 'v=2&nm=\uD800&n=4242' });
  while (visits.length < count) {
    visits.push(
      random() < 0.2
        ? { address: '/', saved: savedScenario(random) }
        : { address: withEmbed(random, randomLink(random)) },
    );
  }
  return visits.slice(0, count);
}
