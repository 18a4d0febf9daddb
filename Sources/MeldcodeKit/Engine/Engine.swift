import DutchText
import Foundation

/// The conversation engine: a pure function from (conversation, input) to
/// (conversation, outputs). No I/O happens here; the terminal, the JSON Lines
/// session and the tests are thin adapters over it.
public struct Engine: Sendable {
    public let content: Content
    let lines: AnswerLines

    /// The matcher reads at most this much of one answer; longer text is kept
    /// whole but not interpreted (a pasted document is no yes or no).
    static let readLimit = 4_000

    public init(content: Content) {
        self.content = content
        lines = AnswerLines(content: content)
    }

    // MARK: - Starting and replaying

    /// Starts a case on a route or check. Returns the conversation and what to
    /// show, ending with the first question.
    public func start(_ dialogue: String, at date: Date) -> (Conversation, [Output]) {
        var c = Conversation(root: dialogue, start: content.dialogues[dialogue]?.start ?? "")
        var out: [Output] = []
        apply(.started(dialogue: dialogue, at: date), to: &c, &out)
        appendQuestion(c, &out)
        return (c, out)
    }

    /// The conversation a list of events describes (resuming a stored case).
    /// Live, every take-back rebuilds the conversation from the inputs that
    /// still count; here those are known at once, so the case is folded
    /// once, however many take-backs it holds. The result is the same as
    /// applying the events one by one (`replayStepwise`).
    public func replay(_ events: [CaseEvent]) -> Conversation? {
        guard case .started(let root, let startedAt)? = events.first, content.dialogues[root] != nil else { return nil }
        var kept: [CaseEvent] = []
        var paused = false
        for event in events.dropFirst() {
            switch event {
            case .answered, .emergency, .jumped:
                kept.append(event)
            case .tookBack:
                // A take-back with nothing to take back changes nothing.
                guard !kept.isEmpty else { continue }
                kept.removeLast()
                paused = false
            case .paused:
                paused = true
            case .resumed:
                paused = false
            case .started:
                break
            }
        }
        var c = rebuild(root: root, startedAt: startedAt, inputs: kept)
        c.events = events
        c.paused = paused
        return c
    }

    /// Applies the events one by one, as they happened.
    func replayStepwise(_ events: [CaseEvent]) -> Conversation? {
        guard case .started(let root, _)? = events.first, content.dialogues[root] != nil else { return nil }
        var c = Conversation(root: root, start: content.dialogues[root]!.start)
        var sink: [Output] = []
        for event in events { apply(event, to: &c, &sink) }
        return c
    }

    /// The question waiting for an answer, as an output (after resuming).
    public func question(_ c: Conversation) -> Output? {
        guard !c.finished, let frame = c.stack.last, let node = content.node(frame.node, in: frame.dialogue), let ask = node.ask else { return nil }
        let id = frame.node
        if let clarifying = c.clarifying, clarifying.question == id {
            return clarification(clarifying)
        }
        let text = content.texts.node(id).text ?? id
        if ask.expects == .age, let years = suggestedAge(c, for: id, step: node.step) {
            return .ask(question: id, expects: .age, text: content.texts.ui("leeftijd.voorstel", ["vraag": text, "leeftijd": lines.age(years)]))
        }
        if ask.expects == .text, let given = suggestedText(c, for: id, step: node.step) {
            return .ask(question: id, expects: .text, text: content.texts.ui("tekst.voorstel", ["vraag": text, "antwoord": given]))
        }
        return .ask(question: id, expects: ask.expects, text: text)
    }

    /// What the yes or no just given already told beyond the answer
    /// ("Niet gevoerd. Moeder wilde niet komen."): offered at the open
    /// question that follows in the same step, so that "ja" is enough
    /// instead of typing the reason again. The question is still asked, and
    /// anything else typed is the answer.
    func suggestedText(_ c: Conversation, for id: String, step: String?) -> String? {
        guard let previous = c.answers.last, previous.question != id, step != nil, previous.step == step,
              previous.value.polarity != nil, !previous.prefilled,
              content.matcher.tellsMore(String(previous.text.prefix(Self.readLimit))) else { return nil }
        return previous.text
    }

    /// A short yes ("ja", "klopt, neem over") to an offered text.
    private func takesOffer(_ text: String) -> Bool {
        text.split(whereSeparator: { $0 == " " }).count <= 4
            && content.matcher.classify(String(text.prefix(Self.readLimit)), question: "").intent == .yes
    }

