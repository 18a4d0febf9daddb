/// Something wrong in Dialogues/ or Localization/, with its place. The
/// message is a text key of the interface texts, so it can be shown in the
/// professional's language.
public struct ContentProblem: Error, Sendable, Equatable, Comparable {
    public var file: String
    public var line: Int?
    public var key: String
    public var values: [String: String]

    public init(file: String, line: Int?, key: String, values: [String: String]) {
        self.file = file
        self.line = line
        self.key = key
        self.values = values
    }

    public var place: String {
        line.map { "\(file):\($0)" } ?? file
    }

    public static func < (a: ContentProblem, b: ContentProblem) -> Bool {
        (a.file, a.line ?? 0, a.key) < (b.file, b.line ?? 0, b.key)
    }
}

/// All problems found while loading, so an organisation sees every one at once.
public struct ContentProblems: Error, Sendable {
    public var problems: [ContentProblem]
}
