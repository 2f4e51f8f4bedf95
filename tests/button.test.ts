import { fixtureSync, html, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from './helpers/axe.js';
import { inner, settled } from './helpers/dom.js';
import '../src/components/button/index.js';
import type { CpButton } from '../src/components/button/index.js';

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

// ---- Colour helpers: any CSS colour → sRGB bytes → WCAG contrast ----

/** Paints a CSS colour (rgb(), color(srgb …), color(xyz-d65 …), …) on a 1×1 canvas and reads back sRGB bytes. */
function toRgb(color: string): [number, number, number] {
  const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
  const ctx = canvas.getContext('2d', { willReadFrequently: true, colorSpace: 'srgb' })!;
  const sentinel = '#010203';
  ctx.fillStyle = sentinel;
  ctx.fillStyle = color;
  if (ctx.fillStyle === sentinel && !/^(#010203|rgb\(1, 2, 3\))$/.test(color)) {
    throw new Error(`The canvas could not read the colour ${color}`);
  }
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  if (a !== 255) throw new Error(`${color} is not opaque (alpha ${a})`);
  return [r!, g!, b!];
}

const luminance = ([r, g, b]: number[]) => {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
};

const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The text and background colours of the inner <button>, as sRGB bytes. */
function colours(el: CpButton) {
  const style = getComputedStyle(inner(el, 'button'));
  return { text: toRgb(style.color), background: toRgb(style.backgroundColor), raw: style.color };
}

const inForm = async (type?: string) => {
  const form = await mount<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
    <input name="name" value="Ada" aria-label="Name" />
    <cp-button type=${type ?? 'submit'}>Send feedback</cp-button>
  </form>`);
  const button = form.querySelector('cp-button')!;
  await settled(form);
  return { form, button, input: form.querySelector('input')! };
};

/** Counts submit and reset events on a form, and the submitter of the last submit. */
function watchForm(form: HTMLFormElement) {
  const seen = { submit: 0, reset: 0 };
  form.addEventListener('submit', () => seen.submit++);
  form.addEventListener('reset', () => seen.reset++);
  return seen;
}

describe('cp-button', () => {
  describe('rendering', () => {
    it('renders a native button with the slotted text as its name', async () => {
      const el = await mount<CpButton>(html`<cp-button>Send feedback</cp-button>`);
      const button = inner<HTMLButtonElement>(el, 'button');
      expect(button.getAttribute('part')).to.equal('button');
      // type="button" inside the shadow root: the host decides what happens, not a nested form.
      expect(button.type).to.equal('button');
      const slot = inner<HTMLSlotElement>(el, 'slot');
      expect(
        slot
          .assignedNodes()
          .map((n) => n.textContent)
          .join(''),
      ).to.equal('Send feedback');
      expect(el.type).to.equal('submit');
      expect(el.variant).to.equal('primary');
      expect(el.getAttribute('type')).to.equal('submit');
      expect(el.getAttribute('variant')).to.equal('primary');
    });

    it('reflects type and variant to attributes', async () => {
      const el = await mount<CpButton>(html`<cp-button>Go</cp-button>`);
      el.type = 'reset';
      el.variant = 'warning';
      await el.updateComplete;
      expect(el.getAttribute('type')).to.equal('reset');
      expect(el.getAttribute('variant')).to.equal('warning');
    });

    it('has no disabled state: the inner button can never be disabled', async () => {
      const el = await mount<CpButton>(html`<cp-button>Send</cp-button>`);
      expect('disabled' in el).to.equal(false);
      expect(inner<HTMLButtonElement>(el, 'button').disabled).to.equal(false);
      expect(inner(el, 'button').hasAttribute('aria-disabled')).to.equal(false);
    });

    it('delegates focus to the inner button', async () => {
      const el = await mount<CpButton>(html`<cp-button>Send</cp-button>`);
      el.focus();
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(inner(el, 'button'));
    });
  });

  describe('in a form', () => {
    it('is associated with its form', async () => {
      const { form, button } = await inForm();
      expect(button.form).to.equal(form);
    });

    it('has no form when outside one, and a click does nothing', async () => {
      const el = await mount<CpButton>(html`<cp-button>Send</cp-button>`);
      expect(el.form).to.equal(null);
      inner(el, 'button').click(); // must not throw
      expect(el.form).to.equal(null);
    });

    it('submits the form by default (type submit), with validation', async () => {
      const { form, button } = await inForm();
      const seen = watchForm(form);
      let data: FormData | undefined;
      form.addEventListener('submit', () => (data = new FormData(form)));
      inner(button, 'button').click();
      expect(seen).to.deep.equal({ submit: 1, reset: 0 });
      expect(data!.get('name')).to.equal('Ada');
    });

    it('uses requestSubmit, so an invalid form is not submitted', async () => {
      const form = await mount<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
        <input name="name" required @invalid=${(e: Event) => e.preventDefault()} />
        <cp-button>Send</cp-button>
      </form>`);
      await settled(form);
      const seen = watchForm(form);
      let invalid = 0;
      form.querySelector('input')!.addEventListener('invalid', () => invalid++);
      inner(form.querySelector('cp-button')!, 'button').click();
      expect(invalid).to.equal(1);
      expect(seen.submit).to.equal(0);
    });

    it('type reset resets the form and does not submit', async () => {
      const { form, button, input } = await inForm('reset');
      const seen = watchForm(form);
      input.value = 'Changed';
      inner(button, 'button').click();
      expect(input.value).to.equal('Ada');
      expect(seen).to.deep.equal({ submit: 0, reset: 1 });
    });

    it('type button neither submits nor resets, but still fires click', async () => {
      const { form, button, input } = await inForm('button');
      const seen = watchForm(form);
      let clicks = 0;
      button.addEventListener('click', () => clicks++);
      input.value = 'Changed';
      inner(button, 'button').click();
      expect(clicks).to.equal(1);
      expect(input.value).to.equal('Changed');
      expect(seen).to.deep.equal({ submit: 0, reset: 0 });
    });

    it('follows a change of type at run time', async () => {
      const { form, button } = await inForm('button');
      const seen = watchForm(form);
      inner(button, 'button').click();
      expect(seen.submit).to.equal(0);
      button.type = 'submit';
      await button.updateComplete;
      inner(button, 'button').click();
      expect(seen.submit).to.equal(1);
    });
  });

  describe('keyboard', () => {
    it('Enter on the focused button submits the form', async () => {
      const { form, button } = await inForm();
      const seen = watchForm(form);
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(seen.submit).to.equal(1);
    });

    it('Space on the focused button submits the form', async () => {
      const { form, button } = await inForm();
      const seen = watchForm(form);
      button.focus();
      await sendKeys({ press: 'Space' });
      expect(seen.submit).to.equal(1);
    });

    it('Enter on a reset button resets the form', async () => {
      const { form, button, input } = await inForm('reset');
      const seen = watchForm(form);
      input.value = 'Changed';
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(input.value).to.equal('Ada');
      expect(seen).to.deep.equal({ submit: 0, reset: 1 });
    });

    it('is reached with Tab after the input before it', async () => {
      const { button, input } = await inForm();
      input.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(button);
      expect(button.shadowRoot!.activeElement).to.equal(inner(button, 'button'));
    });
  });

  describe('colours', () => {
    const brands = ['#ffcc00', '#6b2c91', '#00857c', '#e4007c', '#777777', '#a4d65e', '#000000', '#ffffff', '#1d70b8'];

    it('can read colours in every form getComputedStyle returns', () => {
      // The helper itself must be right, or the contrast test proves nothing.
      expect(toRgb('rgb(255, 204, 0)')).to.deep.equal([255, 204, 0]);
      expect(toRgb('color(srgb 1 0.8 0)')).to.deep.equal([255, 204, 0]);
      const white = toRgb('color(xyz-d65 0.9505 1 1.089)');
      white.forEach((c) => expect(c).to.be.within(253, 255));
      expect(toRgb('color(xyz-d65 0 0 0)')).to.deep.equal([0, 0, 0]);
      expect(contrast([0, 0, 0], [255, 255, 255])).to.be.closeTo(21, 0.001);
      expect(contrast([119, 119, 119], [255, 255, 255])).to.be.closeTo(4.48, 0.01);
    });

    /** Hue in degrees, or undefined for a grey. */
    const hue = ([r, g, b]: number[]) => {
      const [max, min] = [Math.max(r!, g!, b!), Math.min(r!, g!, b!)];
      if (max - min < 8) return undefined;
      const d = max - min;
      const h = max === r ? ((g! - b!) / d) % 6 : max === g ? (b! - r!) / d + 2 : (r! - g!) / d + 4;
      return (h * 60 + 360) % 360;
    };

    for (const brand of brands) {
      it(`primary text on a brand colour of ${brand} reaches 7:1, the brand kept or only lightened or darkened`, async () => {
        const wrapper = await mount(html`<div style="--cp-color-brand: ${brand}">
          <cp-button>Send feedback</cp-button>
        </div>`);
        const el = wrapper.querySelector('cp-button')!;
        const { text, background, raw } = colours(el);
        const set = toRgb(brand);
        // Black or white reaches 7:1 on the brand itself: the brand is used exactly as set.
        if (Math.max(contrast([0, 0, 0], set), contrast([255, 255, 255], set)) >= 7)
          expect(background, 'background is the brand colour').to.deep.equal(set);
        else if (hue(set) !== undefined)
          expect(Math.abs(hue(background)! - hue(set)!), 'much the same hue').to.be.below(20);
        const ratio = contrast(text, background);
        expect(ratio, `${raw} on ${brand} is ${ratio.toFixed(2)}:1`).to.be.at.least(7);
        // And it is the better of black and white.
        const best = Math.max(contrast([0, 0, 0], background), contrast([255, 255, 255], background));
        expect(ratio).to.be.closeTo(best, 0.05);
      });
    }

    it('uses the default brand colour when the page sets none, with readable text', async () => {
      const el = await mount<CpButton>(html`<cp-button>Send</cp-button>`);
      const { text, background } = colours(el);
      expect(background).to.deep.equal([0x16, 0x55, 0x90]);
      expect(contrast(text, background)).to.be.at.least(7);
    });

    it('follows a brand colour set on the root element', async () => {
      document.documentElement.style.setProperty('--cp-color-brand', '#ffcc00');
      try {
        const el = await mount<CpButton>(html`<cp-button>Send</cp-button>`);
        const { text, background } = colours(el);
        expect(background).to.deep.equal([255, 204, 0]);
        expect(contrast(text, background)).to.be.at.least(4.5);
      } finally {
        document.documentElement.style.removeProperty('--cp-color-brand');
      }
    });

    it('recomputes the text colour when the brand colour changes', async () => {
      const wrapper = await mount<HTMLDivElement>(html`<div style="--cp-color-brand: #ffcc00">
        <cp-button>Send</cp-button>
      </div>`);
      const el = wrapper.querySelector('cp-button')!;
      const onYellow = colours(el).text;
      wrapper.style.setProperty('--cp-color-brand', '#6b2c91');
      const onPurple = colours(el);
      expect(onYellow).to.not.deep.equal(onPurple.text);
      expect(contrast(onPurple.text, onPurple.background)).to.be.at.least(4.5);
    });

    it('--cp-color-brand-text overrides the computed text colour', async () => {
      const wrapper = await mount(html`<div style="--cp-color-brand: #ffcc00; --cp-color-brand-text: #123456">
        <cp-button>Send</cp-button>
      </div>`);
      const { text, background } = colours(wrapper.querySelector('cp-button')!);
      expect(text).to.deep.equal([0x12, 0x34, 0x56]);
      expect(background).to.deep.equal([255, 204, 0]);
    });

    it('secondary and warning variants use their own colours with readable text', async () => {
      const wrapper = await mount(html`<div style="--cp-color-brand: #ffcc00">
        <cp-button variant="secondary">Back</cp-button>
        <cp-button variant="warning">Delete</cp-button>
      </div>`);
      const [secondary, warning] = [...wrapper.querySelectorAll('cp-button')].map(colours);
      expect(secondary!.background).to.deep.equal([0xe5, 0xe6, 0xe7]);
      expect(secondary!.text).to.deep.equal([0x0b, 0x0c, 0x0c]);
      expect(warning!.background).to.deep.equal([0x94, 0x25, 0x14]);
      expect(warning!.text).to.deep.equal([255, 255, 255]);
      for (const { text, background } of [secondary!, warning!]) expect(contrast(text, background)).to.be.at.least(7);
    });

    it('keeps readable text in the dark and high-contrast themes', async () => {
      const wrapper = await mount(html`<div>
        <cp-button theme="dark">Send</cp-button>
        <cp-button theme="high-contrast">Send</cp-button>
      </div>`);
      const [dark, hc] = [...wrapper.querySelectorAll('cp-button')].map(colours);
      expect(dark!.background).to.deep.equal([0x7f, 0xb8, 0xee]);
      expect(hc!.background).to.deep.equal([255, 255, 0]);
      for (const { text, background } of [dark!, hc!]) expect(contrast(text, background)).to.be.at.least(7);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations in each variant, inside a form', async () => {
      const form = await mount(html`<form @submit=${(e: Event) => e.preventDefault()}>
        <cp-button>Send feedback</cp-button>
        <cp-button variant="secondary" type="reset">Start again</cp-button>
        <cp-button variant="warning" type="button">Delete my answers</cp-button>
      </form>`);
      await settled(form);
      await expectNoAxeViolations(form);
    });

    for (const brand of ['#ffcc00', '#6b2c91', '#777777', '#ffffff']) {
      it(`has no axe violations on a brand colour of ${brand}`, async () => {
        const wrapper = await mount(html`<div style="--cp-color-brand: ${brand}"><cp-button>Send</cp-button></div>`);
        await expectNoAxeViolations(wrapper);
      });
    }

    it('has no axe violations when focused', async () => {
      const { form, button } = await inForm();
      button.focus();
      await expectNoAxeViolations(form);
    });
  });
});
