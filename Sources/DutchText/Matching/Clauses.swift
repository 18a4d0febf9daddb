/// How a clause is introduced.
enum ClauseMarker: Sendable {
    case none
    /// "maar", "echter": what follows weighs more than what came before.
    case contrast
    /// "dus", "kortom": what follows is the conclusion.
    case conclusion
    /// "hoewel": what follows concedes a point and weighs less.
    case concessive
    /// "omdat", "want": what follows gives a reason and weighs less.
    case reason
}

/// The clauses and sentences of an answer: positions of its words grouped by
/// punctuation and by contrast and conclusion words.
struct Clauses {
    /// Clause number of each word position.
    var clauseOf: [Int]
    /// Sentence number of each word position.
    var sentenceOf: [Int]
    /// The marker that opened each clause.
    var markers: [ClauseMarker]
    /// Whether each clause ends with a question mark ("acuut? nee").
    var asks: [Bool]

    var count: Int { markers.count }

    /// The sentence each clause starts in.
    var sentenceOfClause: [Int] {
        var result = Array(repeating: -1, count: count)
        for i in clauseOf.indices where result[clauseOf[i]] < 0 { result[clauseOf[i]] = sentenceOf[i] }
        return result
    }

    /// - Parameters:
    ///   - markerAt: the marker each word position starts, if any (one
    ///     entry per word; arrays, since every word is looked up).
    ///   - startsAfterNegation: positions ("wel") that start a contrasting
    ///     clause only when their clause already holds a negation.
    ///   - isNegator: whether a position is a negation word.
    init(words: [Word], markerAt: [ClauseMarker?], startsAfterNegation: [Bool] = [], isNegator: [Bool] = []) {
        clauseOf = Array(repeating: 0, count: words.count)
        sentenceOf = Array(repeating: 0, count: words.count)
        markers = [.none]
        asks = [false]
        var clause = 0
        var sentence = 0
        var clauseHasWords = false
        var clauseHasNegation = false
        var previousHadNegation = false
        for (i, word) in words.enumerated() {
            // "structureel... weet ik niet": an ellipsis hesitates, it does not
            // end what is being said.
            let ellipsis = word.text == "." && ((i > 0 && words[i - 1].text == ".") || (i + 1 < words.count && words[i + 1].text == "."))
            if ellipsis {
                clauseOf[i] = clause
                sentenceOf[i] = sentence
                continue
            }
            if word.kind == .boundary {
                if [".", "!", "?", ";"].contains(word.text) { sentence += 1 }
                if word.text == "?", clauseHasWords { asks[clause] = true }
                if clauseHasWords {
                    clause += 1
                    // "dus ik moet eerlijk zijn: dit leidt niet tot ...": what
                    // a colon introduces belongs to the marker before it.
                    markers.append(word.text == ":" ? markers[clause - 1] : .none)
                    asks.append(false)
                    previousHadNegation = clauseHasNegation
                    clauseHasWords = false
                    clauseHasNegation = false
                }
                clauseOf[i] = clause
                sentenceOf[i] = sentence
                continue
            }
            var marker = i < markerAt.count ? markerAt[i] : nil
            // "niet acuut wel structureel", "niet acuut, wel al maanden"
            if marker == nil, i < startsAfterNegation.count, startsAfterNegation[i], clauseHasNegation || (!clauseHasWords && previousHadNegation) {
                marker = .contrast
            }
            if let marker {
                if clauseHasWords {
                    clause += 1
                    markers.append(marker)
                    asks.append(false)
                    previousHadNegation = clauseHasNegation
                } else {
                    // "…, maar": the punctuation already opened the clause.
                    if markers[clause] == .none { markers[clause] = marker }
                }
                clauseHasWords = false
                clauseHasNegation = false
            }
            clauseOf[i] = clause
            sentenceOf[i] = sentence
            clauseHasWords = true
            if i < isNegator.count, isNegator[i] { clauseHasNegation = true }
        }
    }
}

extension Clauses {
    /// Spans in quotation marks of three words or more: a sentence quoted,
    /// someone else's words, not a word held up ("nou, 'meewerken'...").
    static func quotedSentences(_ words: [Word]) -> [ClosedRange<Int>] {
        var spans: [ClosedRange<Int>] = []
        var open: Int?
        for (i, word) in words.enumerated() {
            if word.opensQuote { open = i }
            if word.closesQuote, let start = open {
                if words[start...i].filter({ $0.kind != .boundary }).count >= 3 { spans.append(start...i) }
                open = nil
            }
        }
        return spans
    }
}
