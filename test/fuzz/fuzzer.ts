// The protocol fuzzer: random edits (typing, deletions, pastes of other
// packets, hostile snippets) on open packets, interleaved with every request
// the server announces, some of them cancelled at once. `step()` does one
// action; a broken invariant throws a FuzzFailure that names the seed, the
// step and the last actions, so the run can be replayed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishDiagnosticsParams, ServerCapabilities } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULE_IDS } from '../../packet/src';
import { answerProblems, lineLengths, rangeProblem } from './invariants';
import { CancellationTokenSource, ResponseError, type LspClient } from './lsp-client';
import type { Prng } from './prng';

/** A request that has no answer after this long has hung. */
const ANSWER_GUARD_MS = 20_000;
/** Past this size a document is replaced by a fresh packet, so a long run stays fast. */
const MAX_DOC_CHARS = 120_000;
const MAX_IN_FLIGHT = 6;
/** Errors that count as an answer: cancellation, content modified, not supported, a refused request. */
const ACCEPTED_ERRORS = new Set([-32800, -32801, -32601, -32602, -32600, -32803]);

export class FuzzFailure extends Error {}

export interface FuzzInput {
  /** Packets to open and to paste from (the valid examples). */
  packets: readonly string[];
  /** Hostile pieces to paste. */
  snippets: readonly string[];
  /**
   * Let edits leave a carriage return alone. VS Code never sends one (it
   * normalises line endings), other LSP clients may; LSP counts it as a line
   * break.
   */
  loneCr?: boolean;
}

interface Doc {
  uri: string;
  open: boolean;
  version: number;
  /** The same text model the server keeps, so positions convert the same way on both sides. */
  model: TextDocument;
  text: string;
  /** Text by version, for checking answers against the versions in flight. */
  history: Map<number, string>;
  lastPublished: number;
  lastDiagnostics: unknown[];
}

interface Method {
  method: string;
  enabled: (c: ServerCapabilities) => boolean;
  params: (f: Fuzzer, doc: Doc) => unknown;
}

const CHARS = 'abcdefghijklmnopqrstuvwxyz  ABC0123456789:-_#\'"[]{},.&*!|>?%@`\\\n\n\n\t\r\u00e9\u20ac\ud83d\ude00\u0000\ufeff\ud800';

