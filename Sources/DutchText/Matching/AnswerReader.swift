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
    /// The answer comes from how the sentence is built, not from its words:
    /// turned by a negation of the whole sentence ("het is niet zo dat er
    /// iets speelt"), or a plan where the question asks what was done ("ja,
    /// dat ga ik doen").
    var structural = false
    /// Doubt only because different clauses say yes and no ("moeder wel,
    /// vader niet"), without a word of doubt.
    var mixed = false
}

enum AnswerTag: Hashable, Sendable {
    /// "ja", "klopt", "zeker": a yes that a negation can turn ("klopt niet").
    case yes
    /// "nee", "nope": a no on its own.
    case no
    /// "denk het wel" / "nauwelijks": soft answers on their own.
    case softYes, softNo
    /// A negation: "niet", "geen", and phrases such as "zeker niet" (strong)
    /// or "niet echt" (soft). It turns the answer words in its scope, or is a
    /// no on its own.
    case negation(strength: Double)
    case unsure, hedge, pseudoNegation
    /// "kan zijn": doubt only when it ends its clause.
    case unsureAtEnd
    /// "alleen als": a condition, so doubt, only when it opens the answer
    /// ("nee niet echt, alleen als het ze uitkomt" is a no).
    case unsureAtStart
    /// "en dat": refers back to a condition ("alleen als ..., en dat doet ze niet").
    case conditionRef
    /// "meer ... dan": denies what follows ("meer armoede dan mishandeling").
    case ratherThan
    /// "het is niet zo dat": turns the answer of the rest of its clause.
    case sentential
    case contrast, contrastAfterNegation, contrastAtStart, conclusion, concessive
    /// "omdat", "want": the clause gives a reason, not the answer.
    case reason
    /// "te sterk": turns the answer word before it.
    case denial
    /// A word after which "maar" means "only".
    case notContrast
    /// The question's own key phrase, and its phrases meaning yes, no or doubt.
    case echo, questionYes, questionNo, questionUnsure
    /// "staat gepland", "ga ik doen": not done yet, asked whether it was.
    case notYet
    /// "geprobeerd": asked whether it was done, an attempt alone is a soft no.
    case tried
    /// An answer word that counts only when it makes up its clause ("wisselend.").
    case alone(Polarity)
    /// "als ik eerlijk ben": not counted in the clause's length.
    case aside
}

/// Single words the reader looks at by their number rather than as phrases
/// (they are frequent, and a phrase match for each would cost time).
struct ReaderWords: Sendable {
    /// "ik": a doubt phrase holding one of these is the professional's own.
    var firstPerson: WordSet = []
    /// "hij", "moeder": the doubt phrase right after is someone else's.
    var others: WordSet = []
    /// "hij", "die": of the others, those that may point back.
    var pronouns: WordSet = []
    /// "misschien": doubt that stays the professional's after "vader".
    var ownDoubt: WordSet = []
    /// "en", "of": a negation does not turn an answer word across them.
    var barriers: WordSet = []
    /// "of" opening a clause: what follows is asked, not stated.
    var whether: WordSet = []
    /// "als", "mocht" opening a clause: what it says is supposed, not stated.
    var conditionals: WordSet = []
    /// "je", "u": a supposition about the one asking.
    var addressees: WordSet = []
    /// "hij", "vader", "het": the subject a supposition opens with.
    var subjects: WordSet = []
    /// "ja", "nee": at the start they make a clause of their own.
    var interjections: WordSet = []
    /// "zei", "zeggen": a "ja" or "nee" right after one is reported, not given.
    var reporting: WordSet = []
    /// "collega", "mentor": what one of these says is passed on as the answer.
    var colleagues: WordSet = []
    /// "de", "mijn": before a colleague, that colleague is the subject.
    var determiners: WordSet = []
    /// "van", "met": between "zeggen" and "ja" they make the speaker's own
    /// answer ("je kunt wel zeggen van ja"), not a reported one.
    var functionWords: WordSet = []
    /// "wel met de", "niet bij": words before the person a clause is about.
    var beforePerson: WordSet = []
    /// "niet", "geen".
    var negators: WordSet = []
    /// "dat wel": the words of each phrase that grants the part before it.
    var granted: Set<[Int32]> = []
    /// "dat": the first words of those phrases.
    var grantedFirst: WordSet = []
    /// "ben het met haar eens": the words of each phrase of agreement.
    var agreeing: [[Int32]] = []
    /// "natuurlijk niet": the words of each emphatic answer.
    var emphatic: [[Int32]] = []
    /// "hoor": may follow an opening "ja" or "nee" before an emphatic answer.
    var particles: WordSet = []

    init() {}

    init(_ lexicon: Lexicon, analyzer: Analyzer) {
        /// The words of each phrase; a phrase with an unknown word cannot
        /// match and is left out.
        func sequences(_ list: [String]) -> [[Int32]] {
            list.map { analyzer.phrase($0).filter { $0.kind != .boundary }.map(\.id) }.filter { !$0.contains(-1) }
        }
        func ids(_ list: [String]) -> WordSet {
            WordSet(list.compactMap { phrase in
                let words = analyzer.phrase(phrase)
                return words.count == 1 && words[0].id >= 0 ? words[0].id : nil
            })
        }
        firstPerson = ids(lexicon.firstPerson)
        others = ids(lexicon.others)
        pronouns = ids(lexicon.pronouns)
        ownDoubt = ids(lexicon.ownDoubt)
        barriers = ids(lexicon.gapBarriers)
        whether = ids(lexicon.whether)
        conditionals = ids(lexicon.conditionals)
        addressees = ids(lexicon.addressees)
        subjects = ids(lexicon.others + lexicon.firstPerson + lexicon.conditionalSubjects)
        interjections = ids(lexicon.interjections)
        reporting = ids(lexicon.reportingVerbs)
        colleagues = ids(lexicon.colleagues)
        determiners = ids(lexicon.determiners)
        functionWords = ids(lexicon.functionWords)
        beforePerson = ids(lexicon.functionWords + lexicon.determiners + lexicon.negators + lexicon.contrastAfterNegation)
        negators = ids(lexicon.negators)
        granted = Set(lexicon.granted.map { analyzer.phrase($0).filter { $0.kind != .boundary }.map(\.id) })
        grantedFirst = WordSet(granted.compactMap { $0.first }.filter { $0 >= 0 })
        agreeing = sequences(lexicon.agreeing)
        emphatic = sequences(lexicon.emphatic)
        particles = ids(lexicon.particles)
    }
}

/// Reads yes, no or doubt from an answer: plain words ("ja", "klopt"), soft
/// ones ("denk het wel"), doubt ("twijfel"), and echoes of the question ("er
/// is geen structurele onveiligheid"). A negation turns the answer words that
/// follow it in its clause (or, with none following, the one before: "dat
/// vermoeden heb ik niet"); two negations cancel. The clause after "maar"
/// or "dus" decides; a plain "ja"/"nee" up front decides over the
/// explanation that follows it.
final class AnswerReader: Sendable {
    let matcher: PhraseMatcher<AnswerTag>
    let echoAny: Bool

