import DutchText
import Foundation

/// The fold: how each event changes the conversation, and how the
/// conversation then runs on through nodes that need no answer (say, branch,
/// decide, call, end) until the next question.
extension Engine {
    /// Applies one event. Outputs are what a front-end shows live; a replay
    /// passes a sink it throws away.
    func apply(_ event: CaseEvent, to c: inout Conversation, _ out: inout [Output]) {
        c.events.append(event)
        switch event {
        case .started:
            advance(&c, &out, at: event.at)
        case .answered(let question, let text, let value, let danger, let at):
            c.inputs.append(event)
            answer(question, text: text, value: value, danger: danger, at: at, in: &c, &out)
        case .emergency(let question, let text, let at):
            c.inputs.append(event)
            c.emergencies.append(EmergencyRecord(question: question, text: text, at: at))
            let target = content.dialogues[c.root]?.emergency
            guard let target, let dialogue = content.dialogues[target] else { return }
            out.append(.say(content.texts.ui("nood.onderbreking")))
            c.stack.append(Frame(dialogue: target, node: dialogue.start, prefill: text, interrupt: true))
            c.finished = false
            advance(&c, &out, at: at)
        case .tookBack:
            guard !c.inputs.isEmpty else { return }
            var kept = c.inputs
            kept.removeLast()
            let history = c.events
            c = rebuild(root: c.root, startedAt: history.first?.at ?? event.at, inputs: kept)
            c.events = history
        case .jumped(let step, let at):
            c.inputs.append(event)
            guard let root = content.dialogues[c.root], let path = root.jumps[step], let first = path.first else { return }
            c.stack = [Frame(dialogue: root.id, node: first)]
            c.clarifying = nil
            c.finished = false
            if path.count > 1, case .call(let callee, let next)? = root.nodes[first]?.kind {
                c.stack[0].node = next
                c.stack.append(Frame(dialogue: callee, node: path[1]))
            }
            advance(&c, &out, at: at)
        case .paused:
            c.paused = true
        case .resumed:
            c.paused = false
        }
    }

    /// A conversation from its start and the inputs that still count.
    func rebuild(root: String, startedAt: Date, inputs: [CaseEvent]) -> Conversation {
        var c = Conversation(root: root, start: content.dialogues[root]?.start ?? "")
        var sink: [Output] = []
        apply(.started(dialogue: root, at: startedAt), to: &c, &sink)
        for input in inputs { apply(input, to: &c, &sink) }
        return c
    }

    private func answer(_ question: String, text: String, value: AnswerValue, danger: Bool, at: Date,
                        in c: inout Conversation, _ out: inout [Output]) {
        let node = c.stack.last.flatMap { content.node(question, in: $0.dialogue) } ?? content.node(question)
        guard let frame = c.stack.last, frame.node == question, let node, let ask = node.ask else {
            // The dialogue changed since this answer was given: keep the
            // answer in the record so nothing is lost.
            c.answers.append(Answer(question: question, step: node?.step, text: text, value: value, at: at))
            return
        }
        var entry = Answer(question: question, step: node.step, text: text, value: value, at: at)
        if value.polarity == .unsure { entry.doubt = ask.doubt }
        record(entry, in: &c, &out)
        if let doubt = entry.doubt {
            let direction = content.texts.ui(doubt == .towardYes ? "twijfel.als_ja" : "twijfel.als_nee")
            out.append(.say(content.texts.ui("twijfel.advies", ["richting": direction])))
            // Hesitation at afweging 3-5: the reflection questions of seed 004.
            let reflection = content.texts.node(question).reflection
            if !reflection.isEmpty {
                out.append(.say(content.texts.ui("waarom.reflectie") + "\n" + reflection.map { "- " + $0 }.joined(separator: "\n")))
            }
        }
        if danger, ask.emergencyIsYes {
            c.stack[c.stack.count - 1].prefill = text
        }
        let target: String?
        switch ask.expects {
        case .yesNo, .roles: target = value.polarity.flatMap { ask.on[$0] }
        case .text, .age: target = ask.next
        case .choice:
            if case .choice(let id) = value { target = ask.options.first { $0.id == id }?.target } else { target = nil }
        }
        guard let target else { return }
        c.move(to: target)
        advance(&c, &out, at: at)
    }

    func record(_ answer: Answer, in c: inout Conversation, _ out: inout [Output]) {
        c.answers.append(answer)
        if let line = lines.answer(answer) {
            out.append(.note(step: answer.step ?? "", text: line))
        }
    }