export class Fuzzer {
  readonly docs: Doc[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly log: string[] = [];
  private readonly failures: string[] = [];
  private stepNo = 0;
  readonly stats = { steps: 0, edits: 0, requests: 0, answered: 0, cancelled: 0, errors: new Map<number, number>(), unsupported: 0 };
  readonly methods: Method[];

  constructor(
    readonly client: LspClient,
    readonly rng: Prng,
    readonly input: FuzzInput,
  ) {
    client.onDiagnostics((p) => this.onDiagnostics(p));
    client.onExit(() => {
      if (client.crashed) this.fail(`the server process exited: ${JSON.stringify(client.exited)}\n--- stderr ---\n${client.stderr}`);
    });
    this.methods = METHODS.filter((m) => m.enabled(client.capabilities));
  }

  /** Opens one document per packet (at most three) plus an empty one. */
  openAll(): void {
    const texts = [...this.input.packets.slice(0, 3), ''];
    texts.forEach((text, i) => {
      const uri = `file:///fuzz/doc-${i}/handoff.yaml`;
      const doc: Doc = { uri, open: false, version: 0, model: TextDocument.create(uri, 'handoff', 0, text), text, history: new Map(), lastPublished: -1, lastDiagnostics: [] };
      this.docs.push(doc);
      this.open(doc, text);
    });
  }

  /** One random action. Throws a FuzzFailure when an invariant broke. */
  async step(): Promise<void> {
    this.stepNo++;
    this.stats.steps++;
    const doc = this.rng.pick(this.docs);
    const action = this.rng.weighted<() => void>([
      [30, () => this.edit(doc)],
      [35, () => this.request(doc)],
      [4, () => this.burst(doc)],
      [2, () => this.reopen(doc)],
      [1, () => this.configure()],
    ]);
    action();
    while (this.inFlight.size > MAX_IN_FLIGHT) await Promise.race(this.inFlight);
    // Let the server's answers and notifications in between steps.
    await new Promise((r) => setImmediate(r));
    this.throwIfFailed();
  }

  /** Waits for every request in flight and for diagnostics of every open document's latest version. */
  async settle(): Promise<void> {
    await Promise.all([...this.inFlight]);
    for (const doc of this.docs.filter((d) => d.open)) {
      if (doc.lastPublished === doc.version) continue;
      try {
        await this.client.guard(
          this.client.waitForDiagnostics(doc.uri, (p) => p.version === doc.version, this.client.waitBound ?? ANSWER_GUARD_MS),
          ANSWER_GUARD_MS,
          `diagnostics for ${doc.uri} v${doc.version}`,
        );
      } catch (err) {
        this.fail(`diagnostics for ${doc.uri} version ${doc.version} (the latest) never came: ${(err as Error).message}`);
      }
    }
    this.throwIfFailed();
  }

  // ---- edits ---------------------------------------------------------------

  private edit(doc: Doc): void {
    if (!doc.open) return this.reopen(doc);
    this.stats.edits++;
    if (doc.text.length > MAX_DOC_CHARS || this.rng.chance(0.03)) return this.replaceAll(doc, this.rng.pick(this.input.packets));
    // Positions cannot point between \r and \n, so edits never split a CRLF: the text model maps such offsets to the line's end.
    const start = this.rng.int(doc.text.length + 1);
    const end = this.rng.chance(0.4) ? Math.min(doc.text.length, start + this.rng.weighted([[6, this.rng.int(4)], [3, this.rng.int(40)], [1, this.rng.int(2000)]])) : start;
    const insert = this.rng.chance(0.3) && end > start ? '' : this.snippet();
    this.change(doc, start, end, insert);
  }

  private snippet(): string {
    return this.rng.weighted<() => string>([
      [5, () => this.typed()],
      [3, () => this.rng.pick(this.input.snippets)],
      [3, () => this.slice(this.rng.pick(this.input.packets))],
      [1, () => this.rng.pick(this.input.packets)],
    ])();
  }

  /** A few characters, as typing produces, hostile ones included. */
  private typed(): string {
    let s = '';
    for (let n = this.rng.between(1, 6); n > 0; n--) s += this.rng.pick([...CHARS]);
    return s;
  }

  private slice(text: string): string {
    const start = this.rng.int(text.length);
    return text.slice(start, start + this.rng.between(1, 400));
  }

  private change(doc: Doc, start: number, end: number, text: string): void {
    const insert = this.input.loneCr ? text : text.replace(/\r(?!\n)/g, '\r\n');
    const range = { start: doc.model.positionAt(start), end: doc.model.positionAt(end) };
    this.commit(doc, [{ range, text: insert }], `edit ${JSON.stringify(range)} ${JSON.stringify(insert.slice(0, 60))}${insert.length > 60 ? `…(${insert.length})` : ''}`);
  }

  private replaceAll(doc: Doc, text: string): void {
    this.commit(doc, [{ text }], `replace all (${text.length} chars)`);
  }

  /** Applies the change the way the server's text model does, and sends it. */
  private commit(doc: Doc, contentChanges: Parameters<typeof TextDocument.update>[1], what: string): void {
    doc.version++;
    doc.model = TextDocument.update(doc.model, contentChanges, doc.version);
    const text = doc.model.getText();
    doc.text = text;
    doc.history.set(doc.version, text);
    this.prune(doc);
    this.note(`${doc.uri} v${doc.version}: ${what}`);
    this.client.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges });
  }

  private open(doc: Doc, text: string): void {
    doc.version++;
    doc.model = TextDocument.create(doc.uri, 'handoff', doc.version, text);
    doc.text = text;
    doc.open = true;
    doc.history.set(doc.version, text);
    this.note(`${doc.uri} v${doc.version}: open`);
    this.client.notify('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: 'handoff', version: doc.version, text } });
  }

  /** Closes the document, or opens it again (with a higher version, as editors do). */
  private reopen(doc: Doc): void {
    if (doc.open) {
      doc.open = false;
      doc.lastDiagnostics = [];
      this.note(`${doc.uri}: close`);
      this.client.notify('textDocument/didClose', { textDocument: { uri: doc.uri } });
    } else this.open(doc, this.rng.chance(0.5) ? doc.text : this.rng.pick(this.input.packets));
  }

  private configure(): void {
    this.note('didChangeConfiguration');
    this.client.notify('workspace/didChangeConfiguration', { settings: null });
  }

  /** Keep only the versions an answer might still refer to. */
  private prune(doc: Doc): void {
    for (const v of doc.history.keys()) if (v < doc.version - 200 && v !== doc.lastPublished) doc.history.delete(v);
  }

  // ---- requests ------------------------------------------------------------

  /** Several requests at once, then an edit while they are in flight. */
  private burst(doc: Doc): void {
    for (let n = this.rng.between(2, 5); n > 0; n--) this.request(doc);
    this.edit(doc);
  }

  private request(doc: Doc): void {
    if (!doc.open || this.methods.length === 0) return this.edit(doc);
    const m = this.rng.pick(this.methods);
    const params = m.params(this, doc);
    const cancel = this.rng.chance(0.2) ? new CancellationTokenSource() : undefined;
    const sentAt = new Map(this.docs.map((d) => [d.uri, d.version]));
    const label = `#${this.stepNo} ${m.method} ${JSON.stringify((params as { position?: unknown }).position ?? '')} on ${doc.uri} v${doc.version}${cancel ? ' (cancelled)' : ''}`;
    this.note(label);
    this.stats.requests++;
    const p = this.client.guard(this.client.request<unknown>(m.method, params, cancel), ANSWER_GUARD_MS, label)
      .then((answer) => {
        this.stats.answered++;
        const versionsOf = (uri: string) => this.versionsBetween(uri, sentAt.get(uri));
        const problems = answerProblems(answer, doc.uri, versionsOf);
        if (problems.length) this.fail(`${label}: ${problems[0]}${this.dump(doc.history.get(sentAt.get(doc.uri) ?? doc.version) ?? doc.text)}`);
        for (const problem of problems.slice(1)) this.fail(`${label}: ${problem}`);
      })
      .catch((err: unknown) => {
        if (err instanceof ResponseError) {
          this.stats.errors.set(err.code, (this.stats.errors.get(err.code) ?? 0) + 1);
          if (err.code === -32800) this.stats.cancelled++;
          if (err.code === -32601) this.stats.unsupported++;
          if (!ACCEPTED_ERRORS.has(err.code)) this.fail(`${label}: error ${err.code} ${err.message}`);
        } else this.fail(`${label}: ${(err as Error).message}`);
      });
    if (cancel) {
      // At once, or after the server had a moment to start on it.
      if (this.rng.chance(0.5)) cancel.cancel();
      else setImmediate(() => cancel.cancel());
    }
    const tracked = p.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  position(doc: Doc): { line: number; character: number } {
    const offset = this.rng.chance(0.05) ? doc.text.length : this.rng.int(doc.text.length + 1);
    return doc.model.positionAt(offset);
  }

  range(doc: Doc): { start: { line: number; character: number }; end: { line: number; character: number } } {
    const a = this.rng.int(doc.text.length + 1);
    const b = Math.min(doc.text.length, a + this.rng.int(200));
    return { start: doc.model.positionAt(a), end: doc.model.positionAt(b) };
  }

  /** What VS Code would send as a code action's context: the markers of the version on screen. */
  lastDiagnostics(doc: Doc): unknown[] {
    return doc.lastPublished === doc.version ? doc.lastDiagnostics : [];
  }

  /** What Show Change Impact compares with: another packet, an earlier version, a hostile snippet or nothing. */
  baseText(doc: Doc): string {
    const earlier = [...doc.history.values()];
    return this.rng.weighted<() => string>([
      [3, () => this.rng.pick(this.input.packets)],
      [3, () => (earlier.length ? this.rng.pick(earlier) : doc.text)],
      [2, () => this.rng.pick(this.input.snippets)],
      [1, () => ''],
    ])();
  }

  newName(): string {
    return this.rng.pick(['renamed-id', 'x', 'constructor', '__proto__', 'a b', '', 'ü', '\ud800', 'ops-lead', 'x'.repeat(300)]);
  }

  private versionsBetween(uri: string, from: number | undefined): string[] {
    const doc = this.docs.find((d) => d.uri === uri);
    if (!doc || from === undefined) return [];
    const out: string[] = [];
    for (let v = from; v <= doc.version; v++) {
      const t = doc.history.get(v);
      if (t !== undefined) out.push(t);
    }
    return out;
  }

  // ---- diagnostics ---------------------------------------------------------

  private onDiagnostics(p: PublishDiagnosticsParams): void {
    const doc = this.docs.find((d) => d.uri === p.uri);
    if (!doc) return this.fail(`diagnostics for a document never opened: ${p.uri}`);
    if (p.version === undefined || p.version === null) {
      // Only the clearing on close may come without a version.
      if (p.diagnostics.length > 0) this.fail(`diagnostics for ${p.uri} without a version`);
      doc.lastDiagnostics = [];
      return;
    }
    if (p.version > doc.version) return this.fail(`diagnostics for ${p.uri} version ${p.version}, which the client never sent (latest ${doc.version})`);
    if (p.version < doc.lastPublished) return this.fail(`diagnostics for ${p.uri} went back from version ${doc.lastPublished} to ${p.version}`);
    const text = doc.history.get(p.version);
    if (text === undefined) return this.fail(`diagnostics for ${p.uri} version ${p.version}, a version the client has long moved past`);
    doc.lastPublished = p.version;
    doc.lastDiagnostics = p.diagnostics;
    const lines = lineLengths(text);
    for (const d of p.diagnostics) {
      const why = rangeProblem(lines, d.range);
      if (why) this.fail(`diagnostic "${d.message.slice(0, 80)}" on ${p.uri} v${p.version}: ${why}${this.dump(text)}`);
      if (typeof d.code !== 'string' || !RULE_IDS.has(d.code)) this.fail(`diagnostic with an unknown rule id ${JSON.stringify(d.code)}`);
    }
  }

  // ---- bookkeeping ---------------------------------------------------------

  /** With FUZZ_DUMP_DIR set, writes a text a failure is about, to replay it by hand. */
  private dump(text: string): string {
    const dir = process.env.FUZZ_DUMP_DIR;
    if (!dir) return '';
    const file = join(dir, `fuzz-${this.rng.seed}-${this.stepNo}-${this.failures.length}.yaml`);
    writeFileSync(file, text);
    return ` (text in ${file})`;
  }

  private note(line: string): void {
    this.log.push(line);
    if (this.log.length > 25) this.log.shift();
  }

  private fail(message: string): void {
    this.failures.push(message);
  }

  private throwIfFailed(): void {
    if (this.failures.length === 0) return;
    const [first, ...rest] = this.failures;
    throw new FuzzFailure(
      `seed ${this.rng.seed}, step ${this.stepNo}: ${first}${rest.length ? `\n(+${rest.length} more: ${rest.slice(0, 3).join(' | ')})` : ''}\n--- last actions ---\n${this.log.join('\n')}`,
    );
  }
}

const td = (doc: Doc) => ({ uri: doc.uri });

/** Every request the fuzzer knows, enabled by the server's announced capabilities. */
const METHODS: Method[] = [
  { method: 'textDocument/completion', enabled: (c) => !!c.completionProvider, params: (f, d) => ({ textDocument: td(d), position: f.position(d), context: { triggerKind: 1 } }) },
  { method: 'textDocument/hover', enabled: (c) => !!c.hoverProvider, params: (f, d) => ({ textDocument: td(d), position: f.position(d) }) },
  { method: 'textDocument/definition', enabled: (c) => !!c.definitionProvider, params: (f, d) => ({ textDocument: td(d), position: f.position(d) }) },
  { method: 'textDocument/references', enabled: (c) => !!c.referencesProvider, params: (f, d) => ({ textDocument: td(d), position: f.position(d), context: { includeDeclaration: f.rng.chance(0.5) } }) },
  { method: 'textDocument/documentHighlight', enabled: (c) => !!c.documentHighlightProvider, params: (f, d) => ({ textDocument: td(d), position: f.position(d) }) },
  {
    method: 'textDocument/prepareRename',
    enabled: (c) => typeof c.renameProvider === 'object' && !!c.renameProvider.prepareProvider,
    params: (f, d) => ({ textDocument: td(d), position: f.position(d) }),
  },
  { method: 'textDocument/rename', enabled: (c) => !!c.renameProvider, params: (f, d) => ({ textDocument: td(d), position: f.position(d), newName: f.newName() }) },
  {
    method: 'textDocument/codeAction',
    enabled: (c) => !!c.codeActionProvider,
    params: (f, d) => ({ textDocument: td(d), range: f.range(d), context: { diagnostics: f.rng.chance(0.7) ? f.lastDiagnostics(d) : [], triggerKind: 1 } }),
  },
  { method: 'textDocument/documentSymbol', enabled: (c) => !!c.documentSymbolProvider, params: (_f, d) => ({ textDocument: td(d) }) },
  { method: 'textDocument/foldingRange', enabled: (c) => !!c.foldingRangeProvider, params: (_f, d) => ({ textDocument: td(d) }) },
  { method: 'textDocument/selectionRange', enabled: (c) => !!c.selectionRangeProvider, params: (f, d) => ({ textDocument: td(d), positions: [f.position(d), f.position(d)] }) },
  { method: 'textDocument/codeLens', enabled: (c) => !!c.codeLensProvider, params: (_f, d) => ({ textDocument: td(d) }) },
  { method: 'textDocument/documentLink', enabled: (c) => !!c.documentLinkProvider, params: (_f, d) => ({ textDocument: td(d) }) },
  { method: 'textDocument/formatting', enabled: (c) => !!c.documentFormattingProvider, params: (_f, d) => ({ textDocument: td(d), options: { tabSize: 2, insertSpaces: true } }) },
  { method: 'textDocument/inlayHint', enabled: (c) => !!c.inlayHintProvider, params: (f, d) => ({ textDocument: td(d), range: f.range(d) }) },
  // A custom request no capability announces: sent always; MethodNotFound until it lands.
  { method: 'handoff/readiness', enabled: () => true, params: (_f, d) => ({ textDocument: td(d), uri: d.uri }) },
  // The preview, the export and change impact: rendered in the check worker, compared on the server thread.
  { method: 'handoff/preview', enabled: () => true, params: (_f, d) => ({ uri: d.uri }) },
  { method: 'handoff/export', enabled: () => true, params: (f, d) => ({ uri: d.uri, format: f.rng.pick(['markdown', 'html', 'html', 'pdf']) }) },
  { method: 'handoff/changeImpact', enabled: () => true, params: (f, d) => ({ uri: d.uri, base: f.baseText(d), title: 'fuzz against HEAD', baseName: 'HEAD' }) },
];
