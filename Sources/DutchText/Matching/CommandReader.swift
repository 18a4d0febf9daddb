enum CommandTag: Hashable, Sendable {
    case command(Command)
    case anywhere(Command)
    case filler
}

/// Finds a command instead of an answer: the whole text is a command with
/// filler ("eh, terug graag"), a longer command phrase stands anywhere ("ja
/// maar wat bedoel je daarmee"), or a question to the assistant starts with
/// one ("waarom is dat belangrijk?"). A trailing question mark alone makes no
/// command: "ja?" is still yes.
struct CommandReader: Sendable {
    let matcher: PhraseMatcher<CommandTag>

    init(_ lexicon: Lexicon, analyzer: Analyzer) {
        var m = PhraseMatcher<CommandTag>()
        for command in Command.allCases {
            m.add(lexicon.commandsAnywhere[command] ?? [], tag: .anywhere(command), priority: 2, analyzer: analyzer)
            m.add(lexicon.commands[command] ?? [], tag: .command(command), priority: 1, analyzer: analyzer)
        }
        m.add(lexicon.filler, tag: .filler, priority: 0, analyzer: analyzer)
        matcher = m
    }

    struct Reading {
        var command: Command
        /// The text is nothing but the command.
        var only: Bool
    }

    func read(_ words: [Word]) -> Reading? {
        let content = words.indices.filter { words[$0].kind != .boundary }
        guard !content.isEmpty else { return nil }
        let matches = matcher.matches(in: words)
        var covered: Set<Int> = []
        var filler: Set<Int> = []
        var first: (command: Command, start: Int)?
        var anywhere: Command?
        for match in matches {
            covered.formUnion(match.positions)
            switch match.tag {
            case .command(let c), .anywhere(let c):
                if first == nil || match.first < first!.start { first = (c, match.first) }
                if case .anywhere = match.tag, anywhere == nil { anywhere = c }
            case .filler:
                filler.formUnion(match.positions)
            }
        }
        guard let first else { return nil }
        if content.allSatisfy({ covered.contains($0) }) {
            return Reading(command: first.command, only: true)
        }
        if let anywhere {
            return Reading(command: anywhere, only: false)
        }
        // "waarom is dat belangrijk?": a question that opens with a command.
        let opening = content.first { !filler.contains($0) }
        if words.last?.text == "?", opening == first.start {
            return Reading(command: first.command, only: false)
        }
        return nil
    }
}
