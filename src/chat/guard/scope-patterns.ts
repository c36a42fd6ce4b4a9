/** @module Patterns of the scope classifier, on accent-free lower-case text: attacks, abuse, off-topic and domain words. */

/** Attempts to override, extract, re-role or misuse the assistant (French and English). */
export const INJECTION_PATTERNS: readonly RegExp[] = [
  // instruction override ("j'ignore", "j'ai oublié" are not orders)
  /(?<!\b(?:j'|j'ai |ai |as |a |avons |avez |ont |on ))\b(oublie[sz]?|ignore[sz]?|ignorant|contourne[sz]?|outrepasse[sz]?|ne (tiens|tenez) (pas|plus) compte|fais abstraction|disregard|forget|override|bypass)\b[^.?!]{0,60}\b(instructions?|consignes?|regles?|directives?|prompts?|programmation|restrictions?|filtres?|rules?|guidelines?|guardrails?|policy|policies|system|systeme)\b/,
  /\b(nouvelles? (instructions?|consignes?)|new (instructions?|rules?|task)|updated instructions)\b/,
  /\btu n'(es|as) plus (un assistant|de (regles|limites|restrictions|consignes))\b/,
  // system prompt extraction
  /\b(prompts?|instructions?|consignes?) (systeme|system|cachee?s?|secrete?s?|hidden|d'origine|initiale?s?|internes?|original\w*)\b/,
  /\bsystem ?prompt\b|\bpre-?prompt\b|\bmeta-?prompt\b/,
  /\b(revele[rsz]?|affiche[rsz]?|montre[rsz]?|donne[rsz]?|repete[rsz]?|recite[rsz]?|copie[rsz]?|imprime[rsz]?|ecris|print|reveal|show|repeat|display|leak|dump|output|tell me|dis[- ]moi)\b[^.?!]{0,50}\b(ton prompt|tes instructions|tes consignes|tes regles|ta configuration|ta programmation|vos instructions|vos consignes|your prompt|your instructions|your rules|your configuration|cle api|api key|tes secrets|your secrets|ton mot de passe|your password|texte (ci-dessus|precedent)|text above|everything above|tout ce qui precede)\b/,
  /\b(quelles? (sont|etaient) (tes|vos) (instructions|consignes|regles)|what (are|were) your (instructions|rules)|how (were|are) you (programmed|instructed))\b/,
  // role play and persona change
  /\b(tu es|vous etes|you are|you're|t'es) (maintenant|desormais|a present|now|no longer)\b/,
  /\b(fais|faites|faire) semblant\b|\bpretend\b|\bact as\b|\broleplay\b|\brole-play\b|\bjeu de role\b|\bjoue(z|r)? (le role|un role|a etre)\b|\bincarne[rsz]?\b|\bimagine (que tu|you)\b/,
  /\b(dan|stan)\b[^.?!]{0,20}\b(mode|jailbreak|prompt)|\bjailbreak\w*\b|\bdo anything now\b/,
  /\bmode (developpeur|developer|dev|dieu|god|admin|debug|sans filtre|libre)\b|\b(developer|god|admin|debug) mode\b/,
  /\bsans (aucune? )?(filtres?|restrictions?|censure)\b|\bno (restrictions?|filters?|censorship)\b|\bunfiltered\b|\buncensored\b/,
  // language switch used as a lever
  /\b(a partir de maintenant|desormais|dorenavant|from now on|henceforth|for the rest of)\b[^.?!]{0,60}\b(reponds?|repondez|parle[sz]?|ecris|answer|respond|reply|speak|write|talk)\b/,
  /\b(tradui[st]|translate)\b[^.?!]{0,40}\b(tes|vos|your|ton|the)\b[^.?!]{0,20}\b(instructions?|consignes?|prompt|rules|regles)\b/,
  // tool and system abuse
  /\b(searchknowledge|checkmembership|simulatefunding|checkdossier|apprenticeshipcosts)\b/,
  /\b(appelle[rsz]?|execute[rsz]?|lance[rsz]?|utilise[rsz]?|call|invoke|run|use|trigger)\b[^.?!]{0,40}\b(outils?|tools?|fonctions?|functions?)\b[^.?!]{0,60}\b(\d{2,} fois|\d{2,} times|en boucle|in a loop|infinite|infini\w*|sans arret|all (the )?(documents|data|records)|toute la base|tous les documents|raw|brut|json)\b/,
  /\b(execute[rsz]?|run)\b[^.?!]{0,20}\b(code|commande|command|script|shell|bash|sql|requete sql)\b/,
  /\brm -rf\b|\bdrop table\b|<\s*script|\bcurl https?:|\bwget\b|\beval\(|\bsudo\b/,
  // chat-template and role spoofing
  /\[\/?inst\]|<\|im_(start|end)\|>|<\/?(system|assistant)>|#{2,}\s*(system|instruction)|\bbegin (system|prompt)\b|(^|\n)\s*(system|systeme)\s*:/,
];

/** Insults, threats and fraud requests. */
export const ABUSE_PATTERNS: readonly RegExp[] = [
  /\b(connard|connasse|salope|salaud|encule\w*|batard|pute|nique|fdp|ta gueule|ferme[- ]la|fuck\w*|bitch|asshole|motherfucker)\b/,
  /\b(tu es|t'es|vous etes|espece de|sale|you are|you're|what an?)\s+(\w+ )?(idiot|debile|cretin|abruti|imbecile|nul|stupide|stupid|dumb|useless|moron|inutile)\b|\bespece d'(idiot|abruti|imbecile)\b/,
  /\b(je vais|on va|i will|i'll|i'm going to)\b[^.?!]{0,20}\b(te |vous )?(tuer|buter|frapper|kill|hurt)\b/,
  /\b(frauder|arnaquer|escroquer|falsifier|trafiquer|truquer|gonfler|maquiller|antidater|forge|falsify|inflate|backdate)\b[^.?!]{0,40}\b(factures?|attestations?|certificats?|emargements?|feuilles?|signatures?|dossiers?|demandes?|opco|atlas|invoices?|certificates?|documents?|heures|hours|dates?|financements?|funding)\b/,
  /\b(fausses? (factures?|attestations?|signatures?|feuilles?)|faux (documents?|certificats?|emargements?|devis|justificatifs?)|fake (invoices?|certificates?|documents?|attendance))\b/,
];

/** Topics the assistant never covers, when no domain word is present. */
export const OFF_TOPIC_PATTERNS: readonly RegExp[] = [
  /\b(meteo|temps qu'il fait|pluie|neige|weather|forecast|temperature)\b/,
  /\b(recette|cuisine|cuisiner|gateau|recipe|cook|cooking)\b/,
  /\b(football|foot|rugby|tennis|match|ligue|champions league|score|sport)\b/,
  /\b(film|series?|netflix|musique|chanson|concert|movie|song|music)\b/,
  /\b(poeme|poesie|poem|blague|joke|histoire droles?|devinette|riddle|haiku)\b/,
  /\b(horoscope|astrologie|signe astro\w*|zodiac)\b/,
  /\b(bitcoin|crypto\w*|ethereum|action(s)? (tesla|apple)|stock market|trading)\b/,
  /\b(election|president de la republique|politique|parti politique|vote|voter|politics)\b/,
  /\b(capitale|capital city|capital of|population de|combien d'habitants|geographie)\b/,
  /\b(python|javascript|typescript|java|sql|html|css|regex|algorithme|code source|coder|programmer|debugger|bug dans mon code)\b/,
  /\b(vacances|voyage|billet d'avion|hotel|holiday|flight|vol pour)\b/,
  /\b(medecin|maladie|symptome|medicament|doctor|symptom|medicine)\b/,
  /\b(impots? sur le revenu|declaration de revenus|loyer|credit immobilier|mariage|divorce|income tax|rent)\b/,
  /\b(jeu video|jeux video|playstation|xbox|video game)\b/,
  /\b(voiture|moto|garage|car insurance)\b/,
  /\b(qui a gagne|who won|quelle heure est-il|what time is it|raconte[- ]moi|tell me a story)\b/,
  /\b(traduis|translate)\b(?![^.?!]{0,40}\b(instructions?|consignes?|prompt)\b)/,
];

/** Words that only this domain uses: training funding, OPCO, apprenticeship (French and English). */
export const STRONG_DOMAIN_PATTERN =
  /\b(opcos?|atlas|opca|myatlas|campusatlas|formations?|financements?|financer|finance[rs]?|prise en charge|pris en charge|alternan\w*|apprenti\w*|professionnalisation|contrats? pro|cfa|idcc|naf|ape|conventions? collectives?|qualiopi|plan de (developpement|formation)|pdc|npec|vae|bilans? de competences|pro-?a|cpf|rncp|cqp|subrogation|urssaf|siret|dsn|tutorat|maitres? d'apprentissage|aides? a l'embauche|stagiaires?|training|funding|apprentices?|apprenticeship|work-study|collective agreement)\b/;

/** Words common in the domain but also elsewhere. */
export const WEAK_DOMAIN_PATTERN =
  /\b(former|formes?|formateurs?|branches?|organismes?|prestataires?|competences?|salaries?|employeurs?|entreprises?|societes?|cabinets?|esn|ssii|rh|drh|tuteurs?|reconversion|certifications?|certifie\w*|diplomes?|dossiers?|demandes?|rembours\w*|factures?|attestations?|emargements?|devis|plafonds?|baremes?|cotisations?|contributions?|effectifs?|apprenants?|aides?|embauche|cap|bts|bac|licence|master|handicap|rqth|conseillers?|fund|employers?|employees?|company|companies|staff|payroll|accountant|trainees?|courses?|providers?|subsidy|subsidies|grant|hiring|sector|secteur|banques?|assurances?|fintech|mutuelles?|comptab\w*|numerique|ingenierie|conseil|audit|cybersecurite|paie|paiements?|modalites?|statuts?|adherent\w*|sigle|refus\w*|rejet\w*|accept\w*|justificatifs?|pieces?|documents?)\b/;

/** Money and quantity words: on their own they still mean a funding question. */
export const MONEY_PATTERN =
  /\b(combien|montant|cout\w*|prix|tarifs?|budget|payer|paye|rembourse\w*|euros?|how much|amount|cost)\b|€/;

/** Explicit requests for a person. */
export const HUMAN_REQUEST_PATTERN =
  /\b(parler|echanger|discuter|joindre|contacter|appeler|rappeler|rendez-vous|rdv|avoir|mettre en relation|passer)\b[^.?!]{0,30}\b(conseiller|conseillere|humain|quelqu'un|agent|interlocuteur|vraie? personne)\b|\b(vrai|vraie|real) (humain|personne|person|human)\b|\b(talk|speak|chat|get in touch) (to|with) (a |an )?(someone|somebody|person|human|adviser|advisor|agent)\b/;