    /// The age the description just given names ("een meisje van 8 uit groep
    /// 5"): offered at the age question, so that "ja" is enough, instead of
    /// asking for what was already said. Only from a free-text answer of the
    /// same step, read as the age question would read it.
    func suggestedAge(_ c: Conversation, for id: String, step: String?) -> Int? {
        guard let previous = c.answers.last, previous.question != id, previous.value == .text,
              step != nil, previous.step == step else { return nil }
        let reading = content.matcher.classify(String(previous.text.prefix(Self.readLimit)), question: id)
        return reading.intent == .yes ? reading.age : nil
    }

    // MARK: - Answers

    /// Handles one line the professional typed.
    public func handle(_ raw: String, in c: inout Conversation, at date: Date) -> [Output] {
        var out: [Output] = []
        let text = InputText.clean(raw)
        if c.paused {
            apply(.resumed(at: date), to: &c, &out)
        }
        if c.finished, !text.isEmpty {
            // A finished case can still be taken up again at a step, for the
            // evaluation months later ("ga naar de evaluatie").
            let reading = content.matcher.classify(String(text.prefix(Self.readLimit)), question: "")
            if reading.command == .jump, let target = reading.jumpTarget, content.dialogues[c.root]?.jumps[target] != nil {
                return jump(to: target, in: &c, at: date)
            }
        }
        guard !c.finished, let frame = c.stack.last, let node = content.node(frame.node, in: frame.dialogue), let ask = node.ask else {
            out.append(.say(content.texts.ui("klaar.al_afgerond")))
            out.append(.end(paused: false))
            return out
        }
        let id = frame.node
        if text.isEmpty {
            out.append(.say(content.texts.ui("invoer.leeg")))
            appendQuestion(c, &out)
            return out
        }
        let reading = content.matcher.classify(String(text.prefix(Self.readLimit)), question: id)
        let insideEmergency = node.dialogue == content.dialogues[c.root]?.emergency

        if reading.intent == .emergency, !insideEmergency {
            c.clarifying = nil
            if ask.expects == .text {
                // The description is also the answer: keep it, then stap 0.
                apply(.answered(question: id, text: text, value: valueOfText(text), danger: true, at: date), to: &c, &out)
            }
            apply(.emergency(question: id, text: text, at: date), to: &c, &out)
            appendQuestion(c, &out)
            return out
        }
        if reading.command == .jump, let target = reading.jumpTarget {
            c.clarifying = nil
            return out + jump(to: target, in: &c, at: date)
        }
        if let command = reading.command, command != .jump, reading.commandOnly || ask.expects != .text {
            c.clarifying = nil
            perform(command, in: &c, &out, at: date)
            return out
        }
        if let clarifying = c.clarifying {
            c.clarifying = nil
            settle(clarifying, reply: reading, in: &c, &out, at: date)
            return out
        }

        let danger = reading.intent == .emergency
        switch ask.expects {
        case .text:
            // "hmm", "eh": still thinking; nothing to write in the dossier yet.
            if content.matcher.consistsOf(text, category: "hesitation") {
                out.append(.say(content.texts.ui("invoer.aarzeling")))
                appendQuestion(c, &out)
                return out
            }
            if let given = suggestedText(c, for: id, step: node.step), takesOffer(text) {
                apply(.answered(question: id, text: given, value: .text, danger: false, at: date), to: &c, &out)
            } else {
                apply(.answered(question: id, text: text, value: valueOfText(text), danger: danger, at: date), to: &c, &out)
            }
        case .yesNo:
            if danger, ask.emergencyIsYes {
                apply(.answered(question: id, text: text, value: .yes, danger: true, at: date), to: &c, &out)
            } else if let value = polarityValue(reading.intent) {
                apply(.answered(question: id, text: text, value: value, danger: false, at: date), to: &c, &out)
            } else {
                notUnderstood(id, text: text, guess: reading.guess, in: &c, &out)
                return out
            }
        case .age:
            switch reading.intent {
            case .yes where reading.age != nil:
                apply(.answered(question: id, text: text, value: .age(reading.age), danger: false, at: date), to: &c, &out)
            case .unsure:
                apply(.answered(question: id, text: text, value: .age(nil), danger: false, at: date), to: &c, &out)
            default:
                // An age offered from the description: "ja" takes it, "nee" asks
                // for the right one.
                let offered = suggestedAge(c, for: id, step: node.step)
                let confirmed = offered == nil ? nil : content.matcher.classify(String(text.prefix(Self.readLimit)), question: "").intent
                if let offered, confirmed == .yes {
                    apply(.answered(question: id, text: text, value: .age(offered), danger: false, at: date), to: &c, &out)
                } else if confirmed == .no {
                    out.append(.say(content.texts.ui("onbegrepen.leeftijd_anders")))
                    out.append(.ask(question: id, expects: .age, text: content.texts.node(id).text ?? id))
                    return out
                } else {
                    out.append(.say(content.texts.ui("onbegrepen.leeftijd")))
                }
            }
        case .roles:
            switch reading.intent {
            case .yes, .no, .unsure:
                let polarity = Polarity(rawValue: reading.intent.rawValue)!
                apply(.answered(question: id, text: text, value: .roles(reading.roles ?? [], polarity), danger: false, at: date), to: &c, &out)
            default:
                out.append(.say(content.texts.ui("onbegrepen.rollen")))
            }
        case .choice:
            if let choice = reading.choice {
                apply(.answered(question: id, text: text, value: .choice(choice), danger: false, at: date), to: &c, &out)
            } else {
                let options = content.texts.node(id).options.map(\.text).joined(separator: " / ")
                out.append(.say(content.texts.ui("onbegrepen.keuze", ["opties": options])))
            }
        }
        appendQuestion(c, &out)
        return out
    }

