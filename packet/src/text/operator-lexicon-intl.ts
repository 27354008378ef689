// Word lists behind the operator-instruction analyser for Spanish, German and
// French prose. Words are lower case without accents; verbs are given as
// stems matched at the start of a word, so one entry covers the imperative,
// the infinitive and the forms people write ("desactive", "desactivar",
// "deaktivieren Sie", "désactivez"). English stays in operator-lexicon.ts.

export type IntlLanguage = 'es' | 'de' | 'fr';

export interface IntlLexicon {
  /** Nouns for a party outside the buying company (stems). */
  outsiders: readonly string[];
  /** Stems that make an outsider noun in-house when they come just before or after it. */
  inhouse: readonly string[];
  /** Verbs that reach someone: write, call, ask, tell (stems). */
  contact: readonly string[];
  /** Verbs that hand the work over and wait (stems). */
  wait: readonly string[];
  /** Verbs that work a control: disable, pause, revert, click (stems). */
  control: readonly string[];
  /** Whole words that are not the control verbs their stem suggests ("para" is not "parar"). */
  notControl: readonly string[];
  /** Phrases (words) that make the outsider the one acting: "on their side", "until they". */
  theirSide: readonly (readonly string[])[];
  /** Whole words that cancel the party after them: "without the agency". */
  negators: readonly string[];
  /** Third-person plural pronouns pointing back at the last party named. */
  they: readonly string[];
  /** Words that start a new clause. */
  splits: readonly string[];
  /** Words after which a clause only waits for someone else to act ("until", "when"). */
  waitsFor: readonly string[];
  /** Control nouns: a switch, a setting, a place in a UI, a job (stems). */
  controls: readonly string[];
  /** Operator nouns that are mere restatements: the workflow, the process (stems). */
  generic: readonly string[];
  /** "runbook", "manual", "documentation": a pointer that needs its location (stems). */
  pointers: readonly string[];
  /** Verb and preposition that together reach someone: "voir avec", "hablar con", "abklären mit". */
  contactPairs: readonly (readonly [string, string])[];
  /** Relative pronouns that open "the firm that built it". */
  relatives: readonly string[];
  /** Verbs (stems) of building or setting up, as a third party did it. */
  built: readonly string[];
  /** Verb endings that make the builder "we" ("desarrollamos", "développé par nous" is left alone). */
  weBuilt: RegExp;
  /** Words before a party that make it what is reached or owned rather than who acts ("a", "del", "mit", "du"). */
  objectPreps: readonly string[];
  /** Articles skipped when looking back from a party. */
  articles: readonly string[];
}

