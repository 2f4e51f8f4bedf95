import { fixtureSync, html, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { inner, settled, text } from './helpers/dom.js';
import '../src/index.js';
import { en, format, formatValue, registerStrings, stringsFor, type Strings } from '../src/core/strings.js';
import type { CpTextField } from '../src/components/text-field/index.js';

/**
 * Renders a template and waits for every Lit element in it. (open-wc's `fixture()` waits for an
 * animation frame when the root is not a Lit element, and a test page running in a background
 * tab — web-test-runner runs two files at once — never gets one.)
 */
async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await settled(el.parentElement!);
  return el;
}

type Layer = object;

describe('strings: formatValue', () => {
  it('writes every number as the number formatter does, the English shortcut included', () => {
    const numbers = [0, -0, 1, 7, 300, 999, 1000, 12345, -1, -300, 2.5, 0.1, 1e21, NaN, Infinity];
    for (const locale of ['en', 'en-GB', 'en-IN', 'cy', 'ar', 'bn', 'de'])
      for (const n of numbers) expect(formatValue(n, locale), `${n} in ${locale}`).to.equal(n.toLocaleString(locale));
    expect(formatValue('300', 'en-GB')).to.equal('300');
  });
});

describe('strings: format', () => {
  it('looks a key up in English', () => {
    expect(format([en], 'en', 'errorSummaryTitle')).to.equal('There is a problem');
    expect(format([en], 'en', 'retry')).to.equal('Try again');
  });

  it('the first layer that has the key wins', () => {
    const layers: Layer[] = [{ retry: 'Have another go' }, { retry: 'Ail-geisio', loading: 'Yn llwytho…' }, en];
    expect(format(layers, 'en', 'retry')).to.equal('Have another go');
    expect(format(layers, 'en', 'loading')).to.equal('Yn llwytho…');
    expect(format(layers, 'en', 'or')).to.equal('or');
  });

  it('an empty string in a layer is used, not skipped', () => {
    expect(format([{ optional: '' }, en], 'en', 'optional')).to.equal('');
  });

  it('returns the key itself when no layer has it', () => {
    expect(format([{}], 'en', 'retry')).to.equal('retry');
  });

  it('fills in placeholders, and leaves unknown ones as they are', () => {
    expect(format([en], 'en', 'requiredText', { label: 'Your name' })).to.equal('Enter an answer for “Your name”');
    expect(format([en], 'en', 'requiredText')).to.equal('Enter an answer for “{label}”');
    expect(format([{ retry: '{a} and {b} and {a}' }], 'en', 'retry', { a: 'x', b: 'y' })).to.equal('x and y and x');
  });

  it('chooses the _one and _other plural forms by count', () => {
    expect(format([en], 'en', 'textareaCharsLeft', { count: 1 })).to.equal('You have 1 character remaining');
    expect(format([en], 'en', 'textareaCharsLeft', { count: 2 })).to.equal('You have 2 characters remaining');
    expect(format([en], 'en', 'textareaCharsLeft', { count: 0 })).to.equal('You have 0 characters remaining');
    expect(format([en], 'en', 'textareaWordsOver', { count: 1 })).to.equal('You have 1 word too many');
    expect(format([en], 'en', 'textareaWordsOver', { count: 7 })).to.equal('You have 7 words too many');
  });

  it('uses the locale’s plural rules, falling back to _other for categories a translation lacks', () => {
    // Welsh has zero, one, two, few, many and other.
    const cy: Layer = {
      textareaCharsLeft_one: 'Mae gennych {count} nod ar ôl',
      textareaCharsLeft_two: 'Mae gennych {count} nod ar ôl (dau)',
      textareaCharsLeft_other: 'Mae gennych {count} o nodau ar ôl',
    };
    expect(format([cy, en], 'cy', 'textareaCharsLeft', { count: 1 })).to.equal('Mae gennych 1 nod ar ôl');
    expect(format([cy, en], 'cy', 'textareaCharsLeft', { count: 2 })).to.equal('Mae gennych 2 nod ar ôl (dau)');
    expect(format([cy, en], 'cy', 'textareaCharsLeft', { count: 3 })).to.equal('Mae gennych 3 o nodau ar ôl');
    expect(format([cy, en], 'cy', 'textareaCharsLeft', { count: 0 })).to.equal('Mae gennych 0 o nodau ar ôl');
    // A language with one form (Japanese: always "other").
    expect(
      format([{ textareaCharsLeft_other: 'のこり{count}文字' }, en], 'ja', 'textareaCharsLeft', { count: 1 }),
    ).to.equal('のこり1文字');
  });

  it('a translation with only a general form beats the English form for one', () => {
    // Arabic "one" is a real category; a translation that gives only _other must still win.
    expect(
      format([{ textareaCharsLeft_other: 'بقي لديك {count} حرف' }, en], 'ar', 'textareaCharsLeft', { count: 1 }),
    ).to.equal('بقي لديك 1 حرف');
    expect(format([{ textareaCharsLeft: 'Ar ôl: {count}' }, en], 'cy', 'textareaCharsLeft', { count: 1 })).to.equal(
      'Ar ôl: 1',
    );
  });

  it('a plain key is used when there are no plural forms', () => {
    expect(format([{ retry: 'Retry {count}' }], 'en', 'retry', { count: 1 })).to.equal('Retry 1');
  });

  it('only a numeric count chooses a plural form', () => {
    expect(
      format(
        [{ textareaCharsLeft_one: 'one', textareaCharsLeft: 'plain {count}' } as Layer],
        'en',
        'textareaCharsLeft',
        { count: '1' },
      ),
    ).to.equal('plain 1');
  });

  it('formats numbers for the locale', () => {
    expect(format([en], 'en', 'textareaCharsLeft', { count: 1234 })).to.equal('You have 1,234 characters remaining');
    expect(format([en], 'de', 'textareaCharsLeft', { count: 1234 })).to.equal('You have 1.234 characters remaining');
    expect(format([en], 'en', 'textareaTooLongChars', { label: 'Story', max: 10000 })).to.equal(
      '“Story” must be 10,000 characters or fewer',
    );
    expect(format([en], 'ar-EG', 'textareaCharLimit', { max: 25 })).to.equal('You can enter up to ٢٥ characters');
    // Strings are not touched.
    expect(format([en], 'de', 'requiredText', { label: '1234' })).to.equal('Enter an answer for “1234”');
  });
});

