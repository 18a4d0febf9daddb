/// The three answers to a yes/no question.
public enum Polarity: String, Sendable {
    case yes, no, unsure
}

/// What the words of an answer say about yes, no or doubt.
struct AnswerReading: Sendable {
    var polarity: Polarity?
    /// 0...1: how plainly the answer was given.
    var strength: Double
    /// When the answer is contradictory: the most likely reading, for a
    /// clarifying question.
    var guess: Polarity?
    /// Whether any words spoke to the question at all.
    var hasSignal: Bool { polarity != nil || guess != nil }
}

enum AnswerTag: Hashable, Sendable {
    case yes, no, softYes, softNo, unsure, hedge, negator, pseudoNegation
    case contrast, contrastAfterNegation, conclusion
    /// The question's own key phrase, and its phrases meaning yes or no.
    case echo, questionYes, questionNo
}

/// Reads yes, no or doubt from an answer: explicit words ("ja", "klopt"),
/// soft ones ("denk het wel"), doubt ("twijfel"), and echoes of the question
/// ("er is geen structurele onveiligheid"), with negation counted per clause
/// (so a double negation is a yes) and the clause after "maar" or "dus"
/// deciding.
struct AnswerReader: Sendable {
    let matcher: PhraseMatcher<AnswerTag>
    let echoAny: Bool

    static func general(_ lexicon: Lexicon, analyzer: Analyzer) -> PhraseMatcher<AnswerTag> {
        var m = PhraseMatcher<AnswerTag>()
        // Priorities settle equally long phrases listed twice: doubt first.
        m.add(lexicon.unsure, tag: .unsure, priority: 9, analyzer: analyzer)
        m.add(lexicon.pseudoNegations, tag: .pseudoNegation, priority: 8, analyzer: analyzer)
        m.add(lexicon.contrastAfterNegation, tag: .contrastAfterNegation, priority: 7, analyzer: analyzer)
        m.add(lexicon.softNo, tag: .softNo, priority: 6, analyzer: analyzer)
        m.add(lexicon.softYes, tag: .softYes, priority: 5, analyzer: analyzer)
        m.add(lexicon.no, tag: .no, priority: 4, analyzer: analyzer)
        m.add(lexicon.yes, tag: .yes, priority: 3, analyzer: analyzer)
        m.add(lexicon.conclusion, tag: .conclusion, priority: 2, analyzer: analyzer)
        m.add(lexicon.contrast, tag: .contrast, priority: 2, analyzer: analyzer)
        m.add(lexicon.negators, tag: .negator, priority: 1, analyzer: analyzer)
        m.add(lexicon.hedges, tag: .hedge, priority: 0, analyzer: analyzer)
        return m
    }

    init(general: PhraseMatcher<AnswerTag>, cues: QuestionCues, analyzer: Analyzer) {
        var m = general
        // A question's own phrases win over general ones of the same length,
        // and may hold a short gap ("werken niet mee").
        m.add(cues.no, tag: .questionNo, priority: 11, gap: 2, analyzer: analyzer)
        m.add(cues.yes, tag: .questionYes, priority: 10, gap: 2, analyzer: analyzer)
        m.add(cues.echo, tag: .echo, priority: 10, gap: 2, analyzer: analyzer)
        matcher = m
        echoAny = cues.echoAny
    }

    private struct ClauseSignal {
        var polarity: Polarity?
        var strength: Double
        var conflict: Bool
        var lastPolarity: Polarity?
        var affirmedEcho: Bool
    }