    private func polarityValue(_ intent: Intent) -> AnswerValue? {
        switch intent {
        case .yes: .yes
        case .no: .no
        case .unsure: .unsure
        default: nil
        }
    }

    /// An open answer that only says it is not known yet is recorded as
    /// missing, so the dossier lists it under what is still to be recorded.
    private func valueOfText(_ text: String) -> AnswerValue {
        let words = text.split(whereSeparator: { $0 == " " }).count
        return words <= 6 && content.matcher.matches(text, category: "unknown_answer") ? .unknown : .text
    }

    // MARK: - Not understood

    private func notUnderstood(_ id: String, text: String, guess: Intent?, in c: inout Conversation, _ out: inout [Output]) {
        let node = content.texts.node(id)
        if let guess, let polarity = Polarity(rawValue: guess.rawValue), polarity != .unsure,
           (polarity == .yes ? node.confirmYes : node.confirmNo) != nil {
            let clarifying = Clarification(question: id, text: text, guess: polarity)
            c.clarifying = clarifying
            out.append(clarification(clarifying))
            return
        }
        out.append(.say(content.texts.ui("onbegrepen.ja_nee")))
        appendQuestion(c, &out)
    }

    private func clarification(_ clarifying: Clarification) -> Output {
        let node = content.texts.node(clarifying.question)
        let meaning = (clarifying.guess == .yes ? node.confirmYes : node.confirmNo) ?? ""
        return .ask(question: clarifying.question, expects: .yesNo,
                    text: content.texts.ui("verduidelijk.vraag", ["bedoeling": meaning]))
    }

    /// The reply to "Bedoel je dat ...?": yes takes the guess, doubt is
    /// recorded as doubt, anything else asks the question plainly again.
    private func settle(_ clarifying: Clarification, reply: Classification, in c: inout Conversation,
                        _ out: inout [Output], at date: Date) {
        let id = clarifying.question
        switch reply.intent {
        case .yes:
            let value: AnswerValue = clarifying.guess == .yes ? .yes : .no
            apply(.answered(question: id, text: clarifying.text, value: value, danger: false, at: date), to: &c, &out)
        case .unsure:
            apply(.answered(question: id, text: clarifying.text, value: .unsure, danger: false, at: date), to: &c, &out)
        default:
            out.append(.say(content.texts.ui("verduidelijk.anders")))
        }
        appendQuestion(c, &out)
    }

    // MARK: - Commands

    private func perform(_ command: Command, in c: inout Conversation, _ out: inout [Output], at date: Date) {
        switch command {
        case .back:
            guard let last = c.inputs.last else {
                out.append(.say(content.texts.ui("terug.niets")))
                appendQuestion(c, &out)
                return
            }
            apply(.tookBack(at: date), to: &c, &out)
            out.append(.say(takenBack(last)))
            appendQuestion(c, &out)
        case .explain:
            let frame = c.stack.last
            out.append(.say(explanation(for: frame?.node ?? "", in: frame?.dialogue)))
            appendQuestion(c, &out)
        case .help:
            out.append(.say(content.texts.ui("help")))
            appendQuestion(c, &out)
        case .who:
            out.append(.say(responsibilities(in: c)))
            appendQuestion(c, &out)
        case .jump:
            // Handled where the target is known.
            appendQuestion(c, &out)
        case .melding:
            out.append(.say(CaseDocuments(content: content).melding(c)))
            appendQuestion(c, &out)
        case .consult:
            out.append(.say(CaseDocuments(content: content).consult(c)))
            appendQuestion(c, &out)
        case .copy:
            out.append(.copy(DossierRenderer(content: content).text(c)))
            appendQuestion(c, &out)
        case .summary:
            out.append(.say(DossierRenderer(content: content).text(c)))
            appendQuestion(c, &out)
        case .pause:
            apply(.paused(at: date), to: &c, &out)
            out.append(.say(content.texts.ui("pauze")))
            out.append(.end(paused: true))
        }
    }