    /// Runs through nodes that need no answer until a question waits or the
    /// conversation ends.
    func advance(_ c: inout Conversation, _ out: inout [Output], at: Date) {
        // Validation rejects loops without a question; this only stops a
        // damaged organisation copy from hanging the program.
        var budget = 10_000
        while let frame = c.stack.last {
            budget -= 1
            guard budget > 0, let dialogue = content.dialogues[frame.dialogue], let node = dialogue.nodes[frame.node] else {
                out.append(.say(content.texts.ui("fout.dialoog_vast", ["id": frame.node])))
                c.finished = true
                out.append(.end(paused: false))
                return
            }
            if let step = node.step, !c.reachedSteps.contains(step) { c.reachedSteps.append(step) }
            switch node.kind {
            case .say(let next):
                if let text = content.texts.node(node.id).text, !text.isEmpty { out.append(.say(text)) }
                c.move(to: next)
            case .ask(let ask):
                if ask.prefill, let text = frame.prefill, let next = ask.next {
                    c.stack[c.stack.count - 1].prefill = nil
                    record(Answer(question: node.id, step: node.step, text: text, value: .text, at: at, prefilled: true), in: &c, &out)
                    if let message = content.texts.node(node.id).prefilled { out.append(.say(message)) }
                    c.move(to: next)
                    continue
                }
                return
            case .branch(let cases, let otherwise):
                c.move(to: cases.first { holds($0.condition, in: c) }?.target ?? otherwise)
            case .decide(let rule, let next):
                c.pending.apply(rule)
                if rule.final {
                    let decision = DecisionRecord(melden: c.pending.melden ?? false, hulp: c.pending.hulp ?? false,
                                                  basis: c.pending.basis, meldenBasis: c.pending.meldenBasis,
                                                  hulpBasis: c.pending.hulpBasis, step: node.step, at: at)
                    c.decisions.append(decision)
                    out.append(.decision(melden: decision.melden, hulp: decision.hulp, basis: decision.basis))
                    out.append(.note(step: node.step ?? "", text: lines.decision(decision)))
                    // "Alle stappen doorlopen voordat hij besluit een melding te doen" (seed 001).
                    if decision.melden, let root = content.dialogues[c.root], root.completeBeforeMelding {
                        let done = Set(c.answers.compactMap(\.step)).union([node.step ?? ""])
                        let open = root.steps.filter { !root.optionalSteps.contains($0) && !done.contains($0) }
                        if !open.isEmpty {
                            let names = open.map { content.texts.ui("stap_kort.\($0)") }.joined(separator: ", ")
                            out.append(.say(content.texts.ui("melden.stappen_open", ["stappen": names])))
                            c.openAtMelding = open
                        }
                    }
                }
                c.move(to: next)
            case .call(let callee, let next):
                c.move(to: next)
                c.stack.append(Frame(dialogue: callee, node: content.dialogues[callee]?.start ?? ""))
            case .end(let outcome):
                if let outcome {
                    c.outcomes.append(OutcomeRecord(check: dialogue.id, node: node.id, value: outcome, step: node.step, at: at))
                    if dialogue.kind == .check { out.append(.outcome(check: dialogue.id, value: outcome)) }
                    if let note = content.texts.node(node.id).note {
                        out.append(.note(step: node.step ?? "", text: note))
                    }
                }
                if let text = content.texts.node(node.id).text, !text.isEmpty { out.append(.say(text)) }
                let popped = c.stack.removeLast()
                if c.stack.isEmpty {
                    c.finished = true
                    out.append(.end(paused: false))
                    return
                }
                if popped.interrupt { out.append(.say(content.texts.ui("nood.verder"))) }
            }
        }
    }

    func holds(_ condition: Condition, in c: Conversation) -> Bool {
        switch condition {
        case .answer(let question, let value):
            guard let answer = c.answer(to: question) else { return false }
            if case .choice(let id) = answer.value { return id == value }
            return answer.value.polarity?.rawValue == value
        case .matches(let question, let category, let unless):
            guard let answer = c.answer(to: question) else { return false }
            let matcher = content.matcher
            return matcher.matches(answer.text, category: category)
                && !(unless.map { matcher.matches(answer.text, category: $0) } ?? false)
        case .ageAtLeast(let question, let years):
            if case .age(let age?) = c.answer(to: question)?.value { return age >= years }
            return false
        case .ageBelow(let question, let years):
            if case .age(let age?) = c.answer(to: question)?.value { return age < years }
            return false
        case .decision(let test):
            switch test {
            case .melden: return c.pending.melden == true
            case .hulp: return c.pending.hulp == true
            case .closed: return c.pending.melden == false && c.pending.hulp == false
            }
        case .outcome(let check, let value):
            return c.outcomes.last { $0.check == check }?.value == value
        }
    }
}
