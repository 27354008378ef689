// Word lists behind the operator-instruction analyser. Lemmas are lower case;
// inflections ("emails", "contacting", "vendors") are matched through stems().

/** Nouns that always mean someone outside the buying company. Typos tolerated. */
export const OUTSIDER_NOUNS = [
  'vendor',
  'vender',
  'builder',
  'agency',
  'consultancy',
  'consultant',
  'contractor',
  'freelancer',
  'integrator',
  'outsourcer',
  'implementer',
] as const;

/** Outsider nouns matched exactly only (a typo of these is usually another word). */
export const OUTSIDER_NOUNS_EXACT = ['provider', 'dev-shop', 'devshop', 'csm'] as const;

/** Two-word outsiders: [first, second]. */
export const OUTSIDER_PAIRS: readonly [string, string][] = [
  ['implementation', 'partner'],
  ['delivery', 'partner'],
  ['integration', 'partner'],
  ['build', 'partner'],
  ['consulting', 'partner'],
  ['technology', 'partner'],
  ['solutions', 'partner'],
  ['partner', 'agency'],
  ['third', 'party'],
  ['3rd', 'party'],
  ['dev', 'shop'],
  ['build', 'team'],
  ['original', 'team'],
  ['original', 'developer'],
  ['original', 'dev'],
  ['original', 'engineer'],
  ['original', 'author'],
  ['account', 'manager'],
  ['customer', 'success'],
  ['success', 'manager'],
  ['external', 'team'],
  ['external', 'developer'],
  ['external', 'dev'],
  ['external', 'engineer'],
  ['external', 'support'],
  ['outside', 'team'],
  ['outside', 'developer'],
  ['slack', 'connect'],
  ['shared', 'channel'],
];

/**
 * Nouns that name whoever wrote the thing unless the text says they are
 * in-house ("our in-house developer", "the platform engineer").
 */
export const BUILDERISH_NOUNS = ['developer', 'dev', 'programmer', 'coder'] as const;

/** "whoever built it", "the people who set it up": the builder by description. */
export const BUILT_VERBS = ['built', 'build', 'wrote', 'made', 'set', 'setup', 'implemented', 'configured', 'developed', 'created', 'deployed', 'delivered'] as const;
export const BUILT_LEADS = ['whoever', 'who', 'that'] as const;

/** Qualifiers that make a builder-ish noun an in-house person. */
export const INHOUSE_QUALIFIERS = ['our', 'in-house', 'inhouse', 'internal', 'platform', 'on-call', 'oncall', 'staff', 'company', 'own', 'ops', 'backend', 'data', 'it', 'infra'] as const;

/** Words that, capitalised at the end of a name, make it an organisation. */
export const ORG_SUFFIXES = [
  'automation',
  'automations',
  'labs',
  'lab',
  'solutions',
  'consulting',
  'consultants',
  'digital',
  'studio',
  'studios',
  'agency',
  'partners',
  'inc',
  'llc',
  'ltd',
  'gmbh',
  'bv',
  'technologies',
  'tech',
  'software',
  'ai',
  'group',
  'systems',
  'works',
  'dev',
  'co',
  'collective',
  'interactive',
  'media',
  'analytics',
  'ventures',
  'consultancy',
] as const;

/** After a name, these make "<Name> support" an organisation's help desk. */
export const SUPPORT_NOUNS = ['support', 'helpdesk', 'help-desk', 'desk', 'team', 'success', 'csm', 'engineers', 'engineer', 'developers'] as const;

/** Departments and roles inside the buying company. */
export const INSIDER_WORDS = [
  'ops',
  'operations',
  'operator',
  'on-call',
  'oncall',
  'admin',
  'administrator',
  'supervisor',
  'revops',
  'finance',
  'hr',
  'platform',
  'engineering',
  'sre',
  'devops',
  'security',
  'infra',
  'infrastructure',
  'reviewer',
  'analyst',
  'colleague',
  'teammate',
  'staff',
  'in-house',
  'inhouse',
  'internal',
  'we',
  'us',
  'you',
  'yourself',
  'yourselves',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'everyone',
  'lead',
  'manager',
  'owner',
  'shift',
  'dispatcher',
  'coordinator',
  'engineer',
] as const;

