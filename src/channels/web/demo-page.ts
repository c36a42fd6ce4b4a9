/** @module The French product page served at `/`: what the assistant does, example questions, and how to embed it. */

export const EXAMPLE_QUESTIONS = [
  'Notre cabinet d’expertise comptable (IDCC 787) relève-t-il d’Atlas ?',
  'ESN de 6 salariés (IDCC 1486) : formation de 21 h à 2 100 € HT pour 2 salariés, organisme Qualiopi, demande déposée un mois avant. Combien ?',
  'Aide à l’embauche pour un apprenti en CAP dans une entreprise de 10 salariés ?',
  'Que faut-il fournir une fois la formation terminée ?',
  'Pourquoi une demande de prise en charge peut-elle être refusée ?',
];

/** A speech bubble in the Atlas blue, served at /favicon.svg and /favicon.ico. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b4f8a"/><path d="M8 9h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-9l-5 4v-4H8a2 2 0 0 1-2-2v-9a2 2 0 0 1 2-2z" fill="#fff"/></svg>';

export const DEMO_PAGE_STYLES = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
a{color:#0b4f8a}
header,main,footer{max-width:960px;margin:0 auto;padding:24px}
header{padding-top:48px}
.eyebrow{font-weight:600;color:#0b4f8a;text-transform:uppercase;letter-spacing:.06em;font-size:.8rem;margin:0}
h1{font-size:clamp(1.8rem,5vw,2.6rem);line-height:1.2;margin:.3em 0}
.lead{font-size:1.15rem;max-width:42em;color:#33404d}
.cta{display:inline-block;margin-top:12px;padding:12px 20px;border:0;border-radius:8px;background:#0b4f8a;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #1b1f24;outline-offset:2px}
.grid{display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(240px,1fr))}
.card{background:#fff;border:1px solid #d8dde3;border-radius:12px;padding:20px}
.card h3{margin-top:0;font-size:1.05rem}
.examples{list-style:none;padding:0;display:grid;gap:10px}
.example{width:100%;text-align:left;padding:12px 16px;border:1px solid #b8c4d0;border-radius:10px;background:#fff;color:#1b1f24;font:inherit;cursor:pointer}
.example:hover{border-color:#0b4f8a;background:#eef4fa}
pre:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
pre{background:#1b1f24;color:#f6f7f9;padding:16px;border-radius:10px;overflow-x:auto;font-size:.85rem}
footer{color:#4a5560;font-size:.9rem;padding-bottom:96px}
`;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character,
  );

/** Renders the page; `origin` is where the widget and the API are served (shown in the embed snippet). */
export function renderDemoPage(origin: string): string {
  const snippet = `<script src="${origin}/widget.js" data-api="${origin}"\n  data-title="Assistant OPCO Atlas" data-color="#0b4f8a" data-position="right" defer></script>`;
  const examples = EXAMPLE_QUESTIONS.map(
    (question) =>
      `<li><button type="button" class="example" data-atlas-question="${escapeHtml(question)}">${escapeHtml(question)}</button></li>`,
  ).join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Assistant OPCO Atlas — réponses sourcées pour les équipes RH</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<meta name="description" content="Adhésion, financements, dossiers : un assistant open source qui répond en citant ses sources et calcule les prises en charge à partir de règles datées.">
<style>${DEMO_PAGE_STYLES}</style>
</head>
<body>
<header>
<p class="eyebrow">Assistant open source pour les RH</p>
<h1>Vos questions sur OPCO Atlas, des réponses sourcées en quelques secondes</h1>
<p class="lead">Adhésion, financement de la formation, alternance, pièces du dossier : l’assistant répond en français, cite les passages qui l’appuient et calcule les prises en charge à partir de règles datées et vérifiées.</p>
<button type="button" class="cta" data-atlas-open>Poser une question</button>
</header>
<main>
<section aria-labelledby="exemples">
<h2 id="exemples">Essayez une question</h2>
<ul class="examples">
${examples}
</ul>
</section>
<section aria-labelledby="atouts">
<h2 id="atouts">Pourquoi lui faire confiance</h2>
<div class="grid">
<div class="card"><h3>Chaque réponse est sourcée</h3><p>Les extraits cités s’ouvrent sous la réponse, avec le lien vers la source officielle.</p></div>
<div class="card"><h3>Des montants calculés, jamais inventés</h3><p>Les simulations viennent d’un moteur de règles testé, avec la date et le statut de chaque règle.</p></div>
<div class="card"><h3>Vos données restent chez vous</h3><p>Numéros de sécurité sociale, IBAN, e-mails et téléphones sont masqués avant tout traitement.</p></div>
</div>
</section>
<section aria-labelledby="integrer">
<h2 id="integrer">Intégrer l’assistant à votre site</h2>
<p>Une seule balise suffit. Ajoutez l’origine de votre site à <code>ALLOWED_ORIGINS</code> sur le serveur.</p>
<pre tabindex="0"><code>${escapeHtml(snippet)}</code></pre>
</section>
</main>
<footer>
<p>Les réponses sont indicatives : seules les décisions d’OPCO Atlas font foi. Pour un cas particulier, contactez votre conseiller sur <a href="https://www.opco-atlas.fr/" rel="noopener noreferrer">opco-atlas.fr</a>.</p>
</footer>
<script src="/widget.js" data-title="Assistant OPCO Atlas" data-color="#0b4f8a" data-position="right" defer></script>
</body>
</html>
`;
}
