import DutchText
import Foundation

/// Renders the dossier of a conversation as plain text to paste into a client
/// or pupil file: one heading per step with its date, the professional's own
/// words, the decisions, and what is still missing under its own heading.
/// No markup and no hard line wrapping.
public struct DossierRenderer: Sendable {
    let content: Content
    let lines: AnswerLines
    var timeZone: TimeZone

    public init(content: Content, timeZone: TimeZone = .current) {
        self.content = content
        lines = AnswerLines(content: content)
        self.timeZone = timeZone
    }

    var texts: Texts { content.texts }

    public func text(_ c: Conversation) -> String {
        var out: [String] = [texts.ui("dossier.titel")]
        if let name = content.settings.name { out.append(texts.ui("dossier.organisatie", ["naam": name])) }
        out.append(texts.ui("dossier.route", ["route": texts.ui("dialoog.\(c.root)")]))
        if let started = c.startedAt {
            out.append(texts.ui("dossier.gestart", ["datum": date(started)]))
        }
        var wroteSomething = false
        for step in steps(of: c) {
            let section = lines(for: step, in: c)
            guard !section.items.isEmpty else { continue }
            wroteSomething = true
            out.append("")
            let title = texts.ui("stap.\(step)")
            out.append(section.date.map { texts.ui("dossier.kop", ["stap": title, "datum": date($0)]) } ?? title)
            out += section.items
        }
        if !wroteSomething {
            out.append("")
            out.append(texts.ui("dossier.leeg"))
        }
        let checklist = checklistLines(c)
        if !checklist.isEmpty {
            out.append("")
            out.append(texts.ui("dossier.checklist"))
            out += checklist
        }
        let missing = missingItems(c)
        if !missing.isEmpty {
            out.append("")
            out.append(texts.ui("dossier.nog_vast_te_leggen"))
            out += missing.map { texts.ui("dossier.opsomming", ["tekst": $0]) }
        }
        return out.joined(separator: "\n")
    }

    /// The steps in dossier order: the root dialogue's, then any others the
    /// conversation reached.
    private func steps(of c: Conversation) -> [String] {
        var order = content.dialogues[c.root]?.steps ?? []
        for step in c.reachedSteps where !order.contains(step) { order.append(step) }
        for answer in c.answers { if let s = answer.step, !order.contains(s) { order.append(s) } }
        return order
    }

    private struct Section {
        var date: Date?
        var items: [String] = []
    }

    private func lines(for step: String, in c: Conversation) -> Section {
        // Everything dated in this step, in the order it happened.
        var entries: [(Date, String)] = []
        for answer in c.answers where answer.step == step {
            if let line = lines.answer(answer) { entries.append((answer.at, line)) }
        }
        if step == emergencyStep(c) {
            for alarm in c.emergencies {
                let label = texts.node(alarm.question).label ?? texts.node(alarm.question).text ?? alarm.question
                entries.append((alarm.at, texts.ui("dossier.alarm", ["vraag": label, "tekst": alarm.text])))
            }
        }
        for outcome in c.outcomes where outcome.step == step {
            if let note = texts.node(outcome.node).note { entries.append((outcome.at, note)) }
        }
        for decision in c.decisions where decision.step == step {
            entries.append((decision.at, lines.decision(decision)))
        }
        entries.sort { $0.0 < $1.0 }
        var section = Section(date: entries.first?.0)
        guard let first = section.date else { return section }
        let firstDay = date(first)
        for (at, line) in entries {
            let day = date(at)
            section.items.append(day == firstDay ? line : texts.ui("dossier.met_datum", ["regel": line, "datum": day]))
        }
        return section
    }

    /// The step under which alarms are written: the first step of the
    /// dialogue called on danger.
    private func emergencyStep(_ c: Conversation) -> String? {
        content.dialogues[c.root]?.emergency.flatMap { content.dialogues[$0]?.steps.first }
    }

