// Building DOM safely: every string from the API becomes a text node or an attribute value set by
// name, never HTML: no module of the page parses a string as markup (tests/test_api.py checks).

/**
 * h('a', {class: 'x', href: url}, 'text', child) -> element. Attribute names come from code only;
 * `text` sets textContent; `on<event>` adds a listener; null/false attributes and children are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name === 'text') el.textContent = value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replace an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** An external link only for http(s) URLs; anything else (javascript:, data:) is shown as text. */
export function safeLink(url, label) {
  let parsed = null;
  try { parsed = url ? new URL(url) : null; } catch { parsed = null; }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    return url ? h('span', { class: 'url-text', text: label || url }) : null;
  }
  return h('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer', text: label || parsed.host });
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}