    func read(_ words: [Word]) -> AnswerReading {
        let matches = matcher.matches(in: words)
        var markerAt: [Int: ClauseMarker] = [:]
        var afterNegation: Set<Int> = []
        var negators: Set<Int> = []
        for match in matches {
            switch match.tag {
            case .contrast: markerAt[match.first] = .contrast
            case .conclusion: markerAt[match.first] = .conclusion
            case .contrastAfterNegation: afterNegation.insert(match.first)
            case .negator: negators.insert(match.first)
            default: break
            }
        }
        let clauses = Clauses(words: words, markerAt: markerAt, startsAfterNegation: afterNegation, isNegator: negators)

        var negationCount = Array(repeating: 0, count: clauses.count)
        for position in negators { negationCount[clauses.clauseOf[position]] += 1 }
        var signals = Array(repeating: ClauseSignal(polarity: nil, strength: 0, conflict: false, lastPolarity: nil, affirmedEcho: false), count: clauses.count)
        var positive = Array(repeating: 0.0, count: clauses.count)
        var negative = Array(repeating: 0.0, count: clauses.count)
        var doubt = Array(repeating: false, count: clauses.count)
        var hedged = Array(repeating: false, count: clauses.count)

        for match in matches {
            let c = clauses.clauseOf[match.first]
            let negated = negationCount[c] % 2 == 1
            func add(_ polarity: Polarity, _ strength: Double) {
                if polarity == .yes { positive[c] = max(positive[c], strength) } else { negative[c] = max(negative[c], strength) }
                signals[c].lastPolarity = polarity
            }
            switch match.tag {
            case .yes: negated ? add(.no, 0.85) : add(.yes, 0.95)
            case .no: add(.no, 0.95)
            case .softYes: add(.yes, 0.75)
            case .softNo: add(.no, 0.75)
            case .contrastAfterNegation:
                // "wel" is a soft yes, whether or not it started a contrast.
                if !negated { add(.yes, 0.7) }
            case .unsure:
                // "ik twijfel niet" is no doubt.
                if !negated { doubt[c] = true }
            case .echo, .questionYes:
                if negated { add(.no, 0.85) } else { add(.yes, 0.85); signals[c].affirmedEcho = true }
            case .questionNo: negated ? add(.yes, 0.85) : add(.no, 0.85)
            case .hedge: hedged[c] = true
            case .negator, .pseudoNegation, .contrast, .conclusion: break
            }
        }

        for c in 0..<clauses.count {
            let cap = hedged[c] ? 0.75 : 1.0
            if doubt[c] {
                signals[c].polarity = .unsure
                signals[c].strength = 0.9
            } else if positive[c] > 0 && negative[c] > 0 {
                signals[c].conflict = true
            } else if positive[c] > 0 {
                signals[c].polarity = .yes
                signals[c].strength = min(positive[c], cap)
            } else if negative[c] > 0 {
                signals[c].polarity = .no
                signals[c].strength = min(negative[c], cap)
            } else if negationCount[c] > 0 {
                // A bare "niet" or "nergens": a weak no.
                signals[c].polarity = .no
                signals[c].strength = min(0.6, cap)
                signals[c].lastPolarity = .no
            }
        }
        return combine(signals, markers: clauses.markers)
    }

    /// Weighs the clauses: a conclusion decides; after a contrast the last
    /// clause decides; otherwise all must agree. Doubt anywhere stays doubt
    /// unless a plain, decisive answer follows it.
    private func combine(_ signals: [ClauseSignal], markers: [ClauseMarker]) -> AnswerReading {
        let speaking = signals.indices.filter { signals[$0].polarity != nil || signals[$0].conflict }
        guard !speaking.isEmpty else { return AnswerReading(polarity: nil, strength: 0, guess: nil) }
        let anyDoubt = speaking.contains { signals[$0].polarity == .unsure }

        if echoAny, !anyDoubt, speaking.contains(where: { signals[$0].affirmedEcho }) {
            return AnswerReading(polarity: .yes, strength: 0.85, guess: nil)
        }

        let decisive = speaking.last(where: { markers[$0] == .conclusion })
            ?? speaking.last(where: { markers[$0] == .contrast && $0 == speaking.last })
        if let d = decisive {
            let signal = signals[d]
            if signal.conflict {
                return AnswerReading(polarity: nil, strength: 0.3, guess: signal.lastPolarity)
            }
            let earlierDoubt = speaking.contains { $0 < d && signals[$0].polarity == .unsure }
            if earlierDoubt && signal.polarity != .unsure && signal.strength < 0.9 {
                return AnswerReading(polarity: .unsure, strength: 0.8, guess: nil)
            }
            return AnswerReading(polarity: signal.polarity, strength: signal.strength, guess: nil)
        }

        if anyDoubt {
            return AnswerReading(polarity: .unsure, strength: 0.9, guess: nil)
        }
        var polarities: Set<Polarity> = []
        var strength = 0.0
        for i in speaking {
            if signals[i].conflict { polarities.formUnion([.yes, .no]) }
            if let p = signals[i].polarity {
                polarities.insert(p)
                strength = max(strength, signals[i].strength)
            }
        }
        if polarities.count == 1, let only = polarities.first {
            return AnswerReading(polarity: only, strength: strength, guess: nil)
        }
        let lastSpeaking = speaking.last!
        return AnswerReading(polarity: nil, strength: 0.3, guess: signals[lastSpeaking].lastPolarity ?? signals[lastSpeaking].polarity)
    }
}
