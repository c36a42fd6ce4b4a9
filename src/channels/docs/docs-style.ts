/** @module The stylesheet of /docs, served from the service itself. */

// why: every box that can hold a long line (paths, JSON, tables) shrinks to the page width and scrolls or wraps
// inside itself, so one response never widens the page.
export const DOCS_STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
*, *::before, *::after { box-sizing: border-box; }
body { max-width: 60rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.15rem; display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; margin: 0 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
code, pre, textarea { font-family: ui-monospace, monospace; font-size: .9rem; }
.operation { border: 1px solid #8886; border-radius: .5rem; padding: 1rem; margin: 1rem 0; min-width: 0; scroll-margin-top: 1rem; }
.method { font-weight: 700; padding: .1rem .5rem; border-radius: .3rem; color: #fff; background: #1d4ed8; font-size: .85rem; }
.method-post { background: #15803d; }
.method-delete { background: #b91c1c; }
.summary { font-weight: 600; }
.lock { font-size: .9rem; }
#toc { border: 1px solid #8886; border-radius: .5rem; padding: .5rem 1rem; }
#toc ul { list-style: none; padding-left: 0; margin: .3rem 0; }
#toc ul ul { padding-left: .5rem; }
#toc a { display: inline-flex; flex-wrap: wrap; gap: .4rem; align-items: baseline; padding: .15rem 0; }
.toc-tag { font-weight: 700; }
.toc-summary { color: inherit; opacity: .85; }
.fields { width: 100%; table-layout: fixed; border-collapse: collapse; margin: .3rem 0 .8rem; font-size: .9rem; }
.fields caption { text-align: left; font-weight: 600; padding: .2rem 0; }
.fields th, .fields td { text-align: left; vertical-align: top; padding: .3rem .4rem; border-bottom: 1px solid #8884; }
.fields th:first-child { width: 32%; }
.fields th:nth-child(2) { width: 20%; }
.required { font-size: .8rem; font-weight: 600; }
.response-fields summary { cursor: pointer; font-weight: 600; }
.api-key { display: grid; gap: .3rem; max-width: 30rem; }
.try { display: grid; grid-template-columns: minmax(0, 1fr); gap: .4rem; }
.output { min-width: 0; }
input, textarea { width: 100%; padding: .4rem; font-size: 1rem; }
button { justify-self: start; padding: .4rem 1rem; font-weight: 600; cursor: pointer; }
button:focus-visible, input:focus-visible, textarea:focus-visible, a:focus-visible, pre:focus-visible, summary:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
pre { overflow: auto; max-width: 100%; background: #8882; padding: .6rem; border-radius: .3rem; max-height: 30rem; white-space: pre; overflow-wrap: normal; }
`;