    private func takenBack(_ event: CaseEvent) -> String {
        switch event {
        case .jumped(let step, _):
            return content.texts.ui("terug.sprong", ["stap": content.texts.ui("stap_kort.\(step)")])
        case .answered(let question, let text, _, _, _):
            let label = content.texts.node(question).label ?? content.texts.node(question).text ?? question
            return content.texts.ui("terug.gedaan", ["vraag": label, "antwoord": text])
        case .emergency(_, let text, _):
            return content.texts.ui("terug.alarm", ["antwoord": text])
        default:
            return content.texts.ui("terug.niets")
        }
    }

    /// "wie moet dit doen?": the responsibilities the route's source gives,
    /// for this step if it names them per step.
    func responsibilities(in c: Conversation) -> String {
        let step = c.stack.last.flatMap { content.node($0.node, in: $0.dialogue)?.step } ?? ""
        for key in ["verantwoordelijk.\(c.root).\(step)", "verantwoordelijk.\(c.root)"] where content.texts.has(key) {
            return content.texts.ui(key)
        }
        return content.texts.ui("verantwoordelijk.onbekend")
    }

    /// "waarom?": what depends on the answer, the reflection questions where
    /// the sources give them, and the source. The source is looked up in the
    /// dialogue the question is asked in: a question several routes share
    /// cites each route's own seed.
    public func explanation(for id: String, in dialogue: String? = nil) -> String {
        let text = content.texts.node(id)
        var parts = [text.why ?? content.texts.ui("waarom.geen")]
        if !text.reflection.isEmpty {
            parts.append(content.texts.ui("waarom.reflectie") + "\n" + text.reflection.map { "- " + $0 }.joined(separator: "\n"))
        }
        let node = dialogue.flatMap { content.node(id, in: $0) } ?? content.node(id)
        if let source = content.describeSource(node?.source) {
            parts.append(content.texts.ui("waarom.bron", ["bron": source]))
        }
        return parts.joined(separator: "\n")
    }

    func appendQuestion(_ c: Conversation, _ out: inout [Output]) {
        if let question = question(c) { out.append(question) }
    }
}

extension Engine {
    /// The evaluation date of the latest agreement that names one ("over zes
    /// weken evalueren"), to remind the professional when it is due.
    public func nextEvaluation(_ c: Conversation, calendar: Calendar = Calendar(identifier: .gregorian)) -> Date? {
        for answer in c.answers.reversed() {
            guard answer.value == .text, let root = content.dialogues[c.root] else { continue }
            let node = content.node(answer.question, in: root.id) ?? content.node(answer.question)
            guard node?.ask?.evaluation == true else { continue }
            if let date = content.dates.read(answer.text, relativeTo: answer.at, calendar: calendar) { return date }
        }
        return nil
    }

    /// Where the conversation stands, for a list of cases: the step of the
    /// current question, or "afgerond".
    public func currentStep(_ c: Conversation) -> String {
        guard !c.finished, let frame = c.stack.last, let step = content.node(frame.node, in: frame.dialogue)?.step else {
            return content.texts.ui("zaak.afgerond")
        }
        return content.texts.ui("stap_kort.\(step)")
    }

    /// Goes to the start of a step the route names in `jumps` ("ga naar stap
    /// 3", "ga naar de evaluatie"), also in a finished case. The answers
    /// given so far stay; answering again adds to the history.
    public func jump(to step: String, in c: inout Conversation, at date: Date) -> [Output] {
        var out: [Output] = []
        guard content.dialogues[c.root]?.jumps[step] != nil else {
            out.append(.say(content.texts.ui("spring.niet", ["stap": content.texts.ui("stap_kort.\(step)")])))
            appendQuestion(c, &out)
            return out
        }
        if c.paused { apply(.resumed(at: date), to: &c, &out) }
        c.clarifying = nil
        out.append(.say(content.texts.ui("spring.naar", ["stap": content.texts.ui("stap_kort.\(step)")])))
        apply(.jumped(step: step, at: date), to: &c, &out)
        appendQuestion(c, &out)
        return out
    }

    /// Stops the conversation (Ctrl-D, end of input): records the pause and
    /// ends with the dossier so far.
    public func pause(_ c: inout Conversation, at date: Date) -> [Output] {
        var out: [Output] = []
        guard !c.finished else { return [.end(paused: false)] }
        c.clarifying = nil
        apply(.paused(at: date), to: &c, &out)
        out.append(.say(content.texts.ui("pauze")))
        out.append(.end(paused: true))
        return out
    }
}
