import DutchText

/// One dialogue of Dialogues/: a route, a check that can run on its own (the
/// kindcheck), or a sub-dialogue another one calls (stap 0, the afwegingskader).
public struct Dialogue: @unchecked Sendable {
    public enum Kind: String, Sendable {
        case route, check, sub
    }

    public var id: String
    public var kind: Kind
    public var source: String?
    public var start: String
    /// The steps in dossier order.
    public var steps: [String]
    /// Steps that apply only in some cases (stap 0, a check).
    public var optionalSteps: Set<String>
    /// The dialogue called when an answer describes acute danger.
    public var emergency: String?
    /// Where "ga naar stap N" leads: step -> a node of this dialogue, or a
    /// call node and the node inside the called dialogue to start at.
    public var jumps: [String: [String]] = [:]
    /// All required steps must be done before deciding to report (seed 001);
    /// the assistant names the ones that are not.
    public var completeBeforeMelding = false
    /// The professional's responsibilities over the whole trajectory (seed
    /// 002): text key -> questions whose answer shows it was done.
    public var checklist: [(item: String, done: [String])] = []
    public var nodes: [String: DialogueNode]
    /// Node ids in file order.
    public var order: [String]
    public var file: String
    public var line: Int?
}

public struct DialogueNode: Sendable {
    public var id: String
    public var dialogue: String
    public var kind: NodeKind
    public var step: String?
    /// Where the source texts say this: "003: stap 1, actie 6".
    public var source: String?
    public var line: Int?

    public var ask: Ask? {
        if case .ask(let ask) = kind { return ask }
        return nil
    }

    /// Every node this one can lead to within its dialogue.
    public var targets: [String] {
        switch kind {
        case .say(let next), .decide(_, let next), .call(_, let next): [next]
        case .ask(let ask): ask.targets
        case .branch(let cases, let otherwise): cases.map(\.target) + [otherwise]
        case .end: []
        }
    }
}

public enum NodeKind: Sendable {
    case say(next: String)
    case ask(Ask)
    case branch(cases: [BranchCase], otherwise: String)
    case decide(DecideRule, next: String)
    case call(dialogue: String, next: String)
    case end(outcome: String?)

    public var name: String {
        switch self {
        case .say: "say"
        case .ask: "ask"
        case .branch: "branch"
        case .decide: "decide"
        case .call: "call"
        case .end: "end"
        }
    }
}

public struct Ask: Sendable {
    public var expects: AnswerKind
    /// yes_no and roles: where each answer leads.
    public var on: [Polarity: String] = [:]
    /// text and age: where the answer leads.
    public var next: String?
    /// choice: option id -> where it leads, in file order.
    public var options: [(id: String, target: String)] = []
    /// Text describing danger counts as "yes" here (stap 0's own question).
    public var emergencyIsYes = false
    /// The text that raised an alarm is taken as this answer.
    public var prefill = false
    /// Which way an unsure answer goes, to record it as doubt.
    public var doubt: Doubt?
    /// The answer is an agreement that may name an evaluation date.
    public var evaluation = false

    public enum Doubt: String, Sendable {
        case towardYes = "toward_yes"
        case towardNo = "toward_no"
    }

    public var targets: [String] {
        switch expects {
        case .yesNo, .roles: [Polarity.yes, .no, .unsure].compactMap { on[$0] }
        case .text, .age: next.map { [$0] } ?? []
        case .choice: options.map(\.target)
        }
    }
}

/// A part of a document built from a case (the melding draft, the
/// consultation summary): its heading and the questions that fill it.
public struct DocumentSection: Sendable {
    public var title: String
    public var questions: [String]
    /// Also the alarms of acute danger raised during the conversation.
    public var alarms: Bool
    /// Answers here may name the person concerned ("Merel, groep 6"): their
    /// capitalised words are taken as names in the anonymous summary.
    public var names = false
    public var source: String?
    public var line: Int?
}

public struct BranchCase: Sendable {
    public var condition: Condition
    public var target: String
}

public enum Condition: Sendable {
    /// An earlier answer was yes / no / unsure / this option.
    case answer(question: String, value: String)
    /// An earlier answer names a phrase of a lexicon category, and none of
    /// the `unless` category.
    case matches(question: String, category: String, unless: String?)
    /// The age answered is at least / below a number.
    case ageAtLeast(question: String, years: Int)
    case ageBelow(question: String, years: Int)
    /// The decision so far: melden, hulp, or closed (afweging 1: no).
    case decision(DecisionTest)
    /// A check ended with this outcome.
    case outcome(check: String, value: String)
}

public enum DecisionTest: String, Sendable {
    case melden, hulp, closed
}

/// Sets parts of the decision; `final` announces it.
public struct DecideRule: Sendable {
    public var melden: Bool?
    public var hulp: Bool?
    public var basis: String?
    public var final: Bool
}
