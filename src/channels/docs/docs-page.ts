/** @module The HTML shell of the interactive API reference; its script and styles are served by /docs/assets/*. */

export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const DOCS_PAGE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Référence de l’API — Assistant OPCO Atlas</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/docs/assets/docs.css">
<script src="/docs/assets/docs.js" defer></script>
</head>
<body>
<header>
<h1 id="title">Référence de l’API — Assistant OPCO Atlas</h1>
<p id="description"></p>
<p>Document OpenAPI 3.1 : <a href="/openapi.json">/openapi.json</a></p>
<div class="api-key">
<label for="api-key">Clé d’API (en-tête <code>Authorization: Bearer …</code>, si le serveur en exige une)</label>
<input id="api-key" type="password" autocomplete="off" spellcheck="false">
</div>
</header>
<nav id="toc" aria-labelledby="toc-title">
<h2 id="toc-title">Sommaire</h2>
</nav>
<main>
<p id="status" role="status">Chargement du document OpenAPI…</p>
<div id="operations"></div>
</main>
<noscript><p>Cette page a besoin de JavaScript. Le document brut reste disponible sur <a href="/openapi.json">/openapi.json</a>.</p></noscript>
</body>
</html>
`;
