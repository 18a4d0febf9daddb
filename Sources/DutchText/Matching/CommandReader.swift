enum CommandTag: Hashable, Sendable {
    case command(Command)
    case anywhere(Command)
    case filler
    case questionWord, questionVerb, askingVerb, questionRef, summaryCue, backCue, displayVerb, changeVerb
    /// "valt wel mee": covers an asking verb that states something.
    case statement
}

/// Finds a command instead of an answer:
/// - the whole text is a command with filler ("eh, terug graag");
/// - a longer command phrase stands anywhere ("ja maar wat bedoel je daarmee");
/// - the text opens with a command followed by punctuation ("terug, ik had
///   het verkeerd ingevuld");
/// - the text is a question to the assistant ("wat is vluchtig contact?",
///   "telt een collega ook?", "wat heb je tot nu toe genoteerd?"): an
///   explanation, or the dossier or going back when it asks for those.
/// A trailing question mark alone makes no command: "ja?" is still yes.
struct CommandReader: Sendable {
    let matcher: PhraseMatcher<CommandTag>
    /// Question words and cues, matched separately so they never hide a command.
    let cues: PhraseMatcher<CommandTag>
    /// First words of commands and question openings: without one, no command.
    let triggers: WordSet
    /// First words of plain answers ("ja", "nee"): a question that starts
    /// with one is an answer with a remark ("ja?").
    let answerWords: WordSet
    /// "van", "met": the one word that may come before a question word ("van welk kind?").
    let functionWords: WordSet
    /// "ik": a verb after it states ("ik heb het gezegd, telt dat?").
    let firstPerson: WordSet

    init(_ lexicon: Lexicon, analyzer: Analyzer) {
        var m = PhraseMatcher<CommandTag>()
        for command in Command.allCases {
            m.add(lexicon.commandsAnywhere[command] ?? [], tag: .anywhere(command), priority: 2, analyzer: analyzer)
            m.add(lexicon.commands[command] ?? [], tag: .command(command), priority: 1, analyzer: analyzer)
        }
        m.add(lexicon.filler, tag: .filler, priority: 0, analyzer: analyzer)
        matcher = m
        var c = PhraseMatcher<CommandTag>()
        c.add(lexicon.summaryCues, tag: .summaryCue, priority: 3, analyzer: analyzer)
        c.add(lexicon.backCues, tag: .backCue, priority: 3, analyzer: analyzer)
        c.add(lexicon.displayVerbs, tag: .displayVerb, priority: 4, analyzer: analyzer)
        c.add(lexicon.changeVerbs, tag: .changeVerb, priority: 4, analyzer: analyzer)
        c.add(lexicon.questionWords, tag: .questionWord, priority: 0, analyzer: analyzer)
        c.add(lexicon.questionVerbs, tag: .questionVerb, priority: 0, analyzer: analyzer)
        c.add(lexicon.askingVerbs, tag: .askingVerb, priority: 1, analyzer: analyzer)
        c.add(lexicon.askingVerbStatements, tag: .statement, priority: 2, analyzer: analyzer)
        c.add(lexicon.questionRefs, tag: .questionRef, priority: 0, analyzer: analyzer)
        cues = c
        triggers = m.firstWords { $0 != .filler }.union(c.firstWords { $0 != .questionRef })
        var answers: WordSet = []
        for phrase in lexicon.yes + lexicon.no {
            if let first = analyzer.phrase(phrase).first, first.id >= 0 { answers.insert(first.id) }
        }
        answerWords = answers
        functionWords = WordSet(lexicon.functionWords.flatMap { analyzer.phrase($0).map(\.id) }.filter { $0 >= 0 })
        firstPerson = WordSet(lexicon.firstPerson.flatMap { analyzer.phrase($0).map(\.id) }.filter { $0 >= 0 })
    }

    /// Word positions of each sentence, its closing punctuation included.
    private func sentences(_ words: [Word]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for (i, word) in words.enumerated() where word.kind == .boundary && [".", "!", "?", ";"].contains(word.text) {
            if i >= start { result.append(start..<(i + 1)) }
            start = i + 1
        }
        if start < words.count { result.append(start..<words.count) }
        return result
    }

    struct Reading {
        var command: Command
        /// The text is nothing but the command.
        var only: Bool
        /// For a question back to the assistant: where the words after its
        /// sentence start ("is het onveilig? ik zie het niet, dus nee").
        var after: Int? = nil
        /// Read from the question mark alone, which the scorer does not see.
        var byMark = false
    }