describe('strings: registerStrings and stringsFor', () => {
  // Locales unique to this file's tests, so the shared registry is not disturbed.
  it('a regional locale falls back to its language, then to English', () => {
    registerStrings('xa', { retry: 'XA retry', loading: 'XA loading' });
    registerStrings('xa-GB', { retry: 'XA-GB retry' });
    const layers = stringsFor('xa-GB');
    expect(layers).to.have.length(3);
    expect(layers[2]).to.equal(en);
    expect(format(layers, 'xa-GB', 'retry')).to.equal('XA-GB retry');
    expect(format(layers, 'xa-GB', 'loading')).to.equal('XA loading');
    expect(format(layers, 'xa-GB', 'or')).to.equal('or');
  });

  it('cy-GB falls back to cy then English', () => {
    registerStrings('cy', { optional: '(dewisol)', retry: 'Rhowch gynnig arall' });
    registerStrings('cy-GB', { retry: 'Ceisio eto' });
    const layers = stringsFor('cy-GB');
    expect(format(layers, 'cy-GB', 'retry')).to.equal('Ceisio eto');
    expect(format(layers, 'cy-GB', 'optional')).to.equal('(dewisol)');
    expect(format(layers, 'cy-GB', 'errorSummaryTitle')).to.equal('There is a problem');
    // Only cy, not cy-GB, for plain Welsh.
    expect(format(stringsFor('cy'), 'cy', 'retry')).to.equal('Rhowch gynnig arall');
  });

  it('locale tags are matched without regard to case', () => {
    registerStrings('XB-gb', { retry: 'XB' });
    expect(format(stringsFor('xb-GB'), 'xb-GB', 'retry')).to.equal('XB');
    expect(format(stringsFor('XB-GB'), 'XB-GB', 'retry')).to.equal('XB');
  });

  it('registering again extends a translation rather than replacing it', () => {
    registerStrings('xc', { retry: 'XC retry' });
    registerStrings('xc', { loading: 'XC loading' });
    const layers = stringsFor('xc');
    expect(format(layers, 'xc', 'retry')).to.equal('XC retry');
    expect(format(layers, 'xc', 'loading')).to.equal('XC loading');
  });

  it('an unknown locale gets English', () => {
    expect(stringsFor('zz-ZZ')).to.deep.equal([en]);
  });

  it('components use the page language’s registered strings, with regional fallback', async () => {
    registerStrings('xd', { optional: '(xd optional)', requiredText: 'XD: {label}' });
    registerStrings('xd-GB', { optional: '(xd-GB optional)' });
    const wrapper = await mount(html`<div>
      <div lang="xd-GB"><cp-text-field id="regional" label="Name" required></cp-text-field><cp-text-field id="opt" label="Name"></cp-text-field></div>
      <div lang="xd"><cp-text-field id="plain" label="Name"></cp-text-field></div>
      <div lang="xd-GB"><cp-text-field id="own" label="Name" .strings=${{ optional: '(own)' } as Partial<Strings>}></cp-text-field></div>
    </div>`);
    await settled(wrapper);
    const field = (id: string) => wrapper.querySelector<CpTextField>(`#${id}`)!;
    expect(text(inner(field('opt'), '.optional'))).to.equal('(xd-GB optional)');
    expect(text(inner(field('plain'), '.optional'))).to.equal('(xd optional)');
    expect(text(inner(field('own'), '.optional'))).to.equal('(own)');
    expect(field('regional').validationMessage).to.equal('XD: Name');
  });
});

describe('CpElement.define', () => {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => (console.warn = warn));

  it('registers a tag once; the same version again is quiet', async () => {
    const { CpElement } = await import('../src/core/base-element.js');
    class A extends CpElement {}
    class B extends CpElement {}
    A.define('cp-test-define-a');
    B.define('cp-test-define-a');
    expect(customElements.get('cp-test-define-a')).to.equal(A);
    expect(warnings).to.deep.equal([]);
  });

  it('says in the console when another version of the kit registered the tag first', async () => {
    const { CpElement } = await import('../src/core/base-element.js');
    class Older extends CpElement {
      static override readonly version = '0.0.9';
    }
    class Newer extends CpElement {}
    Older.define('cp-test-define-b');
    Newer.define('cp-test-define-b');
    expect(customElements.get('cp-test-define-b')).to.equal(Older);
    expect(String(warnings[0]?.[0])).to.match(
      /<cp-test-define-b> is from version 0\.0\.9, not version \d+\.\d+\.\d+\. Load the kit once\./,
    );
  });
});
