// What depends on the reader, and only that: the filter by flag, the search, the page shown.
// The documents' sections come made (document.html.j2), with their flags, in the JSON block.
const DOCS = JSON.parse(document.getElementById('documents').textContent);
const box = document.getElementById('docs');
const pageSize = Number(box.dataset.pageSize);
const state = {flag: '', q: '', page: 0};
// a document's words in lower case, from its section's markup, made when first searched
const ENTITIES = {'#34': '"', '#39': "'", lt: '<', gt: '>', amp: '&'};
const lowered = new Map();
function words(d) {
  if (!lowered.has(d)) {
    const text = d.html.replace(/<\/?mark[^>]*>/g, '').replace(/<[^>]*>/g, ' ');
    lowered.set(d, text.replace(/&(#34|#39|lt|gt|amp);/g, (_, e) => ENTITIES[e]).toLowerCase());
  }
  return lowered.get(d);
}
function matches(d) {
  if (state.flag && !d.flags.includes(state.flag)) return false;
  return !state.q || words(d).includes(state.q);
}
function render() {
  const list = DOCS.filter(matches);
  const pages = Math.max(1, Math.ceil(list.length / pageSize));
  state.page = Math.min(state.page, pages - 1);
  box.innerHTML = list.slice(state.page * pageSize, (state.page + 1) * pageSize).map(d => d.html).join('');
  for (const e of box.querySelectorAll('[data-same]')) {  // a segment shown before in its document
    e.replaceWith(e.closest('details').querySelector(`[data-seg='${e.dataset.same}']`).cloneNode(true));
  }
  if (list.length <= 10) for (const d of box.children) d.open = true;
  // "4 documents", "3 of 121 documents", "1 document"; the page only where there are several (lows49:
  // "1 of 1 documents · page 1 of 1")
  const all = `${DOCS.length} document${DOCS.length === 1 ? '' : 's'}`;
  const shown = list.length === DOCS.length ? all : `${list.length} of ${all}`;
  document.getElementById('count').textContent = pages > 1 ? `${shown} · page ${state.page + 1} of ${pages}` : shown;
  document.getElementById('prev').disabled = state.page === 0;
  document.getElementById('next').disabled = state.page >= pages - 1;
}
const flag = document.getElementById('flag');
flag.addEventListener('change', () => { state.flag = flag.value; state.page = 0; render(); });
document.getElementById('search').addEventListener('input', e => {
  state.q = e.target.value.toLowerCase(); state.page = 0; render();
});
document.getElementById('prev').addEventListener('click', () => { state.page--; render(); });
document.getElementById('next').addEventListener('click', () => { state.page++; render(); });
render();
document.body.dataset.ready = '1';
