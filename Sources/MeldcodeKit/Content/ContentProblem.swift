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

    /// By place, then kind; the values break ties so the order never
    /// depends on how the problems were found.
    public static func < (a: ContentProblem, b: ContentProblem) -> Bool {
        if (a.file, a.line ?? 0, a.key) != (b.file, b.line ?? 0, b.key) {
            return (a.file, a.line ?? 0, a.key) < (b.file, b.line ?? 0, b.key)
        }
        return a.sortedValues.lexicographicallyPrecedes(b.sortedValues) { ($0.key, $0.value) < ($1.key, $1.value) }
    }

    private var sortedValues: [(key: String, value: String)] {
        values.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }
}

/// All problems found while loading, so an organisation sees every one at once.
public struct ContentProblems: Error, Sendable {
    public var problems: [ContentProblem]
}
