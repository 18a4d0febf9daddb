import DutchText
import Foundation

/// An answer as it stands in the case.
public struct Answer: Sendable, Equatable {
    public var question: String
    public var step: String?
    /// The professional's own words.
    public var text: String
    public var value: AnswerValue
    public var at: Date
    /// Taken from the text that raised an alarm, not typed as an answer.
    public var prefilled = false
    /// Set when the answer was unsure at a question where doubt takes a side.
    public var doubt: Ask.Doubt?
}

public struct DecisionRecord: Sendable, Equatable {
    public var melden: Bool
    public var hulp: Bool
    /// The question that made melden necessary, or that decided it was not.
    public var basis: String
    public var meldenBasis: String?
    public var hulpBasis: String?
    public var step: String?
    public var at: Date
}

public struct EmergencyRecord: Sendable, Equatable {
    public var question: String
    public var text: String
    public var at: Date
}

public struct OutcomeRecord: Sendable, Equatable {
    public var check: String
    public var node: String
    public var value: String
    public var step: String?
    public var at: Date
}

/// Where the conversation is in a dialogue. Calls and alarms push a frame;
/// an end node pops it and the caller carries on.
struct Frame: Sendable, Equatable {
    var dialogue: String
    var node: String
    /// Text that raised an alarm, taken as the answer to the first ask that
    /// accepts it (stap 0's signals).
    var prefill: String?
    /// Pushed by an alarm: when it ends, the interrupted question is asked again.
    var interrupt = false
}

/// A confirmation question in progress: "Bedoel je dat ...? (ja/nee)".
struct Clarification: Sendable, Equatable {
    var question: String
    var text: String
    var guess: Polarity
}

/// The state of one case's conversation: a fold over its events.
public struct Conversation: Sendable, Equatable {
    /// The dialogue the case started with (a route, or a check on its own).
    public internal(set) var root: String
    var stack: [Frame]
    public internal(set) var answers: [Answer] = []
    public internal(set) var emergencies: [EmergencyRecord] = []
    public internal(set) var decisions: [DecisionRecord] = []
    public internal(set) var outcomes: [OutcomeRecord] = []
    /// Steps in the order they were first reached.
    public internal(set) var reachedSteps: [String] = []
    /// Every event of the case, in order.
    public internal(set) var events: [CaseEvent] = []
    /// The answers and alarms that still count after take-backs.
    var inputs: [CaseEvent] = []
    public internal(set) var finished = false
    public internal(set) var paused = false
    var clarifying: Clarification?
    var pending = PendingDecision()
    /// Required steps not yet done when the decision to report was taken.
    public internal(set) var openAtMelding: [String] = []

    init(root: String, start: String) {
        self.root = root
        stack = [Frame(dialogue: root, node: start)]
    }

    public var startedAt: Date? { events.first?.at }
    public var lastActivity: Date? { events.last?.at }

    /// The id of the question waiting for an answer, if any.
    public var currentQuestion: String? { finished ? nil : stack.last?.node }

    /// The latest answer to a question.
    public func answer(to question: String) -> Answer? {
        answers.last { $0.question == question }
    }

    mutating func move(to node: String) {
        stack[stack.count - 1].node = node
    }
}

/// The decision as the afwegingen build it: melden, once necessary, stays
/// necessary; the first question that made it so is its basis.
struct PendingDecision: Sendable, Equatable {
    var melden: Bool?
    var hulp: Bool?
    var meldenBasis: String?
    var hulpBasis: String?
    var lastBasis: String?

    mutating func apply(_ rule: DecideRule) {
        if let melden = rule.melden {
            if melden, self.melden != true {
                self.melden = true
                meldenBasis = rule.basis
            } else if !melden, self.melden == nil {
                self.melden = false
                meldenBasis = rule.basis
            }
        }
        if let hulp = rule.hulp {
            self.hulp = hulp
            hulpBasis = rule.basis
        }
        if let basis = rule.basis { lastBasis = basis }
    }

    var basis: String {
        (melden == true ? meldenBasis : lastBasis) ?? lastBasis ?? ""
    }
}