export const INTL: Record<IntlLanguage, IntlLexicon> = {
  es: {
    outsiders: ['proveedor', 'agencia', 'consultora', 'consultor', 'consultoria', 'integrador', 'contratista', 'implementador', 'freelance', 'desarrollador', 'desarrolladora', 'subcontrat', 'externo', 'externa'],
    inhouse: ['nuestr', 'intern', 'propi'],
    contact: ['escrib', 'contact', 'llam', 'avis', 'pedir', 'pidal', 'pidel', 'pida', 'pide', 'solicit', 'notific', 'enviar', 'envie', 'envia', 'mandar', 'mande', 'manda', 'consult', 'escal', 'comunic', 'informar', 'informe a', 'reclam', 'pregunt', 'abrir', 'abra', 'habl'],
    wait: ['esper', 'aguard', 'depend', 'dej'],
    control: ['desactiv', 'activ', 'reactiv', 'paus', 'deten', 'detien', 'parar', 'pare', 'paren', 'apag', 'revert', 'revier', 'restaur', 'despleg', 'desplieg', 'reanud', 'puls', 'presion', 'clic', 'cambi', 'pon', 'ejecut', 'deshabilit', 'habilit', 'vuelv', 'volv', 'retroced', 'revoc', 'elimin', 'borr', 'cancel', 'suspend', 'interrump', 'bloque', 'marc', 'desmarc', 'reinici', 'lanz', 'encend', 'enciend', 'quit', 'public', 'despublic'],
    notControl: ['para', 'paras', 'activo', 'activa', 'activos', 'activas', 'ponerse', 'pongase', 'ponte', 'ponganse', 'marca', 'cambios', 'cambio', 'borrador', 'borradores', 'activ', 'actividad', 'lanzamiento', 'volver'],
    theirSide: [['su', 'lado'], ['por', 'su', 'parte'], ['de', 'su', 'parte'], ['su', 'parte'], ['su', 'lado'], ['hasta', 'que', 'ellos'], ['hasta', 'que', 'ellas'], ['a', 'cargo', 'de'], ['por', 'parte', 'de']],
    negators: ['sin', 'no', 'nunca', 'ni', 'jamas'],
    they: ['ellos', 'ellas', 'les'],
    splits: ['o', 'si', 'luego', 'despues', 'entonces', 'pero', 'hasta', 'cuando', 'mientras', 'sino', 'cuanto', 'tras'],
    waitsFor: ['hasta', 'cuando', 'mientras', 'tras'],
    controls: ['interruptor', 'boton', 'ajuste', 'configuracion', 'opcion', 'casilla', 'variable', 'panel', 'consola', 'tablero', 'menu', 'pantalla', 'vista', 'pestan', 'pagina', 'regla', 'tarea', 'script', 'comando', 'flag', 'bandera', 'toggle', 'escenario', 'cron', 'programacion', 'webhook', 'token', 'clave', 'credencial', 'version', 'commit', 'rama', 'repositorio', 'despliegue', 'release', 'etiqueta', 'historial', 'filtro', 'disparador', 'trigger', 'rol', 'permiso'],
    generic: ['flujo', 'proceso', 'automatiz', 'agente', 'bot', 'sistema', 'workflow', 'todo', 'cambio', 'ello', 'esto', 'integracion', 'servicio'],
    pointers: ['runbook', 'manual', 'documentacion', 'procedimiento', 'guia', 'instruccion', 'protocolo', 'playbook', 'wiki'],
    contactPairs: [['ver', 'con'], ['verlo', 'con'], ['coordinar', 'con'], ['coordinarlo', 'con']],
    relatives: ['que', 'quien', 'quienes'],
    built: ['hizo', 'hicieron', 'hecho', 'construy', 'construido', 'desarroll', 'mont', 'implement', 'configur', 'program', 'integr', 'entreg'],
    weBuilt: /(?:amos|emos|imos)$/,
    objectPreps: ['a', 'al', 'con', 'de', 'del', 'para', 'sin', 'en', 'hacia', 'ante', 'sobre', 'entre'],
    articles: ['el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus', 'nuestro', 'nuestra'],
  },
  de: {
    outsiders: ['anbieter', 'dienstleister', 'agentur', 'berater', 'beratung', 'integrator', 'lieferant', 'hersteller', 'implementierungspartner', 'freelancer', 'auftragnehmer', 'entwickler', 'extern', 'ersteller', 'systemhaus', 'dienstleisterin', 'beraterin', 'partnerfirma', 'partneragentur'],
    inhouse: ['unser', 'intern', 'eigen', 'haus'],
    contact: ['schreib', 'kontaktier', 'ruf', 'anruf', 'meld', 'bitt', 'informier', 'benachrichtig', 'wend', 'kontakt', 'mail', 'e-mail', 'eskalier', 'schick', 'send', 'frag', 'beauftrag', 'verstandig', 'anfrag', 'eroffn', 'verbindung', 'sprech', 'rucksprach', 'aufmach'],
    wait: ['wart', 'abwart', 'verlass', 'angewiesen'],
    control: ['deaktivier', 'aktivier', 'reaktivier', 'pausier', 'stopp', 'anhalt', 'halt', 'abschalt', 'ausschalt', 'schalt', 'setz', 'klick', 'druck', 'stell', 'abstell', 'umstell', 'fuhr', 'ausfuhr', 'roll', 'zuruckroll', 'zurucksetz', 'zuruckgeh', 'wiederherstell', 'start', 'neustart', 'deploy', 'ausroll', 'widerruf', 'entfern', 'losch', 'sperr', 'beend', 'unterbrech', 'tipp', 'wahl', 'offn', 'entzieh', 'einschalt', 'veroffentlich'],
    notControl: ['halten', 'haltung', 'stelle', 'stellen', 'start', 'setzt', 'an', 'aus', 'auf', 'ansprechpartner', 'anbieter', 'ausfall', 'auftrag', 'aussage', 'anfrage', 'rolle', 'rollen'],
    theirSide: [['ihrer', 'seite'], ['seiner', 'seite'], ['ihrerseits'], ['seitens'], ['bis', 'sie'], ['durch', 'die'], ['von', 'der', 'agentur'], ['von', 'dem'], ['vom', 'anbieter'], ['vom', 'dienstleister'], ['deren', 'seite']],
    negators: ['ohne', 'nicht', 'kein', 'keine', 'keinen', 'keinem', 'nie', 'niemals'],
    they: ['sie', 'er'],
    splits: ['oder', 'wenn', 'falls', 'dann', 'danach', 'sobald', 'bis', 'aber', 'sonst', 'anschliessend', 'anschließend', 'nachdem', 'wahrend'],
    waitsFor: ['bis', 'sobald', 'nachdem', 'wenn'],
    controls: ['schalter', 'button', 'knopf', 'schaltflache', 'einstellung', 'konfiguration', 'option', 'checkbox', 'kontrollkastchen', 'variable', 'panel', 'konsole', 'dashboard', 'menu', 'ansicht', 'reiter', 'registerkarte', 'tab', 'seite', 'regel', 'job', 'skript', 'script', 'befehl', 'kommando', 'flag', 'toggle', 'szenario', 'cron', 'zeitplan', 'webhook', 'token', 'schlussel', 'zugangsdaten', 'version', 'commit', 'branch', 'repository', 'release', 'tag', 'deployment', 'verlauf', 'filter', 'trigger', 'maske', 'bildschirm', 'oberflache', 'admin', 'rolle', 'berechtigung'],
    generic: ['workflow', 'prozess', 'ablauf', 'automatisier', 'agent', 'bot', 'system', 'alles', 'es', 'integration', 'dienst', 'flow'],
    pointers: ['runbook', 'handbuch', 'dokumentation', 'anleitung', 'betriebshandbuch', 'verfahren', 'playbook', 'wiki', 'leitfaden'],
    contactPairs: [['klaren', 'mit'], ['abklaren', 'mit'], ['abstimmen', 'mit'], ['absprechen', 'mit']],
    relatives: ['die', 'der', 'das', 'welche', 'welcher'],
    built: ['gebaut', 'entwickelt', 'eingerichtet', 'programmiert', 'implementiert', 'aufgesetzt', 'erstellt', 'umgesetzt', 'geliefert', 'konfiguriert', 'integriert'],
    weBuilt: /^$/,
    objectPreps: ['an', 'mit', 'zu', 'zum', 'zur', 'fur', 'bei', 'beim', 'ohne', 'gegenuber', 'des', 'uber', 'im', 'in'],
    articles: ['die', 'der', 'den', 'dem', 'das', 'ein', 'eine', 'einen', 'einem', 'einer', 'unser', 'unsere', 'ihr', 'ihre'],
  },
  fr: {
    outsiders: ['prestataire', 'fournisseur', 'agence', 'consultant', 'cabinet', 'integrateur', 'editeur', 'sous-traitant', 'developpeur', 'freelance', 'externe', 'esn', 'ssii', 'partenaire'],
    inhouse: ['notre', 'nos', 'interne', 'maison', 'propre'],
    contact: ['ecri', 'ecriv', 'contact', 'appel', 'prevenir', 'prevenez', 'previen', 'demand', 'signal', 'inform', 'notifi', 'envoy', 'escalad', 'joindr', 'joign', 'relanc', 'sollicit', 'ouvr', 'saisi', 'mail', 'telephon', 'parl'],
    wait: ['attend', 'comptez', 'compter', 'depend', 'laiss'],
    control: ['desactiv', 'activ', 'reactiv', 'suspend', 'arret', 'coup', 'restaur', 'redeploy', 'deploy', 'repren', 'cliqu', 'appui', 'bascul', 'execut', 'lanc', 'mett', 'mettez', 'revoqu', 'supprim', 'annul', 'bloqu', 'stopp', 'retabl', 'reven', 'revien', 'decoch', 'coch', 'redemarr', 'rall', 'allum', 'eteign', 'eteindr', 'retir', 'publi', 'depubli', 'redeploi', 'deploi'],
    notControl: ['activite', 'activites', 'actif', 'active', 'actifs', 'actives', 'arrete', 'coupure', 'lancement', 'mettre', 'passe', 'annulation'],
    theirSide: [['leur', 'cote'], ['son', 'cote'], ['de', 'leur', 'part'], ['jusqu', 'ce', 'ils'], ['jusqu', 'ce', 'elles'], ['jusqu', 'a', 'ce'], ['par', 'l', 'agence'], ['par', 'le', 'prestataire'], ['par', 'le', 'fournisseur'], ['a', 'la', 'charge', 'du'], ['a', 'la', 'charge', 'de']],
    negators: ['sans', 'ne', 'pas', 'jamais', 'aucun', 'aucune', 'ni'],
    they: ['ils', 'elles', 'leur', 'eux', 'elle', 'il', 'lui'],
    splits: ['ou', 'si', 'puis', 'ensuite', 'sinon', 'quand', 'des', 'lorsque', 'mais', 'jusqu', 'apres', 'avant', 'une'],
    waitsFor: ['jusqu', 'quand', 'lorsque', 'apres'],
    controls: ['interrupteur', 'bouton', 'parametre', 'reglage', 'configuration', 'option', 'case', 'variable', 'panneau', 'console', 'tableau', 'menu', 'ecran', 'vue', 'onglet', 'page', 'regle', 'tache', 'script', 'commande', 'flag', 'drapeau', 'toggle', 'scenario', 'cron', 'planification', 'webhook', 'jeton', 'token', 'cle', 'identifiant', 'version', 'commit', 'branche', 'depot', 'release', 'tag', 'deploiement', 'historique', 'filtre', 'declencheur', 'trigger', 'admin', 'role', 'droits', 'permission'],
    generic: ['workflow', 'flux', 'processus', 'automatisation', 'agent', 'bot', 'systeme', 'tout', 'integration', 'service', 'traitement'],
    pointers: ['runbook', 'manuel', 'documentation', 'procedure', 'guide', 'mode', 'playbook', 'wiki', 'consigne'],
    contactPairs: [['voir', 'avec'], ['caler', 'avec'], ['coordonner', 'avec'], ['verifier', 'avec']],
    relatives: ['qui'],
    built: ['developpe', 'construit', 'mis', 'monte', 'configure', 'cree', 'realise', 'implemente', 'integre', 'livre', 'fait'],
    weBuilt: /^$/,
    objectPreps: ['a', 'au', 'aux', 'avec', 'de', 'du', 'des', 'pour', 'sans', 'chez', 'aupres', 'dans', 'sur', 'en', 'vers'],
    articles: ['le', 'la', 'les', 'l', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos'],
  },
};

/** French elisions and German/Spanish contractions split off before matching: "l'agence", "jusqu'à". */
export const ELISION = /^(l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]/;

/** Lower case without accents. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * German written without umlauts ("zurueck", "Schaltflaeche", "loeschen")
 * meets the lexicon's folded forms. Only for German: "ue" is plain in
 * French and Spanish ("bleue", "fue").
 */
export function foldGerman(word: string): string {
  return fold(word).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

/** Whether `word` starts with one of `stems` (the stem at least as long as the word allows). */
export function startsWithAny(word: string, stems: readonly string[]): boolean {
  for (const s of stems) if (word.startsWith(s) && (s.length >= 3 || word === s)) return true;
  return false;
}