/** Capitalised department names ("IT support", "Finance team"). */
export const DEPARTMENTS = ['it', 'ops', 'operations', 'revops', 'finance', 'hr', 'legal', 'platform', 'engineering', 'security', 'data', 'sales', 'marketing', 'product', 'infra', 'devops', 'sre', 'procurement', 'accounting', 'compliance', 'support', 'helpdesk', 'internal'] as const;

/** Verbs that mean "get in touch with". */
export const CONTACT_VERBS = [
  'contact',
  'message',
  'email',
  'e-mail',
  'mail',
  'ping',
  'call',
  'phone',
  'ring',
  'text',
  'sms',
  'dm',
  'slack',
  'whatsapp',
  'tell',
  'inform',
  'notify',
  'ask',
  'alert',
  'escalate',
  'reach',
  'loop',
  'cc',
  'write',
  'request',
  'check',
  'speak',
  'talk',
  'page',
  'forward',
  'report',
  'consult',
  'chase',
  'nudge',
  'bug',
  'confirm',
  'coordinate',
] as const;

/** Typos tolerated for these contact verbs (six letters or more). */
export const CONTACT_VERBS_FUZZY = ['contact', 'message', 'escalate', 'whatsapp', 'request', 'forward'] as const;

/** Contact verbs that need a party right after them or "with"/"to" ("check with", "write to"). */
export const CONTACT_NEEDS_PREP: Record<string, readonly string[]> = {
  check: ['with', 'in'],
  write: ['to'],
  speak: ['to', 'with'],
  talk: ['to', 'with'],
  report: ['to'],
  forward: ['to'],
  reach: ['out', 'to'],
  loop: ['in'],
  escalate: ['to', 'it', 'this'],
  confirm: ['with'],
  coordinate: ['with'],
};

/** "open a ticket", "book a call", "shoot them an email": verb + a few words + medium. */
export const CONTACT_FRAMES: { verbs: readonly string[]; nouns: readonly string[] }[] = [
  { verbs: ['open', 'file', 'submit', 'log', 'raise', 'create', 'lodge', 'put'], nouns: ['ticket', 'case', 'request', 'issue', 'bug', 'report', 'incident'] },
  { verbs: ['book', 'schedule', 'arrange', 'set', 'get'], nouns: ['call', 'meeting', 'session', 'phone'] },
  { verbs: ['give', 'shoot', 'drop', 'send', 'fire'], nouns: ['call', 'email', 'e-mail', 'mail', 'message', 'note', 'line', 'shout', 'ring', 'ping', 'dm', 'text', 'heads-up', 'heads'] },
  { verbs: ['get'], nouns: ['touch', 'hold'] },
  { verbs: ['hit'], nouns: ['up'] },
  { verbs: ['raise'], nouns: ['with'] },
];

/** Verbs that hand the work to someone: "have the vendor …", "wait for the agency". */
export const DELEGATION_VERBS = ['have', 'get', 'let', 'wait', 'leave', 'rely', 'depend', 'need', 'require'] as const;
/** "handled by the agency", "up to the vendor", "via the builder". */
export const DELEGATION_PREPS = ['by', 'via', 'through'] as const;

/** Verbs that operate a control themselves. */
export const CONTROL_VERBS = [
  'disable',
  'enable',
  'deactivate',
  'reactivate',
  'activate',
  'toggle',
  'flip',
  'unpublish',
  'revert',
  'redeploy',
  'deploy',
  'restart',
  'reboot',
  'rerun',
  're-run',
  'replay',
  'requeue',
  're-queue',
  'retry',
  'revoke',
  'rotate',
  'uncheck',
  'untick',
  'tick',
  'click',
  'press',
  'tap',
  'scale',
  'kill',
  'stop',
  'halt',
  'suspend',
  'pause',
  'unpause',
  'resume',
  'restore',
  'set',
  'unset',
  'archive',
  'delete',
  'remove',
  'cancel',
  'unschedule',
  'unassign',
  'reassign',
  'execute',
  'mute',
  'block',
  'freeze',
  'detach',
  'uninstall',
  'rollback',
  'drain',
  'purge',
] as const;

/** Verbs that operate a control only with a particle: turn off, roll back, shut down. */
export const PHRASAL_CONTROL: Record<string, readonly string[]> = {
  turn: ['off', 'on', 'back', 'down'],
  switch: ['off', 'on', 'to', 'back', 'over'],
  shut: ['off', 'down'],
  roll: ['back'],
  spin: ['down'],
  take: ['down', 'offline'],
  comment: ['out'],
};