    static func general(_ lexicon: Lexicon, analyzer: Analyzer) -> PhraseMatcher<AnswerTag> {
        var m = PhraseMatcher<AnswerTag>()
        m.addGapBarriers(lexicon.gapBarriers, analyzer: analyzer)
        let negators = Set(lexicon.negators.flatMap { analyzer.phrase($0).map(\.id) })
        func hasNegation(_ phrase: String) -> Bool {
            analyzer.phrase(phrase).contains { negators.contains($0.id) }
        }
        // Priorities settle equally long phrases listed twice: doubt first.
        m.add(lexicon.sententialNegations, tag: .sentential, priority: 12, analyzer: analyzer)
        m.add(lexicon.asides, tag: .aside, priority: 11, analyzer: analyzer)
        m.add(lexicon.neutral, tag: .pseudoNegation, priority: 12, analyzer: analyzer)
        // Doubt may hold one word more: "weet ik dus niet", "weet het gewoon niet".
        m.add(lexicon.unsure, tag: .unsure, priority: 9, gap: 1, analyzer: analyzer)
        m.add(lexicon.unsureAtEnd, tag: .unsureAtEnd, priority: 9, analyzer: analyzer)
        m.add(lexicon.unsureAtStart, tag: .unsureAtStart, priority: 9, analyzer: analyzer)
        m.add(lexicon.conditionRefs, tag: .conditionRef, priority: 2, analyzer: analyzer)
        m.add(lexicon.ratherThan, tag: .ratherThan, priority: 1, gap: 6, analyzer: analyzer)
        m.add(lexicon.denials, tag: .denial, priority: 6, analyzer: analyzer)
        m.add(lexicon.concessive, tag: .concessive, priority: 2, analyzer: analyzer)
        m.add(lexicon.reasons, tag: .reason, priority: 2, analyzer: analyzer)
        m.add(lexicon.contrastNotAfter, tag: .notContrast, priority: 0, analyzer: analyzer)
        m.add(lexicon.pseudoNegations, tag: .pseudoNegation, priority: 8, analyzer: analyzer)
        m.add(lexicon.contrastAfterNegation, tag: .contrastAfterNegation, priority: 7, analyzer: analyzer)
        m.add(lexicon.softNo.filter(hasNegation), tag: .negation(strength: 0.75), priority: 6, analyzer: analyzer)
        m.add(lexicon.softNo.filter { !hasNegation($0) }, tag: .softNo, priority: 6, analyzer: analyzer)
        m.add(lexicon.softYes, tag: .softYes, priority: 5, analyzer: analyzer)
        for (polarity, phrases) in lexicon.alone {
            m.add(phrases, tag: .alone(polarity), priority: 5, analyzer: analyzer)
        }
        m.add(lexicon.no.filter(hasNegation), tag: .negation(strength: 0.95), priority: 4, analyzer: analyzer)
        m.add(lexicon.no.filter { !hasNegation($0) }, tag: .no, priority: 4, analyzer: analyzer)
        m.add(lexicon.yes, tag: .yes, priority: 3, analyzer: analyzer)
        m.add(lexicon.conclusion, tag: .conclusion, priority: 2, analyzer: analyzer)
        m.add(lexicon.contrast, tag: .contrast, priority: 2, analyzer: analyzer)
        m.add(lexicon.contrastAtStart, tag: .contrastAtStart, priority: 2, analyzer: analyzer)
        // "het is niet zo dat" is a deliberate negation; a lone "niet" is weak.
        let single = lexicon.negators.filter { analyzer.phrase($0).count == 1 }
        m.add(single, tag: .negation(strength: 0.6), priority: 1, analyzer: analyzer)
        m.add(lexicon.negators.filter { analyzer.phrase($0).count > 1 }, tag: .negation(strength: 0.9), priority: 1, analyzer: analyzer)
        m.add(lexicon.hedges, tag: .hedge, priority: 0, analyzer: analyzer)
        return m
    }

    let special: ReaderWords

