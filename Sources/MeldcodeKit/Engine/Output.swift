import DutchText

/// What the engine asks the front-end to show. The terminal prints these; the
/// JSON Lines session writes them as events.
public enum Output: Sendable, Equatable {
    case say(String)
    /// Ask a question and wait for one answer.
    case ask(question: String, expects: AnswerKind, text: String)
    /// A line written into the dossier.
    case note(step: String, text: String)
    /// Stap 5: is melden necessary, is help (also) possible, and which
    /// question decided it.
    case decision(melden: Bool, hulp: Bool, basis: String)
    /// A check (the kindcheck) ended with an outcome.
    case outcome(check: String, value: String)
    /// The conversation is over (route finished or paused): show the dossier.
    case end(paused: Bool)
    /// Put this text on the clipboard ("kopieer"); a front-end without one
    /// shows it.
    case copy(String)
}
