// The packet `handoff init` writes: every section present, each field with a
// `<placeholder>` and a comment saying what to put there. Ids are consistent,
// so the only problems an untouched copy reports are its placeholders, one
// per line (placeholder-text), and readiness counts none of them answered.

export const SKELETON = `# Handoff packet: the operating manual of one AI-agent workflow.
# Replace every <placeholder> with what is true for your workflow, then run
# \`handoff check\` on this file. The editor extension explains each field on hover.
packet: 1

# 1. Boundary: what the workflow does, and what it never does.
workflow:
  name: <name of the workflow>
  version: 0.1.0
  # One blunt paragraph: what comes in, what it decides, what it writes, where it stops.
  summary: >-
    <In two or three sentences: which records the workflow reads,
    what it decides about each one, what it writes back, and which cases it
    hands to a person instead of acting.>
  starts_when: <the event that starts one run>
  inputs: [<first input>]
  reads: [source-system]         # ids from systems below
  writes: [target-system]        # ids from systems below
  produces: [<what one run leaves behind>]
  out_of_scope:                  # at least one thing people might assume it does
    - <something the workflow never does>

# Every system the workflow touches, with the credential it uses.
systems:
  - id: source-system
    name: <system the workflow reads>
    access: read                 # read | write | read-write
    credential: <name of the credential and its scope>
  - id: target-system
    name: <system the workflow writes>
    access: read-write
    credential: <name of the credential and its scope>

# 2. Steps: trigger, inputs, checks and output. The first step is the entry;
#    every path ends in \`done\`.
steps:
  - id: intake
    trigger: <what starts this step>
    inputs:
      required: [<input the step cannot run without>]
    checks: [<what is verified before going on>]
    output: <what this step hands on>
    next: record
  - id: record
    trigger: <what starts this step>
    inputs: { required: [<output of intake>] }
    output: <what is written, and where>
    next: done

# 3. Authority: every action, and whether it runs alone (automatic), waits for
#    a person (approval) or is forbidden (never).
permissions:
  actions:
    - id: write-record
      does: <the one thing this action changes>
      system: target-system
      authority: automatic       # automatic | approval | never
      reversible: true
      undo: <how a person undoes it>
    - id: contact-customer
      does: <something the workflow must never do on its own>
      authority: never

# 4. Exceptions: where unclear cases go, who works them, what the reviewer sees.
exceptions:
  queue:
    owner: ops-owner
    where: <the queue, view or channel people work from>
    backlog_limit: 20            # items waiting before the queue counts as backed up
  types:
    - type: missing_source_data
      means: <what is missing or unreadable>
      response: hold             # retry | hold | escalate | stop
      owner: ops-owner
      reviewer_gets: [<record id>, <what is missing>]
    - type: low_confidence
      means: <the decision is not certain enough to act on>
      threshold: 0.7
      response: escalate
      owner: ops-owner
      reviewer_gets: [<draft decision>, <confidence>, <evidence>]

# 5. Operations: how your own people pause, resume, retry and roll back.
operations:
  pause:
    how: <the switch an operator uses, and where it is>
    effect: <what happens to work that arrives while paused>
  resume:
    how: <how to switch it back on>
    check_first: [<what to confirm before resuming>]
  retry:
    safe_when: [<failures where running again does no harm>]
    unsafe_when: [<failures where running again makes things worse>]
  rollback:
    how: <how to go back to the previous version>
    disable_path: <how to stop the writes while the rest keeps running>
  before_reenabling: [<what to review after an incident>]

# 6a. Health: how you know it works.
metrics:
  - id: exception-rate
    measures: Share of runs sent to the exception queue
    target: <e.g. at most 15%>
    alert_when: <e.g. above 25% for two days>
    source: <dashboard or report>

# 6b. Review: who looks at it, how often.
review:
  - cadence: weekly              # daily | weekly | monthly | quarterly
    what: <what gets reviewed>
    owner: quality-owner

# 7. Known limits: where it is weak, what degrades it, what always goes to a person.
limits:
  weak_at: [<inputs it handles badly>]
  degrading_inputs: [<inputs that make it worse>]
  always_human: [<cases a person always decides>]
  assumptions: [<what must stay true for it to work>]
  not_supported: [<requests it does not handle>]

# 8. Owners: every one of the five responsibilities needs someone.
owners:
  - id: ops-owner
    role: <role that runs the workflow day to day>
    contact: <channel or address>
    owns: [business_outcome, exception_queue]
  - id: quality-owner
    role: <role that answers for the workflow's quality>
    contact: <channel or address>
    owns: [workflow_quality, change_approval]
  - id: support-owner
    role: <team that fixes it when it breaks>
    contact: <channel or address>
    owns: [technical_support]

# 9. Change rules: which edits are routine, which need sign-off, which are new work.
#    An entry may be prose or {kind, note}; naming a kind moves it into that class.
changes:
  approver: quality-owner
  safe:
    - kind: threshold-within-limits
      note: <the range within which thresholds may move>
  review_required:
    - kind: new-output-action
      note: <any new action the workflow takes in another system>
  new_scope:
    - kind: new-data-source
      note: <reading from a system not listed above>

# 10. Support after handoff: what the builder still covers, and for how long.
support:
  window: <how long after handoff>
  bug: <what counts as a bug>
  change_request: Anything listed under changes.review_required
  new_scope: Anything listed under changes.new_scope
  monitoring: <who watches the metrics during the window>
  response: <where to write and how fast an answer comes>
`;