    init(general: PhraseMatcher<AnswerTag>, cues: QuestionCues, notYet: [String] = [], tried: [String] = [], special: ReaderWords = ReaderWords(),
         analyzer: Analyzer) {
        self.special = special
        var m = general
        // A question's own phrases win over general ones of the same length,
        // and may hold a short gap ("werken niet mee").
        m.add(notYet, tag: .notYet, priority: 13, gap: 2, analyzer: analyzer)
        m.add(tried, tag: .tried, priority: 12, analyzer: analyzer)
        m.add(cues.no, tag: .questionNo, priority: 11, gap: 2, analyzer: analyzer)
        m.add(cues.yes, tag: .questionYes, priority: 10, gap: 2, analyzer: analyzer)
        m.add(cues.echo, tag: .echo, priority: 10, gap: 3, analyzer: analyzer)
        m.add(cues.unsure, tag: .questionUnsure, priority: 10, analyzer: analyzer)
        for (polarity, phrases) in cues.alone.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            m.add(phrases, tag: .alone(polarity), priority: 10, analyzer: analyzer)
        }
        matcher = m
        echoAny = cues.echoAny
    }

    /// What one clause says.
    struct ClauseSignal {
        var polarity: Polarity?
        var strength = 0.0
        var conflict = false
        var lastPolarity: Polarity?
        /// A key phrase of the question, affirmed, in a clause without doubt.
        var affirmedEcho = false
        /// The clause is a plain "ja"/"nee"/"klopt" and nothing else that speaks.
        var plain = false
        /// The clause is a soft answer and nothing else, ending a sentence
        /// ("denk het wel."): up front it decides as a plain answer does.
        var softSentence = false
        /// The clause holds a plain answer word.
        var explicit = false
        /// Its answer was turned by "het is niet zo dat", or by two negations.
        var turned = false
        /// It says the thing asked about is planned, not done; or that it was done.
        var notYet = false
        var done = false
        /// The question's word held up in quotation marks ("nou, 'meewerken'...").
        var heldUp = false
    }

    func read(_ words: [Word]) -> AnswerReading {
        let matches = matcher.matches(in: words)
        // "ja, natuurlijk niet", "nee hoor, zeker wel": the opening word is
        // a particle, the emphatic answer after it speaks. The scorer, which
        // counts the opening word as an answer, may not turn it back.
        if let start = emphaticAfterOpening(words) {
            var reading = read(words, spoken: matches.filter { $0.last >= start })
            reading.structural = reading.polarity == .yes || reading.polarity == .no
            return reading
        }
        return read(words, spoken: matches)
    }

    /// Reads the answer from `matches`, with quotes and answers passed on
    /// set apart.
    private func read(_ words: [Word], spoken matches: [PhraseMatcher<AnswerTag>.Match]) -> AnswerReading {
        // "hij zei 'ik weet alleen niet hoe het anders moet'": answer words
        // inside a quoted sentence are someone else's; the professional's
        // own words answer, when they do.
        let quoted = Clauses.quotedSentences(words)
        if !quoted.isEmpty, !agrees(with: quoted, in: words) {
            let own = matches.filter { m in !(isAnswerWord(m.tag) && quoted.contains { $0.contains(m.first) && $0.contains(m.last) }) }
            if own.count < matches.count {
                let reading = read(words, matches: own)
                if reading.polarity != nil { return reading }
            }
        }
        // "mijn collega zegt ja": a colleague's answer, passed on. It is the
        // answer only when the professional gives none of their own ("mijn
        // leidinggevende zegt van wel ... ik zelf vind van niet").
        let passedOn = matches.filter { m in
            [.yes, .no, .softYes, .softNo].contains(m.tag) && m.first > 0
                && (((m.first - 2)...(m.first - 1)).contains { p in
                    p >= 0 && special.reporting.contains(words[p].id) && colleagueBefore(p, words)
                }
                // "mijn collega denkt van wel": the verb is part of the soft answer.
                || ([.softYes, .softNo].contains(m.tag) && colleague(within: 3, before: m.first, words)))
        }
        if !passedOn.isEmpty {
            let own = read(words, matches: matches.filter { m in !passedOn.contains { $0.first == m.first && $0.tag == m.tag } })
            if own.polarity != nil { return own }
        }
        return read(words, matches: matches)
    }

    /// Where an emphatic answer starts that follows only an opening "ja" or
    /// "nee" (and particles: "ja nee", "nee hoor", "hmm ja"), commas aside,
    /// and ends its part of the sentence ("ja, toch niet helemaal" is not
    /// "toch niet").
    private func emphaticAfterOpening(_ words: [Word]) -> Int? {
        // (Most answers open with another word: nothing is built for them.)
        var k = 0
        var opened = false
        while k < words.count {
            let word = words[k]
            if word.kind != .boundary {
                if special.interjections.contains(word.id) { opened = true } else if !special.particles.contains(word.id) { break }
            }
            k += 1
        }
        guard opened, k < words.count else { return nil }
        let spoken = words.indices[k...].filter { words[$0].kind != .boundary }.prefix(4)
        let ids = spoken.map { words[$0].id }
        guard let phrase = special.emphatic.first(where: { !$0.isEmpty && ids.starts(with: $0) }) else { return nil }
        let end = spoken[spoken.startIndex + phrase.count - 1]
        return end + 1 == words.count || words[end + 1].kind == .boundary ? k : nil
    }

    /// Whether a phrase of agreement follows a quoted sentence.
    private func agrees(with quoted: [ClosedRange<Int>], in words: [Word]) -> Bool {
        guard let end = quoted.map(\.upperBound).min() else { return false }
        let ids = words[(end + 1)...].filter { $0.kind != .boundary }.map(\.id)
        return special.agreeing.contains { phrase in
            !phrase.isEmpty && phrase.count <= ids.count && (0...(ids.count - phrase.count)).contains { Array(ids[$0..<($0 + phrase.count)]) == phrase }
        }
    }

    private func isAnswerWord(_ tag: AnswerTag) -> Bool {
        switch tag {
        case .yes, .no, .softYes, .softNo, .negation, .unsure, .unsureAtEnd, .unsureAtStart, .hedge: true
        default: false
        }
    }

    /// A colleague named just before the reporting verb at `p` ("mijn
    /// collega zegt ja").
    private func colleagueBefore(_ p: Int, _ words: [Word]) -> Bool {
        (max(0, p - 2)..<p).contains { special.colleagues.contains(words[$0].id) }
    }

    /// Someone else is the subject just before position `p`: the word right
    /// before it ("hij weet niet"), or two words before with one between
    /// ("ze kan het niet overzien"); not when the professional is named there
    /// or a new clause begins ("vader ... maar weet niet").
    private func saidOfOthers(before p: Int, _ words: [Word], matches: [PhraseMatcher<AnswerTag>.Match]) -> Bool {
        if special.others.contains(words[p - 1].id) { return true }
        // "mijn leidinggevende weet het nog niet" (not "wij twijfelen").
        if p >= 2, special.colleagues.contains(words[p - 1].id), special.determiners.contains(words[p - 2].id) { return true }
        guard p >= 3, special.others.contains(words[p - 3].id) else { return false }
        let opens = { (q: Int) in matches.contains { $0.first == q && [.contrast, .reason, .conclusion, .concessive].contains($0.tag) } }
        return !((p - 2)..<p).contains { words[$0].kind == .boundary || special.firstPerson.contains(words[$0].id) || opens($0) }
    }

    /// A colleague among the `n` words before `p`, in the same part of the sentence.
    private func colleague(within n: Int, before p: Int, _ words: [Word]) -> Bool {
        var q = p - 1
        while q >= max(0, p - n), words[q].kind != .boundary {
            if special.colleagues.contains(words[q].id) { return true }
            q -= 1
        }
        return false
    }

    private func read(_ words: [Word], matches: [PhraseMatcher<AnswerTag>.Match]) -> AnswerReading {
        var matches = matches
        // "hij weet niet dat ze hier is", "ze kan het niet overzien": not the
        // professional's doubt.
        let all = matches
        matches.removeAll {
            $0.tag == .unsure && $0.first > 0 && saidOfOthers(before: $0.first, words, matches: all)
                && !special.ownDoubt.contains(words[$0.first].id)
                && !$0.positions.contains { special.firstPerson.contains(words[$0].id) }
                // "voor de kinderen twijfel ik": the doubt is the professional's.
                && !($0.last + 1 < words.count && special.firstPerson.contains(words[$0.last + 1].id))
        }
        // "ze zeggen ja en doen nee", "vorige keer zei ik nee", "ze zegt van
        // niet": reported answers, not the professional's ("eerlijk gezegd nee" is an aside).
        let asides = matches.filter { $0.tag == .aside }
        func reports(_ p: Int) -> Bool {
            special.reporting.contains(words[p].id) && !asides.contains { $0.first <= p && p <= $0.last }
                // "mijn collega zegt ja": a colleague's answer, passed on.
                && !colleagueBefore(p, words)
        }
        matches.removeAll { m in
            let reportable = [.yes, .no, .softYes, .softNo].contains(m.tag) || (m.tag == .unsure && special.interjections.contains(words[m.first].id))
            guard reportable, m.first > 0 else { return false }
            if reports(m.first - 1) { return true }
            // "vorige keer zei ik nee", "ze zeggen overal ja op": one word between.
            return m.first > 1 && reports(m.first - 2) && words[m.first - 1].kind != .boundary
                && !special.functionWords.contains(words[m.first - 1].id)
        }
        let barriers = words.indices.filter { special.barriers.contains(words[$0].id) || special.whether.contains(words[$0].id) }
        var markerAt = [ClauseMarker?](repeating: nil, count: words.count)
        var afterNegation = [Bool](repeating: false, count: words.count)
        var negationPositions = [Bool](repeating: false, count: words.count)
        let notContrast = Set(matches.filter { $0.tag == .notContrast }.map(\.last))
        for match in matches {
            switch match.tag {
            case .contrast where !notContrast.contains(match.first - 1): markerAt[match.first] = .contrast
            case .concessive: markerAt[match.first] = .concessive
            case .reason: markerAt[match.first] = .reason
            case .conclusion where endsClause(match, words) && match.first > 0 && words[match.first - 1].kind != .boundary:
                // "... ja dus": a "dus" that ends its clause concludes that clause.
                let start = (words[..<match.first].lastIndex { $0.kind == .boundary }).map { $0 + 1 } ?? 0
                if markerAt[start] == nil { markerAt[start] = .conclusion }
            case .conclusion: markerAt[match.first] = .conclusion
            case .contrastAtStart where match.first == 0 || words[match.first - 1].kind == .boundary:
                markerAt[match.first] = .contrast
            case .contrastAfterNegation: afterNegation[match.first] = true
            case .negation: negationPositions[match.first] = true
            default: break
            }
        }
        // "moeder wel vader niet": two parts side by side, without a comma.
        // ("wel" is found as the word that may open a contrast.)
        for yes in matches where [.softYes, .contrastAfterNegation].contains(yes.tag) && yes.count == 1 && !endsClause(yes, words) {
            guard let no = matches.first(where: { m in
                if case .negation = m.tag { m.count == 1 && m.first > yes.first + 1 && endsClause(m, words) } else { false }
            }), !words[yes.first..<no.first].contains(where: { $0.kind == .boundary }),
                  !(yes.first + 1...no.first).contains(where: { markerAt[$0] != nil }) else { continue }
            markerAt[yes.first + 1] = ClauseMarker.none
        }
        // "jep moeder is psychisch niet in orde": a "ja" or "nee" that opens
        // the text on its own stands apart, as if a comma followed it.
        if words.count > 1, words[1].kind != .boundary, special.interjections.contains(words[0].id), markerAt[1] == nil,
           matches.contains(where: { $0.first == 0 && $0.last == 0 && ($0.tag == .yes || $0.tag == .no) }) {
            markerAt[1] = ClauseMarker.none
        }
        // "lijkt me niet ze hebben nu hulp": a soft answer of some words that
        // opens the text, with a person after it, is a sentence of its own
        // (dictated answers have no punctuation).
        // ("lijkt me niet" is read as a negation phrase.)
        if let soft = matches.first(where: { m in
               // ("ik denk het niet ...": the phrase may follow an "ik".)
               guard m.first == 0 || (m.first == 1 && special.firstPerson.contains(words[0].id)), m.count >= 2 else { return false }
               if case .negation = m.tag { return true }
               return m.tag == .softYes || m.tag == .softNo
           }),
           soft.last + 1 < words.count, words[soft.last + 1].kind != .boundary, markerAt[soft.last + 1] == nil,
           special.others.contains(words[soft.last + 1].id) || special.firstPerson.contains(words[soft.last + 1].id) {
            markerAt[soft.last + 1] = ClauseMarker.none
        }
        // "niet helemaal... nee eigenlijk niet": after a hesitation, a plain
        // "ja" or "nee" concludes.
        for m in matches where (m.tag == .yes || m.tag == .no) && m.first >= 1 && special.interjections.contains(words[m.first].id)
            && markerAt[m.first] == nil
            && (words[m.first - 1].text == "\u{2026}" || (m.first >= 2 && words[m.first - 1].text == "." && words[m.first - 2].text == ".")) {
            markerAt[m.first] = .conclusion
        }
        // "... geen vervolgafspraak. Ja.": a last sentence that is only a
        // plain answer concludes what was described before it.
        if let last = words.lastIndex(where: { $0.kind != .boundary }),
           matches.contains(where: { ($0.tag == .yes || $0.tag == .no) && $0.last == last }) {
            let start = (words[..<last].lastIndex { $0.kind == .boundary && ($0.text == "." || $0.text == "!" || $0.text == ";") }).map { $0 + 1 } ?? 0
            let inside = (start...last).filter { words[$0].kind != .boundary }
            if start > 0, markerAt[start] == nil, words[..<start].contains(where: { $0.kind != .boundary }),
               let answer = matches.first(where: { ($0.tag == .yes || $0.tag == .no) && $0.first == inside.first }),
               inside.allSatisfy({ answer.positions.contains($0) }) {
                markerAt[start] = .conclusion
            }
        }
        let clauses = Clauses(words: words, markerAt: markerAt, startsAfterNegation: afterNegation, isNegator: negationPositions)
        var byClause = Array(repeating: [PhraseMatcher<AnswerTag>.Match](), count: clauses.count)
        var contentWords = Array(repeating: 0, count: clauses.count)
        for match in matches { byClause[clauses.clauseOf[match.first]].append(match) }
        // The first two words of each clause, to see whether it opens with "of".
        var opening = Array(repeating: [Int](), count: clauses.count)
        for (i, word) in words.enumerated() where word.kind != .boundary {
            contentWords[clauses.clauseOf[i]] += 1
            if opening[clauses.clauseOf[i]].count < 2 { opening[clauses.clauseOf[i]].append(i) }
        }
        for match in matches where match.tag == .aside { contentWords[clauses.clauseOf[match.first]] -= match.count }
        // "maar niet met de ouders": the word that opens a clause is not part of what it says.
        for match in matches where markerAt[match.first] != nil && [.contrast, .contrastAtStart, .conclusion, .concessive, .reason].contains(match.tag) {
            contentWords[clauses.clauseOf[match.first]] -= match.count
        }
        // "als vader weer gaat drinken wordt het onveilig": supposed, not
        // said (not an aside: "als je het mij vraagt, ...").
        // ("Als huisartsassistente heb ik ..." says in what role: the word
        // after a supposing "als" opens a subject: "hij", "vader", "het".)
        let supposes = (0..<clauses.count).map { c in
            opening[c].count == 2 && special.conditionals.contains(words[opening[c][0]].id)
                && special.subjects.contains(words[opening[c][1]].id)
                && !matches.contains { $0.tag == .aside && $0.first == opening[c][0] }
        }
        let sentences = clauses.sentenceOfClause
        // "als de ouders meewerken wel", "als X, dan wel": an answer that
        // holds only on a condition is doubt. (Not "ja, mits X", which the
        // professionals mostly meant as yes.)
        let conditional = (0..<clauses.count).map { c in
            let p = supposes[c] ? c : c - 1
            return p >= 0 && supposes[p] && !special.addressees.contains(words[opening[p][1]].id)
                && (p == c || (sentences[p] == sentences[c] && contentWords[c] <= 2 && clauses.markers[c] == .none))
        }
        // "chaotisch gezin, dat wel": a part that only grants the one before.
        // (Looked for only in texts with the first word of such a phrase.)
        var grants: Set<Int> = []
        if clauses.count > 1, words.contains(where: { special.grantedFirst.contains($0.id) }) {
            var clauseIDs = Array(repeating: [Int32](), count: clauses.count)
            for (i, word) in words.enumerated() where word.kind != .boundary && contentWords[clauses.clauseOf[i]] <= 3 {
                clauseIDs[clauses.clauseOf[i]].append(word.id)
            }
            for c in 1..<clauses.count where contentWords[c] <= 3 && special.granted.contains(clauseIDs[c]) { grants.insert(c) }
        }
        var signals = (0..<clauses.count).map { c -> ClauseSignal in
            if grants.contains(c) { return ClauseSignal() }
            // "het is niet zo dat <statement>": read the statement, then turn it.
            if let sentential = byClause[c].first(where: { $0.tag == .sentential }) {
                let inner = byClause[c].filter { $0.first > sentential.last }
                let innerWords = (sentential.last + 1..<words.count).filter {
                    clauses.clauseOf[$0] == c && words[$0].kind != .boundary
                }.count
                var signal = read(clause: inner, contentWords: innerWords, words: words, barriers: barriers, clauseOf: clauses.clauseOf, markers: clauses.markers)
                if signal.polarity == .yes { signal.polarity = .no } else if signal.polarity == .no { signal.polarity = .yes }
                signal.turned = signal.polarity == .yes || signal.polarity == .no
                signal.strength = min(signal.strength, 0.85)
                signal.affirmedEcho = false
                signal.notYet = false
                return signal
            }
            // "acuut? nee": words in a question are its topic, not an answer;
            // so are those of a clause that asks whether ("maar of het echt
            // onveilig is...").
            let asksWhether = opening[c].contains { special.whether.contains(words[$0].id) }
            let clause = clauses.asks[c] || asksWhether || supposes[c] ? byClause[c].filter { ![.echo, .questionYes, .questionNo, .questionUnsure].contains($0.tag) } : byClause[c]
            var signal = read(clause: clause, contentWords: contentWords[c], words: words, barriers: barriers, clauseOf: clauses.clauseOf, markers: clauses.markers)
            // "voor nu wel, maar of het blijft...": wondering whether, after
            // "maar", is doubt about what came before; so is a sentence that
            // wonders whether the question's own words apply ("jawel, heel
            // kort. of dat nou een echt gesprek was...").
            let wondersAfter = c > 0 && sentences[c] > sentences[c - 1] && opening[c].first.map { special.whether.contains(words[$0].id) } == true
                && byClause[c].contains { $0.tag == .echo }
            if asksWhether, clauses.markers[c] == .contrast || wondersAfter, signal.polarity == nil, !signal.conflict {
                signal.polarity = .unsure
                signal.strength = 0.8
            }
            if conditional[c], signal.polarity == .yes {
                signal.polarity = .unsure
                signal.strength = 0.8
            }
            return signal
        }
        // "bij het zoontje wel zorgen, bij de dochter niet", "wel met de
        // moeder, niet met de vader": a short part that is only "... niet"
        // (or "niet ...") makes the "wel" of the part beside it, in the same
        // sentence, an answer.
        let welAlone = signals.indices.filter { c in
            signals[c].polarity == nil && !signals[c].conflict && contentWords[c] <= 6
                && byClause[c].contains(where: { $0.tag == .contrastAfterNegation })
        }
        if !welAlone.isEmpty {
            let negatedPart = (0..<clauses.count).map { c in
                contentWords[c] <= 4 && signals[c].polarity == .no && byClause[c].last.map { m in
                    if case .negation = m.tag { m.count == 1 && (endsClause(m, words) || opening[c].first == m.first) } else { false }
                } == true
            }
            for c in welAlone where [c - 1, c + 1].contains(where: { $0 >= 0 && $0 < clauses.count && negatedPart[$0] && sentences[$0] == sentences[c] }) {
                signals[c].polarity = .yes
                signals[c].strength = 0.7
                signals[c].lastPolarity = .yes
            }
        }
        // The person each clause opens with ("moeder werkt mee", "met vader
        // niet", "wel met de moeder"): within its first two words, not
        // counting words such as "wel", "met", "de" before it.
        var subjects = [Int32?](repeating: nil, count: clauses.count)
        var opened = [Int](repeating: 0, count: clauses.count)
        for i in words.indices where words[i].kind != .boundary {
            let c = clauses.clauseOf[i]
            guard opened[c] < 2 else { continue }
            if subjects[c] == nil, special.beforePerson.contains(words[i].id) { continue }
            opened[c] += 1
            if subjects[c] == nil, special.others.contains(words[i].id) { subjects[c] = words[i].id }
        }
        // "structureel: geen idee", "acuut: nee": the question's own word
        // alone before a colon names what the answer after it is about; it
        // affirms nothing itself. (Before an explanation it is the answer:
        // "eenmalig: ik heb alleen de intake gedaan".)
        for c in 0..<max(clauses.count - 1, 0) where !byClause[c].isEmpty && byClause[c].allSatisfy({ $0.tag == .echo })
            && byClause[c].reduce(0, { $0 + $1.count }) >= contentWords[c] {
            guard let last = byClause[c].last?.last, last + 1 < words.count, words[last + 1].text == ":",
                  signals[c + 1].polarity != nil || signals[c + 1].conflict else { continue }
            signals[c] = ClauseSignal()
            if signals[c + 1].polarity == .yes, !signals[c + 1].conflict { signals[c + 1].affirmedEcho = true }
        }
        // "alleen als ze meewerkt, en dat doet ze niet": the condition the
        // answer opened with, denied in a part that refers back to it and
        // doubts nothing, settles it.
        if byClause[0].contains(where: { $0.tag == .unsureAtStart && $0.first == 0 }),
           let c = (1..<max(clauses.count, 1)).first(where: { c in byClause[c].contains { $0.tag == .conditionRef && $0.first == opening[c].first } }),
           byClause[c].contains(where: { if case .negation = $0.tag { true } else { false } }),
           signals[c].polarity != .unsure, signals[c].polarity != .yes, !signals[c].conflict,
           !signals[(c + 1)...].contains(where: { $0.polarity != nil || $0.conflict }) {
            return AnswerReading(polarity: .no, strength: 0.8, guess: nil, structural: true)
        }
        var reading = combine(signals, markers: clauses.markers, subjects: subjects, sentences: sentences)
        if !reading.structural { reading.structural = signals.contains { $0.turned } }
        // "heb t geprobeerd maar vader hing op": asked whether it was done,
        // an attempt with nothing else said is a soft no.
        if reading.polarity == nil, reading.guess == nil, matches.contains(where: { $0.tag == .tried }) {
            reading = AnswerReading(polarity: .no, strength: 0.7, guess: nil)
        }
        return reading
    }

    private func endsClause(_ match: PhraseMatcher<AnswerTag>.Match, _ words: [Word]) -> Bool {
        match.last + 1 == words.count || words[match.last + 1].kind == .boundary
    }

    /// How many words a negation with no answer word after it may follow
    /// the answer word it turns ("onveilig zou ik het niet noemen").
    static let negationReachBack = 5
    /// How far ahead a negation reaches: "er is geen sprake van structurele
    /// onveiligheid", but not into a new statement further on in a run-on text.
    static let negationReachForward = 6
    /// Dutch puts the verb last, far from its negation: "ik heb de signalen
    /// nog niet met de betrokkene of diens vertegenwoordiger besproken". An
    /// answer word that ends its clause is in reach from further away.
    static let negationReachToClauseEnd = 9

    /// An ellipsis right after the word: "...", "..", "…".
    private func trailsOff(after p: Int, _ words: [Word]) -> Bool {
        guard p + 1 < words.count else { return false }
        if words[p + 1].text == "\u{2026}" { return true }
        return words[p + 1].text == "." && p + 2 < words.count && words[p + 2].text == "."
    }

    private func isItem(_ tag: AnswerTag) -> Bool {
        switch tag {
        case .yes, .echo, .questionYes, .questionNo, .questionUnsure, .unsure: true
        default: false
        }
    }

    /// - Parameter barriers: positions of "en", "of" in the whole answer.
    private func read(clause matches: [PhraseMatcher<AnswerTag>.Match], contentWords: Int, words: [Word], barriers: [Int], clauseOf: [Int], markers: [ClauseMarker]) -> ClauseSignal {
        var signal = ClauseSignal()
        let items = matches.filter { isItem($0.tag) }
        let operators = matches.filter { if case .negation = $0.tag { true } else { false } }
        let terminators = matches.filter { $0.tag == .contrastAfterNegation }.map(\.first)

        // Which negations turn which answer words.
        var turns = Array(repeating: 0, count: items.count)
        // "nog niet nee dat komt nog": a plain "ja" or "nee" ends what a
        // negation before it reaches, as a full stop would.
        let interjections = matches.filter {
            ($0.tag == .yes || $0.tag == .no) && $0.count == 1 && special.interjections.contains(words[$0.first].id)
        }.map(\.first)
        var standalone: [(strength: Double, length: Int, endsClause: Bool, endsPart: Bool)] = []
        // Negations inside an answer phrase's gaps: (phrase, first, last); rare.
        var inside: [(item: Int, first: Int, last: Int)] = []
        for (k, op) in operators.enumerated() {
            let p = op.first
            // The scope runs to a "wel", or to the next negation when answer
            // words lie between; stacked negations ("niet zo dat ik geen")
            // share the scope of the last one.
            var end = min(terminators.filter { $0 > p }.min() ?? Int.max, interjections.filter { $0 > op.last }.min() ?? Int.max)
            // "acuut niet en structureel ook niet echt": after "en", a part
            // with its own negation is out of this one's reach; "geen X en Y"
            // still denies both.
            // "er verandert niets en ze zeggen af": a negation that ends its
            // part right before "en" reaches no further.
            if let b = barriers.filter({ $0 > p }).min(), operators.contains(where: { $0.first > b }) || b == op.last + 1 { end = min(end, b) }
            if k + 1 < operators.count {
                let next = operators[k + 1].first
                if items.contains(where: { $0.first > p && $0.first < next }) { end = min(end, next) }
            }
            // "geen mes en geen wapen", "geen mes en wapen" deny both; in
            // "niet zwanger en de kinderen zijn volwassen" what follows "en"
            // is a new statement. ("of" joins one statement: "nog niet met
            // de betrokkene of diens vertegenwoordiger besproken".)
            let nextBarrier = barriers.filter { $0 > op.last && !special.whether.contains(words[$0].id) }.min()
            var covered = false
            for (i, item) in items.enumerated() {
                let spans = item.first < p && item.last > p
                let reach = endsClause(item, words) ? Self.negationReachToClauseEnd : Self.negationReachForward
                let pastStatement = nextBarrier.map { item.first > $0 + 2 } ?? false
                if spans || (item.first > p && item.first < end && item.first - op.last <= reach && !pastStatement) {
                    turns[i] += 1
                    covered = true
                }
                if spans { inside.append((i, op.first, op.last)) }
            }
            if !covered {
                // "dat vermoeden heb ik niet": the word before, unless another
                // negation already turned it ("niet zwanger en geen kids").
                // "depressief en komt haar bed niet uit": not across "en".
                if let i = items.lastIndex(where: { item in
                       item.last < p && p - item.last <= Self.negationReachBack && !barriers.contains { $0 > item.last && $0 < p }
                   }), turns[i] == 0 {
                    turns[i] += 1
                    // "van geweld of verwaarlozing is geen sprake", "hulp
                    // bieden lukt niet": words side by side or joined by a
                    // bare "of"/"en" are denied together; so are two of the
                    // question's own words joined by one ("vermoeden van
                    // geweld heb ik niet").
                    var j = i
                    while j > 0, turns[j - 1] == 0,
                          items[j - 1].last + 1 == items[j].first
                            || (items[j - 1].last + 2 == items[j].first
                                && (barriers.contains(items[j].first - 1) || (items[j - 1].tag == .echo && items[j].tag == .echo))) {
                        turns[j - 1] += 1
                        j -= 1
                    }
                } else if case .negation(let strength) = op.tag {
                    let next = op.last + 1
                    standalone.append((strength, op.count, endsClause(op, words), next < words.count && [".", "!", ","].contains(words[next].text)))
                }
            }
        }

        // "meer een opvoedvraag dan onveiligheid": the answer word right after
        // "dan" is denied ("meer dan een jaar" has nothing between them).
        // Not between two of the question's words: "eerder structureel dan
        // acuut, ja" weighs one against the other.
        for rather in matches where rather.tag == .ratherThan && rather.last - rather.first > 1
            && !items.contains(where: { $0.first > rather.first && $0.last < rather.last }) {
            for (i, item) in items.enumerated() where item.first > rather.last && item.first - rather.last <= 3 { turns[i] += 1 }
        }

        // "zowel niet acuut als niet structureel": negations apart inside one
        // phrase each deny their part, and do not cancel as "niet niet" does.
        if inside.count >= 2 {
            let byItem = inside.sorted { ($0.item, $0.first) < ($1.item, $1.first) }
            for (a, b) in zip(byItem, byItem.dropFirst()) where a.item == b.item && b.first - a.last > 1 { turns[a.item] = 1 }
        }

        // "acuut nee": a plain no right after an answer word that says yes
        // denies that word ("geen kinderen nee", "geen eenmalig incident nee"
        // only agree); so does "onveilig is te sterk".
        for particle in matches where particle.tag == .no || particle.tag == .denial {
            guard !items.contains(where: { $0.first > particle.last }),
                  let i = items.lastIndex(where: { $0.last < particle.first }), turns[i] == 0,
                  [.yes, .echo, .questionYes].contains(items[i].tag),
                  !(items[i].first...items[i].last).contains(where: { special.negators.contains(words[$0].id) }) else { continue }
            turns[i] += 1
        }

        var positive = 0.0, negative = 0.0
        var doubt = false, hedged = false
        func add(_ polarity: Polarity, _ strength: Double, explicit: Bool = false) {
            if polarity == .yes { positive = max(positive, strength) } else { negative = max(negative, strength) }
            signal.lastPolarity = polarity
            if explicit { signal.explicit = true }
        }
        let namesAnswerCue = matches.contains { $0.tag == .questionYes || $0.tag == .questionNo }
        // "de veiligheid is niet duurzaam": the question's word before a
        // denied one of its words is the subject; the denial answers.
        var lastTurnedEcho = -1
        for (item, turn) in zip(items, turns) where item.tag == .echo && turn % 2 == 1 { lastTurnedEcho = item.first }
        var itemIndex = 0
        for match in matches {
            let turned: Bool
            if isItem(match.tag) {
                turned = turns[itemIndex] % 2 == 1
                itemIndex += 1
            } else {
                turned = false
            }
            switch match.tag {
            case .yes: turned ? add(.no, 0.9, explicit: true) : add(.yes, 0.95, explicit: true)
            case .no: add(.no, 0.95, explicit: true)
            case .softYes, .softNo:
                add(match.tag == .softYes ? .yes : .no, 0.75)
                let next = match.last + 1
                // (One word more is allowed: "ik denk het wel."; a comma ends
                // the part too: "lijkt me niet, het is meer armoede".)
                if match.count + 1 >= contentWords, next == words.count || [".", "!", ","].contains(words[next].text) { signal.softSentence = true }
            case .unsure, .questionUnsure: if !turned { doubt = true }
            case .unsureAtEnd: if endsClause(match, words) { doubt = true }
            case .unsureAtStart: if match.first == 0 { doubt = true }
            case .echo where !turned && (namesAnswerCue || match.last < lastTurnedEcho):
                // "de kinderen zijn de deur uit": the question's own word is
                // the subject here; the phrase about it answers.
                break
            case .echo, .questionYes:
                // "nou, 'meewerken'...": the question's word held up in
                // quotation marks and left hanging is doubted, not affirmed.
                if words[match.first].opensQuote && words[match.last].closesQuote && trailsOff(after: match.last, words) {
                    signal.heldUp = true
                    break
                }
                if turned { add(.no, 0.85) } else { add(.yes, 0.85); signal.affirmedEcho = true }
            case .questionNo: turned ? add(.yes, 0.85) : add(.no, 0.85)
            case .notYet:
                add(.no, 0.95, explicit: true)
                signal.notYet = true
            case .contrastAfterNegation:
                // "wel" speaks only at the end of its clause ("wel hoor",
                // "ik denk het wel"); "wel zorgen" is emphasis, not an answer.
                // (Or where "moeder wel vader niet" splits; not before "maar".)
                let next = match.last + 1
                if next == words.count || words[next].kind == .boundary
                    || (clauseOf[next] != clauseOf[match.first] && markers[clauseOf[next]] == .none) { add(.yes, 0.7) }
            case .hedge: hedged = true
            case .alone(let polarity) where contentWords <= 2:
                if polarity == .unsure { doubt = true } else { add(polarity, 0.75) }
            case .negation, .pseudoNegation, .sentential, .contrast, .contrastAtStart, .conclusion, .concessive, .reason, .denial, .notContrast, .conditionRef, .ratherThan,
                 .alone, .aside, .tried: break
            }
        }
        // A negation on its own: "nee nog niet", "helaas niet". In a longer
        // clause a lone "niet" is about something else ("de printer doet het
        // niet"); an emphatic one ("zeker niet") still answers, and so does a
        // negation phrase that ends its clause or is most of it ("bij de
        // dochter zie ik dat niet echt", "ik zou zeggen van niet"), but not
        // one inside a description ("en praat dan niet meer vrijuit").
        let strongest = standalone.map(\.strength).max() ?? 0
        let answeringPhrase = standalone.contains { $0.length > 1 && ($0.endsClause || contentWords - $0.length <= 3) }
        if !standalone.isEmpty, contentWords <= 4 || strongest >= 0.9 || answeringPhrase {
            add(.no, strongest)
            // "Niet echt.", "Helaas niet, ...": a sentence or part of its own,
            // as "denk het niet." is.
            if standalone.contains(where: { $0.endsPart && $0.length + 1 >= contentWords }) { signal.softSentence = true }
        }
        // "Niet gedaan.", "Gesprek gevoerd.": the question's own words, denied
        // or not, as the whole of a sentence answer as plainly.
        if let cue = matches.last(where: { [.echo, .questionYes, .questionNo].contains($0.tag) }),
           cue.last + 1 == words.count || [".", "!"].contains(words[cue.last + 1].text),
           matches.filter({ m in
               if case .negation = m.tag { true } else { [.echo, .questionYes, .questionNo].contains(m.tag) }
           }).reduce(0, { $0 + $1.count }) >= contentWords {
            signal.softSentence = true
        }

        // "gedaan", or the question's own words affirmed beside the plan
        // rather than as its subject ("gesprek gevoerd, vervolg staat
        // gepland", not "het gesprek staat gepland").
        signal.done = signal.affirmedEcho && (!signal.notYet || matches.contains { $0.tag == .questionYes })
        let cap = hedged ? 0.75 : 1.0
        if doubt {
            signal.polarity = .unsure
            signal.strength = 0.9
            signal.affirmedEcho = false
        } else if positive > 0 && negative > 0 {
            signal.conflict = true
        } else if positive > 0 {
            signal.polarity = .yes
            signal.strength = min(positive, cap)
        } else if negative > 0 {
            signal.polarity = .no
            signal.strength = min(negative, cap)
        }
        // "ze werken niet niet mee": two negations that cancel are read
        // from how the sentence is built, as "het is niet zo dat" is.
        if turns.contains(where: { $0 >= 2 }), signal.polarity == .yes || signal.polarity == .no { signal.turned = true }
        signal.plain = signal.explicit && !signal.conflict && signal.polarity != .unsure
        // "met moeder ja, met vader nog niet": an answer word after words of
        // its own clause is about those words, not a plain answer (unless
        // it confirms an answer before it: "wel een vermoeden ja").
        if signal.plain, let first = matches.first(where: { [.yes, .no].contains($0.tag) }),
           !matches.contains(where: { $0.first < first.first && [.softYes, .softNo, .echo, .questionYes, .questionNo, .contrastAfterNegation].contains($0.tag) }) {
            let c = clauseOf[first.first]
            let before = words[..<first.first].indices.filter { clauseOf[$0] == c && words[$0].kind != .boundary }.count
            if before > 1 { signal.plain = false }
        }
        return signal
    }

    /// Weighs the clauses. The clauses from the last "maar" or "dus" on
    /// decide; a clause opened by "hoewel" or "omdat" counts only when nothing else
    /// speaks; a plain answer up front decides over explanation; otherwise
    /// all must agree. Doubt stays doubt unless a plain answer follows it;
    /// a mixed answer ("moeder wel, vader niet") is doubt too.
    private func combine(_ signals: [ClauseSignal], markers: [ClauseMarker], subjects: [Int32?], sentences: [Int]) -> AnswerReading {
        var speaking = signals.indices.filter { signals[$0].polarity != nil || signals[$0].conflict }
        let main = speaking.filter { markers[$0] != .concessive && markers[$0] != .reason }
        if !main.isEmpty { speaking = main }
        // Nothing else said: the word held up is likely denied; asked.
        guard !speaking.isEmpty else { return AnswerReading(polarity: nil, strength: 0, guess: signals.contains { $0.heldUp } ? .no : nil) }

        // "ja, dat ga ik doen", "ja, staat gepland": asked whether something
        // was done, a plan for it is a no, unless the answer says it was
        // done too, or doubts.
        if speaking.contains(where: { signals[$0].notYet }),
           !speaking.contains(where: { signals[$0].done || signals[$0].polarity == .unsure }) {
            return AnswerReading(polarity: .no, strength: 0.85, guess: nil, structural: true)
        }

        // "acuut en/of structureel": one of the two affirmed is yes, within
        // the clauses that decide ("was acuut, inmiddels veilig" is no).
        let lastMarker = speaking.last { markers[$0] == .contrast || markers[$0] == .conclusion }
        let deciding = lastMarker.map { m in speaking.filter { $0 >= m } } ?? speaking
        if echoAny, deciding.contains(where: { signals[$0].affirmedEcho && !signals[$0].conflict }) {
            return AnswerReading(polarity: .yes, strength: 0.85, guess: nil)
        }

        // "effectief? ik doe mijn best, meer kan ik niet beloven. denk t wel":
        // a short answer as the last sentence, after the weighing, concludes.
        if let last = speaking.last, speaking.count > 1, last == signals.count - 1, sentences[last] > sentences[speaking[0]],
           sentences[last - 1] < sentences[last], signals[last].plain || signals[last].softSentence,
           let p = signals[last].polarity, p != .unsure {
            return AnswerReading(polarity: p, strength: min(signals[last].strength, 0.85), guess: nil)
        }

        // "Niet echt. Cliënt zegt gemotiveerd te zijn maar zegt structureel
        // af.": a plain answer that is a sentence of its own decides over a
        // contrast inside the explanation after it. (A "maar" that opens a
        // sentence still weighs more: "Ja. Maar eigenlijk niet.")
        // ("Ja, met de jongen zelf. Hij zei ..., maar ...": what else its
        // sentence holds does not speak.)
        if let marked = lastMarker, let first = speaking.first, first < marked, speaking.dropFirst().allSatisfy({ sentences[$0] > sentences[first] }),
           sentences[marked - 1] == sentences[marked], let answer = upFront(speaking, signals) {
            return answer
        }

        if let marked = lastMarker {
            let group = deciding
            let result = upFront(group, signals) ?? agree(group, signals)
            // ("deels... nee, eigenlijk niet": a plain answer after the doubt settles it.)
            let earlierDoubt = speaking.contains { d in
                d < marked && signals[d].polarity == .unsure
                    && !speaking.contains { $0 > d && $0 < marked && signals[$0].explicit && signals[$0].polarity == result.polarity }
            }
            if earlierDoubt, let p = result.polarity, p != .unsure, !group.contains(where: { signals[$0].explicit }) {
                return AnswerReading(polarity: .unsure, strength: 0.8, guess: nil)
            }
            // "moeder werkt mee, maar vader weigert": one person yes, another
            // no, with no conclusion after, is a mixed answer, not the last
            // person's.
            if markers[marked] == .contrast, let p = result.polarity, p != .unsure,
               let before = speaking.last(where: { $0 < marked }), differentPeople(before, marked, subjects),
               let q = signals[before].polarity, q != .unsure, q != p, !signals[before].conflict {
                return AnswerReading(polarity: .unsure, strength: 0.6, guess: nil, structural: true, mixed: true)
            }
            return result
        }

        // "mama ja, papa echt niet", "vader doet mee, stiefmoeder totaal
        // niet": the same without "maar", two people side by side.
        if speaking.count == 2, differentPeople(speaking[0], speaking[1], subjects),
           let first = subjects[speaking[0]], !special.pronouns.contains(first),
           let p = signals[speaking[0]].polarity, let q = signals[speaking[1]].polarity, p != .unsure, q != .unsure, p != q,
           !signals[speaking[0]].conflict, !signals[speaking[1]].conflict {
            return AnswerReading(polarity: .unsure, strength: 0.6, guess: nil, structural: true, mixed: true)
        }

        return upFront(speaking, signals) ?? agree(speaking, signals)
    }

    /// Whether two clauses open with different people: "moeder ..., vader
    /// ...". Not a pronoun, which may point back ("vader dronk, maar hij is
    /// nu clean", "hij heeft een zoon, maar die woont bij zijn moeder").
    private func differentPeople(_ a: Int, _ b: Int, _ subjects: [Int32?]) -> Bool {
        guard let first = subjects[a], let second = subjects[b] else { return false }
        return first != second && !special.pronouns.contains(second)
    }

    /// "nee, de kinderen wonen in een pleeggezin" (also after "maar": "ik zou
    /// wel willen, maar nee, ik ben alleen de huishoudelijke hulp"): the plain
    /// answer first, then its explanation, which may echo the question
    /// without negating it.
    private func upFront(_ group: [Int], _ signals: [ClauseSignal]) -> AnswerReading? {
        let first = group[0]
        let anyDoubt = group.contains { signals[$0].polarity == .unsure }
        let plain = signals[first].plain || (signals[first].softSentence && !signals[first].conflict)
        guard !anyDoubt, plain, group.dropFirst().allSatisfy({ !signals[$0].explicit }) else { return nil }
        let strength = group.count == 1 ? signals[first].strength : min(signals[first].strength, 0.85)
        return AnswerReading(polarity: signals[first].polarity, strength: strength, guess: nil)
    }

    /// What a group of clauses says together.
    private func agree(_ group: [Int], _ signals: [ClauseSignal]) -> AnswerReading {
        if group.contains(where: { signals[$0].polarity == .unsure }) {
            return AnswerReading(polarity: .unsure, strength: 0.9, guess: nil)
        }
        var polarities: Set<Polarity> = []
        var strength = 0.0
        for i in group {
            if signals[i].conflict { polarities.formUnion([.yes, .no]) }
            if let p = signals[i].polarity {
                polarities.insert(p)
                strength = max(strength, signals[i].strength)
            }
        }
        if polarities.count == 1, let only = polarities.first {
            return AnswerReading(polarity: only, strength: strength, guess: nil)
        }
        let last = group[group.count - 1]
        let guess = signals[last].lastPolarity ?? signals[last].polarity
        // Yes and no in different clauses without a plain answer on both
        // sides is a mixed answer: doubt, not a contradiction to resolve.
        let explicitSides = Set(group.filter { signals[$0].explicit }.compactMap { signals[$0].polarity })
        if group.count > 1, !group.contains(where: { signals[$0].conflict }), explicitSides.count < 2 {
            return AnswerReading(polarity: .unsure, strength: 0.6, guess: nil, mixed: true)
        }
        return AnswerReading(polarity: nil, strength: 0.3, guess: guess)
    }
}
