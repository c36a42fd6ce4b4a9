/** @module The stylesheet of /docs, served from the service itself. */

export const DOCS_STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.15rem; display: flex; gap: .6rem; align-items: center; margin: 0 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
code, pre, textarea { font-family: ui-monospace, monospace; font-size: .9rem; }
.operation { border: 1px solid #8886; border-radius: .5rem; padding: 1rem; margin: 1rem 0; }
.method { font-weight: 700; padding: .1rem .5rem; border-radius: .3rem; color: #fff; background: #1d4ed8; }
.method-post { background: #15803d; }
.method-delete { background: #b91c1c; }
.summary { font-weight: 600; }
.lock { font-size: .9rem; }
.api-key { display: grid; gap: .3rem; max-width: 30rem; }
.try { display: grid; gap: .4rem; }
input, textarea { width: 100%; box-sizing: border-box; padding: .4rem; }
button { justify-self: start; padding: .4rem 1rem; font-weight: 600; cursor: pointer; }
button:focus-visible, input:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
pre { overflow: auto; background: #8882; padding: .6rem; border-radius: .3rem; max-height: 30rem; }
`;