    /// The route's responsibilities over the whole trajectory (seed 002),
    /// each done when one of its questions has a real answer.
    func checklistLines(_ c: Conversation) -> [String] {
        guard let root = content.dialogues[c.root] else { return [] }
        return root.checklist.map { item in
            let done = item.done.contains { question in
                guard let answer = c.answer(to: question) else { return false }
                switch answer.value {
                case .unknown, .no, .unsure: return false
                case .roles(let roles, _): return !roles.isEmpty
                default: return true
                }
            }
            return texts.ui(done ? "dossier.checklist_gedaan" : "dossier.checklist_open", ["tekst": texts.ui(item.item)])
        }
    }

    /// What the steps require but the case does not hold yet.
    func missingItems(_ c: Conversation) -> [String] {
        var items: [String] = []
        for answer in latestAnswers(c) {
            let node = texts.node(answer.question)
            let label = node.label ?? answer.question
            let step = answer.step.map { texts.ui("stap_kort.\($0)") } ?? ""
            if answer.value == .unknown {
                items.append(texts.ui("dossier.ontbreekt", ["label": label, "stap": step]))
            }
            if let open = node.open, answer.value.polarity == .no || answer.value.polarity == .unsure {
                items.append(open)
            }
            if answer.doubt != nil {
                items.append(texts.ui("dossier.twijfel", ["label": label]))
            }
        }
        if let id = c.currentQuestion, let label = texts.node(id).label {
            let step = c.stack.last.flatMap { content.node(id, in: $0.dialogue)?.step }.map { texts.ui("stap_kort.\($0)") } ?? ""
            items.append(texts.ui("dossier.nog_te_beantwoorden", ["label": label, "stap": step]))
        }
        let open = stepsStillAhead(c)
        if !open.isEmpty {
            items.append(texts.ui("dossier.nog_niet_doorlopen", ["stappen": open.map { texts.ui("stap_kort.\($0)") }.joined(separator: ", ")]))
        }
        return items
    }

    /// The latest answer to each question, in the order first answered.
    private func latestAnswers(_ c: Conversation) -> [Answer] {
        var latest: [String: Answer] = [:]
        var order: [String] = []
        for answer in c.answers {
            if latest[answer.question] == nil { order.append(answer.question) }
            latest[answer.question] = answer
        }
        return order.compactMap { latest[$0] }
    }

    /// Steps of the root dialogue not reached yet but still ahead.
    private func stepsStillAhead(_ c: Conversation) -> [String] {
        guard !c.finished else { return [] }
        let ahead = Reachability(content: content).steps(from: c.stack)
        guard let root = content.dialogues[c.root] else { return [] }
        return root.steps.filter { ahead.contains($0) && !c.reachedSteps.contains($0) && !root.optionalSteps.contains($0) }
    }

    func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        return String(format: "%02d-%02d-%04d", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0)
    }
}

/// Which nodes can still come, from where the conversation stands.
struct Reachability {
    let content: Content

    /// Steps of the nodes reachable from the frames, top frame first; when a
    /// frame can end, its caller's continuation counts too.
    func steps(from stack: [Frame]) -> Set<String> {
        var steps: Set<String> = []
        for frame in stack.reversed() {
            let (found, canEnd) = walk(dialogue: frame.dialogue, from: frame.node)
            steps.formUnion(found)
            if !canEnd { break }
        }
        return steps
    }

    private func walk(dialogue id: String, from start: String) -> (Set<String>, Bool) {
        guard let dialogue = content.dialogues[id] else { return ([], false) }
        var seen: Set<String> = []
        var queue = [start]
        var steps: Set<String> = []
        var canEnd = false
        while let nodeID = queue.popLast() {
            guard seen.insert(nodeID).inserted, let node = dialogue.nodes[nodeID] else { continue }
            if let step = node.step { steps.insert(step) }
            if case .end = node.kind { canEnd = true }
            if case .call(let callee, _) = node.kind, let sub = content.dialogues[callee] {
                steps.formUnion(sub.steps)
            }
            queue += node.targets
        }
        return (steps, canEnd)
    }
}
