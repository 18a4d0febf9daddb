import DutchText
import Foundation

/// What an answer was taken to mean.
public enum AnswerValue: Sendable, Equatable {
    case yes, no, unsure
    /// An open answer, kept as written.
    case text
    /// An open answer that says the fact is not known yet ("weet ik nog niet").
    case unknown
    case age(Int?)
    case roles([String], Polarity)
    case choice(String)

    /// The branch an answer takes at a yes/no or roles question.
    var polarity: Polarity? {
        switch self {
        case .yes: .yes
        case .no: .no
        case .unsure: .unsure
        case .roles(_, let p): p
        default: nil
        }
    }
}

/// One thing that happened in a case. A case is its list of events; the
/// conversation's state is a fold over them, so undo, resume and the dossier
/// all come from this one list.
public enum CaseEvent: Sendable, Equatable {
    /// The case began on a route (or a check run on its own).
    case started(dialogue: String, at: Date)
    /// The professional answered `question`. `danger` marks an answer to
    /// stap 0 that itself described the danger, so it also counts as the
    /// first signal.
    case answered(question: String, text: String, value: AnswerValue, danger: Bool, at: Date)
    /// Text at `question` described acute danger: stap 0 interrupts.
    case emergency(question: String, text: String, at: Date)
    /// "terug": the last answer (or alarm) and what followed from it are taken back.
    case tookBack(at: Date)
    /// "ga naar stap 3": the order of the steps is free (seed 001).
    case jumped(step: String, at: Date)
    case paused(at: Date)
    case resumed(at: Date)

    public var at: Date {
        switch self {
        case .started(_, let at), .answered(_, _, _, _, let at), .emergency(_, _, let at),
             .tookBack(let at), .jumped(_, let at), .paused(let at), .resumed(let at):
            at
        }
    }

    /// True for the events "terug" can take back.
    var isInput: Bool {
        switch self {
        case .answered, .emergency, .jumped: true
        default: false
        }
    }
}
