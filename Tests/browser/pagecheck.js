// Measurements run inside the page by the browser suite (Tests/browser/test_site.py).
// Each function returns plain data; the Python side decides pass or fail.

function describe(el) {
  const id = el.id ? '#' + el.id : '';
  const cls = el.classList && el.classList.length ? '.' + Array.from(el.classList).join('.') : '';
  const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 24);
  return el.tagName.toLowerCase() + id + cls + (text ? ' "' + text + '"' : '');
}

// Shown to the reader: not display:none, not in a closed <details>, not visibility:hidden.
function rendered(el) {
  return el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true });
}

function parseColors(text) {
  const out = [];
  const re = /rgba?\(([^)]+)\)/g;
  let m;
  while ((m = re.exec(text))) {
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    out.push({ r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 });
  }
  return out;
}

function luminance(c) {
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
}

function contrast(a, b) {
  const la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function over(top, base) {
  const a = top.a;
  return { r: top.r * a + base.r * (1 - a), g: top.g * a + base.g * (1 - a), b: top.b * a + base.b * (1 - a), a: 1 };
}

// The colours an element's surroundings can show: translucent layers composited onto the
// first opaque colour or gradient found going up the tree.
function backdrops(el) {
  const layers = [];
  for (let a = el; a; a = a.parentElement) {
    const cs = getComputedStyle(a);
    const grads = cs.backgroundImage.includes('gradient') ? parseColors(cs.backgroundImage) : [];
    if (grads.length) return grads.map(g => layers.reduceRight((acc, l) => over(l, acc), g));
    const bg = parseColors(cs.backgroundColor)[0];
    if (bg && bg.a >= 1) return [layers.reduceRight((acc, l) => over(l, acc), bg)];
    if (bg && bg.a > 0) layers.push(bg);
  }
  return [layers.reduceRight((acc, l) => over(l, acc), { r: 255, g: 255, b: 255, a: 1 })];
}

function focusRecord(focused) {
  // a visually hidden checkbox shows its focus on its label
  const el = (focused.matches('input') && focused.labels && focused.labels[0]) || focused;
  const cs = getComputedStyle(el);
  const width = parseFloat(cs.outlineWidth) || 0;
  const offset = parseFloat(cs.outlineOffset) || 0;
  const visible = cs.outlineStyle !== 'none' && width >= 2;
  const r = el.getBoundingClientRect();
  const grow = width + Math.max(offset, 0);
  const ring = { l: r.left - grow, t: r.top - grow, r: r.right + grow, b: r.bottom + grow };
  let clipped = null;
  if (ring.l < -0.5 || ring.r > document.documentElement.clientWidth + 0.5 || ring.t + scrollY < -0.5) clipped = 'viewport';
  for (let a = el.parentElement; a && !clipped; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    if (a === document.body || a === document.documentElement) continue;
    const ar = a.getBoundingClientRect();
    if (ring.l < ar.left - 0.5 || ring.r > ar.right + 0.5 || ring.t < ar.top - 0.5 || ring.b > ar.bottom + 0.5) clipped = describe(a);
  }
  const color = parseColors(cs.outlineColor)[0] || { r: 0, g: 0, b: 0, a: 1 };
  const ratio = Math.min(...backdrops(el.parentElement).map(bg => contrast(color, bg)));
  return { el: describe(el), visible, width, contrast: Math.round(ratio * 100) / 100, clipped };
}

window.zf = {
  startFocusLog() {
    window.__zfFocus = [];
    document.addEventListener('focusin', e => window.__zfFocus.push(focusRecord(e.target)));
    if (document.activeElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  },
  focusLog() { return window.__zfFocus; },
  tabbableLinks() {
    return Array.from(document.querySelectorAll('a[href]')).filter(rendered).map(describe);
  },
  smallTargets(min) {
    const bad = [];
    const targets = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, label[for]');
    for (const el of targets) {
      if (!rendered(el)) continue;
      if (el.matches('input') && el.id && document.querySelector('label[for="' + el.id + '"]')) continue;
      const r = el.getBoundingClientRect();
      if (r.right <= 0 || r.bottom + scrollY <= 0) continue; // off-screen until focused (skip link)
      // WCAG 2.5.8 exception: a link inside running text of the article body
      if (el.closest('.prose') && getComputedStyle(el).display === 'inline') continue;
      if (r.width < min - 0.5 || r.height < min - 0.5) bad.push(describe(el) + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
    }
    return bad;
  },
  overflowX() { return document.documentElement.scrollWidth - document.documentElement.clientWidth; },
  masthead() {
    const head = document.querySelector('header.masthead');
    const title = document.querySelector('.brand-title');
    const range = document.createRange();
    range.selectNodeContents(title);
    const tops = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
    return { height: head.getBoundingClientRect().height, lines: tops.size, chars: title.textContent.trim().length };
  },
  menuLinks() {
    // open the phone menu if there is one, then report every nav link's box and clipping
    const menu = document.querySelector('details.nav-menu');
    if (menu && rendered(menu) && !menu.open) menu.querySelector('summary').click();
    const links = Array.from(document.querySelectorAll('header.masthead nav a[href]')).filter(rendered);
    return links.map(a => { const rec = focusRecord(a); const r = a.getBoundingClientRect(); return { href: a.getAttribute('href'), text: a.textContent.trim(), left: r.left, right: r.right, clipped: rec.clipped }; });
  },
  elderText() {
    const p = document.querySelector('main .prose p') || document.querySelector('main p');
    const cs = getComputedStyle(p);
    const fs = parseFloat(cs.fontSize);
    const lh = cs.lineHeight === 'normal' ? fs * 1.2 : parseFloat(cs.lineHeight);
    return { fontSize: fs, lineHeight: lh, marginBottom: parseFloat(cs.marginBottom) };
  },
  motion() {
    const moving = [];
    for (const el of document.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      const d = Math.max(...cs.transitionDuration.split(',').map(parseFloat), ...cs.animationDuration.split(',').map(parseFloat));
      if (d > 0 && (cs.transitionProperty !== 'none' || cs.animationName !== 'none')) moving.push(describe(el));
    }
    return moving.concat(document.getAnimations().map(a => 'animation ' + (a.animationName || a.id)));
  },
  elderActive() { return document.documentElement.classList.contains('elder') || !!document.querySelector('#elder-mode:checked'); },
  elderEntry() {
    const label = document.querySelector('label[for="elder-mode"]');
    if (!label || !rendered(label)) return null;
    const r = label.getBoundingClientRect();
    return { text: label.textContent.trim(), top: r.top + scrollY, inHeader: !!label.closest('header') };
  },
};