    /// - Parameter topic: stems of the current question's words, so that a
    ///   question back about them reads as a request for explanation.
    func read(_ words: [Word], topic: WordSet) -> Reading? {
        // The question's own words and nothing else, asked back ("vluchtig?",
        // "structureel = ?"), ask what they mean; only the question mark says
        // so. ("beetje structureel?", "misschien zwanger?" are answers.)
        if words.last?.text == "?", words.contains(where: { $0.kind == .word }),
           words.allSatisfy({ $0.kind == .boundary || $0.kind == .symbol || ($0.kind == .word && topic.contains($0.id)) }) {
            return Reading(command: .explain, only: false, byMark: true)
        }
        guard words.contains(where: { $0.id >= 0 && triggers.contains($0.id) }) else { return nil }
        let content = words.indices.filter { words[$0].kind != .boundary }
        guard !content.isEmpty else { return nil }
        let matches = matcher.matches(in: words) + cues.matches(in: words)
        var covered = [Bool](repeating: false, count: words.count)
        var filler = [Bool](repeating: false, count: words.count)
        var first: (command: Command, start: Int, end: Int)?
        var anywhere: Command?
        var summaryCue = false, backCue = false, display = false, change = false
        var refers = [Bool](repeating: false, count: words.count)
        for match in matches {
            switch match.tag {
            case .command(let c), .anywhere(let c):
                for p in match.positions { covered[p] = true }
                if first == nil || match.first < first!.start { first = (c, match.first, match.last) }
                if case .anywhere = match.tag, anywhere == nil { anywhere = c }
            case .filler:
                for p in match.positions { covered[p] = true; filler[p] = true }
            case .summaryCue: summaryCue = true
            case .backCue: backCue = true
            case .displayVerb: display = true
            case .changeVerb: change = true
            case .questionRef: refers[match.first] = true
            case .questionWord, .questionVerb, .askingVerb, .statement: break
            }
        }
        let start = content.first { !filler[$0] }
        var questionStarts = [CommandTag?](repeating: nil, count: words.count)
        for match in matches {
            switch match.tag {
            case .questionWord, .questionVerb, .askingVerb: questionStarts[match.first] = match.tag
            default: break
            }
        }

        // "ik wil mijn antwoord bij de kindcheck veranderen"; "laat het
        // dossier even zien", "print wat je hebt".
        if change && backCue && content.count <= 14 { return Reading(command: .back, only: false) }
        if display && summaryCue && content.count <= 14 { return Reading(command: .summary, only: false) }

        if let first {
            if content.allSatisfy({ covered[$0] }) {
                return Reading(command: first.command, only: true)
            }
            if let anywhere {
                return Reading(command: anywhere, only: false)
            }
            // "terug, ik had ...", "stop. ik moet weg", and longer commands
            // that open the text: "wat bedoel je met structureel". (A colon
            // introduces content: "Rapportage: mw gewassen ...".)
            // ("stop even, de bel gaat": filler words may come between.)
            var next = first.end + 1
            while next < words.count, filler[next] { next += 1 }
            let followedByBoundary = next < words.count && words[next].kind == .boundary && words[next].text != ":"
            if first.start == start, first.end > first.start || followedByBoundary {
                return Reading(command: first.command, only: false)
            }
            if words.last?.text == "?", first.start == start {
                return Reading(command: first.command, only: false)
            }
        }

        // A question back to the assistant, in any sentence: "wat is vluchtig
        // contact?", "telt een collega ook?", "ik denk ja, maar wat valt er
        // onder? telt schreeuwen ook?".
        let all = sentences(words)
        for (number, sentence) in all.enumerated() {
            let isLast = number == all.count - 1
            let asks = words[sentence.upperBound - 1].text == "?"
            let inside = sentence.filter { words[$0].kind != .boundary }
            guard !inside.isEmpty else { continue }
            // The opening word may itself be a filler word ("moet ik ...?").
            var opening: CommandTag?
            var skipped = 0
            var skippedOther = false
            for position in inside {
                if let tag = questionStarts[position] {
                    // A Dutch question opens with its verb ("is dat ...?"); after
                    // another word the verb is a statement's ("vader is erg
                    // opvliegend maar ...?"). Before a question word only a
                    // preposition may come ("van welk kind?", not "wel wat zorgen").
                    let verb = tag == .questionVerb || tag == .askingVerb
                    let stated = tag == .questionVerb && position > inside[0] && firstPerson.contains(words[position - 1].id)
                    if !(verb && skipped > 0) && !skippedOther && !stated { opening = tag }
                    break
                }
                if !filler[position] {
                    skipped += 1
                    if !functionWords.contains(words[position].id) { skippedOther = true }
                }
                if skipped > 1 { break }
            }
            let whole = all.count == 1
            let aboutTheQuestion = inside.contains { words[$0].id >= 0 && topic.contains(words[$0].id) }
            // "hoe laat is het mdo morgen?" asks about something else.
            let pointsAtIt = inside.contains { refers[$0] } || inside.count <= 3 || summaryCue || backCue
            let startsWithAnswer = inside.first.map { words[$0].id >= 0 && answerWords.contains(words[$0].id) } ?? false
            let isQuestion: Bool
            switch opening {
            case .askingVerb?: isQuestion = asks || aboutTheQuestion
            case .questionWord?: isQuestion = aboutTheQuestion || summaryCue || (asks && (inside.count <= 3 || (whole && pointsAtIt)))
            case .questionVerb?: isQuestion = asks && (aboutTheQuestion || (whole && pointsAtIt))
            default: isQuestion = asks && isLast && aboutTheQuestion && !startsWithAnswer && inside.count <= 10
            }
            guard isQuestion else { continue }
            if summaryCue { return Reading(command: .summary, only: false) }
            if backCue && change { return Reading(command: .back, only: false) }
            return Reading(command: .explain, only: false, after: sentence.upperBound)
        }
        return nil
    }
}
