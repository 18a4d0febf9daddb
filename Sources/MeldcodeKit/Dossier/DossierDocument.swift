import DutchText
import Foundation

/// The dossier of a case as data: what every format (plain text, Markdown,
/// JSON) is written from, so they always say the same.
public struct DossierDocument: Sendable, Equatable, Codable {
    public struct Entry: Sendable, Equatable, Codable {
        /// answer, alarm, outcome or decision.
        public var kind: String
        /// The question answered, for an answer.
        public var question: String?
        public var label: String?
        public var text: String
        /// Day as dd-mm-jjjj.
        public var date: String
    }

    public struct Section: Sendable, Equatable, Codable {
        public var step: String
        public var title: String
        public var date: String
        public var entries: [Entry]
    }

    public struct Decision: Sendable, Equatable, Codable {
        public var melden: Bool
        public var hulp: Bool
        public var basis: String
        public var date: String
        public var text: String
    }

    public struct ChecklistItem: Sendable, Equatable, Codable {
        public var text: String
        public var done: Bool
    }

    public var title: String
    public var organisation: String?
    public var route: String
    public var routeName: String
    public var started: String?
    public var sections: [Section]
    public var decisions: [Decision]
    public var checklist: [ChecklistItem]
    public var missing: [String]
}

/// Builds the dossier document of a conversation.
struct DossierBuilder {
    let content: Content
    let lines: AnswerLines
    let timeZone: TimeZone

    var texts: Texts { content.texts }

    func document(_ c: Conversation) -> DossierDocument {
        var sections: [DossierDocument.Section] = []
        for step in steps(of: c) {
            let entries = entries(for: step, in: c)
            guard let first = entries.first else { continue }
            sections.append(DossierDocument.Section(step: step, title: texts.ui("stap.\(step)"), date: first.date, entries: entries))
        }
        return DossierDocument(
            title: texts.ui("dossier.titel"),
            organisation: content.settings.name,
            route: c.root,
            routeName: texts.ui("dialoog.\(c.root)"),
            started: c.startedAt.map(date),
            sections: sections,
            decisions: c.decisions.map {
                DossierDocument.Decision(melden: $0.melden, hulp: $0.hulp, basis: $0.basis, date: date($0.at), text: lines.decision($0))
            },
            checklist: checklist(c),
            missing: missingItems(c)
        )
    }

    /// The steps in dossier order: the root dialogue's, then any others the
    /// conversation reached.
    private func steps(of c: Conversation) -> [String] {
        var order = content.dialogues[c.root]?.steps ?? []
        for step in c.reachedSteps where !order.contains(step) { order.append(step) }
        for answer in c.answers { if let s = answer.step, !order.contains(s) { order.append(s) } }
        return order
    }

    /// Everything dated in this step, in the order it happened.
    private func entries(for step: String, in c: Conversation) -> [DossierDocument.Entry] {
        var entries: [(Date, DossierDocument.Entry)] = []
        for answer in c.answers where answer.step == step {
            guard let label = texts.node(answer.question).label else { continue }
            entries.append((answer.at, .init(kind: "answer", question: answer.question, label: label,
                                             text: lines.value(answer), date: date(answer.at))))
        }
        if step == emergencyStep(c) {
            for alarm in c.emergencies {
                let label = texts.node(alarm.question).label ?? texts.node(alarm.question).text ?? alarm.question
                entries.append((alarm.at, .init(kind: "alarm", question: alarm.question, label: nil,
                                                text: texts.ui("dossier.alarm", ["vraag": label, "tekst": alarm.text]), date: date(alarm.at))))
            }
        }
        for outcome in c.outcomes where outcome.step == step {
            if let note = texts.node(outcome.node).note {
                entries.append((outcome.at, .init(kind: "outcome", question: nil, label: nil, text: note, date: date(outcome.at))))
            }
        }
        for decision in c.decisions where decision.step == step {
            entries.append((decision.at, .init(kind: "decision", question: nil, label: nil, text: lines.decision(decision), date: date(decision.at))))
        }
        return entries.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    /// The step under which alarms are written: the first step of the
    /// dialogue called on danger.
    private func emergencyStep(_ c: Conversation) -> String? {
        content.dialogues[c.root]?.emergency.flatMap { content.dialogues[$0]?.steps.first }
    }

    /// The route's responsibilities over the whole trajectory (seed 002),
    /// each done when one of its questions has a real answer.
    private func checklist(_ c: Conversation) -> [DossierDocument.ChecklistItem] {
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
            return DossierDocument.ChecklistItem(text: texts.ui(item.item), done: done)
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
        if !c.openAtMelding.isEmpty {
            items.append(texts.ui("dossier.open_bij_melding", ["stappen": c.openAtMelding.map { texts.ui("stap_kort.\($0)") }.joined(separator: ", ")]))
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
        DateText.day(date, timeZone: timeZone)
    }
}

/// Dates as Dutch files write them: 23-11-2026, and 23-11-2026 14:05.
public enum DateText {
    public static func day(_ date: Date, timeZone: TimeZone = .current) -> String {
        let parts = components(date, timeZone)
        return two(parts.day) + "-" + two(parts.month) + "-" + String(parts.year ?? 0)
    }

    public static func dayAndTime(_ date: Date, timeZone: TimeZone = .current) -> String {
        let parts = components(date, timeZone)
        return day(date, timeZone: timeZone) + " " + two(parts.hour) + ":" + two(parts.minute)
    }

    private static func components(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.day, .month, .year, .hour, .minute], from: date)
    }

    private static func two(_ n: Int?) -> String {
        let s = String(n ?? 0)
        return s.count < 2 ? "0" + s : s
    }
}