/** Verbs that operate a control only when a tool noun is in the same clause. */
export const TOOL_VERBS = ['use', 'open', 'go', 'navigate', 'select', 'choose', 'change', 'edit', 'update', 'follow', 'run', 'hit', 'log', 'trigger', 'launch'] as const;

/** Things an operator presses, flips or runs. */
export const TOOL_NOUNS = [
  'flag',
  'feature-flag',
  'toggle',
  'switch',
  'kill-switch',
  'button',
  'setting',
  'settings',
  'config',
  'configuration',
  'option',
  'checkbox',
  'variable',
  'env',
  'panel',
  'console',
  'dashboard',
  'admin',
  'portal',
  'page',
  'script',
  'command',
  'cli',
  'runbook',
  'playbook',
  'pipeline',
  'release',
  'deployment',
  'scenario',
  'zap',
  'cron',
  'job',
  'worker',
  'token',
  'key',
  'credential',
  'hub',
  'tools',
  'mode',
  'account',
  'docs',
  'documentation',
  'status',
  'api',
  'ui',
  'app',
  'menu',
  'tab',
  'view',
  'screen',
  'repo',
  'repository',
] as const;

/** Words that say which way a switch goes: a tool noun plus one of these is a control. */
export const STATE_WORDS = ['off', 'on', 'false', 'true', 'disabled', 'enabled', '0', 'zero', 'paused', 'inactive', 'active'] as const;

/** Command-line tools that make a clause a command. */
export const COMMANDS = ['kubectl', 'helm', 'git', 'npm', 'yarn', 'pnpm', 'terraform', 'docker', 'gcloud', 'aws', 'az', 'heroku', 'vercel', 'flyctl', 'curl', 'psql', 'systemctl', 'pm2', 'supervisorctl', 'crontab', 'ansible'] as const;

/** A subject that is a thing, not a person: "it resumes on its own". */
export const THING_SUBJECTS = ['it', 'this', 'that', 'which', 'workflow', 'agent', 'bot', 'system', 'job', 'run', 'runs', 'automation', 'queue', 'process', 'pipeline', 'model', 'script', 'integration', 'everything', 'nothing'] as const;

/** Pronouns that point back at the last person or organisation named. */
export const PRONOUNS = ['they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'who', 'whom'] as const;

/** Words skipped when looking back from a verb for its subject. */
export const SOFT_WORDS = ['just', 'simply', 'then', 'first', 'immediately', 'manually', 'quickly', 'also', 'now', 'can', 'could', 'should', 'may', 'might', 'must', 'will', 'would', 'please', 'always', 'only', 'directly', 'yourself', 'to', 'and', 'or', 'so', 'either', 'instead', 'themselves', 'easily', 'safely', 'need', 'needs', 'ever', 'emergency', 'an', 'in'] as const;

export const DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'my', 'your', 'his', 'her', 'no', 'any', 'each', 'every', 'some'] as const;
export const PREPOSITIONS = ['on', 'in', 'via', 'through', 'over', 'by', 'with', 'from', 'at', 'of', 'for', 'into', 'onto', 'per'] as const;

/** Words that cancel the outsider they precede: "no vendor involvement", "without the builder". */
export const NEGATORS = ['not', 'never', 'without', 'no', 'nor'] as const;
/** Two-word negators: "instead of", "rather than", "no need". */
export const NEGATOR_PAIRS: readonly [string, string][] = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['no', 'need'],
  ['no', 'longer'],
];
/** After an outsider: "builder not required", "vendor not needed". */
export const AFTER_NEGATORS = ['not', 'never'] as const;

/** Clause connectors that start a new clause. */
export const SPLIT_WORDS = ['or', 'otherwise', 'else', 'then', 'but', 'unless', 'if', 'once', 'when', 'whenever', 'after', 'before', 'until', 'so', 'because', 'since', 'while', 'although', 'though', 'failing'] as const;

/** Punctuation that ends a clause. */
export const HARD_PUNCT = ['.', ';', '!', '?', '(', ')', '[', ']', '{', '}', '→', '—', '–', '-', ':', '>', '>>', ','] as const;
