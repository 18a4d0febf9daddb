import Testing
@testable import MeldcodeKit

/// One mistake an organisation could make in its copy: a text replaced in one
/// file, and the problem validate must report for it. The expected line is
/// the line (in the changed copy) of `at` in `file`; nil for the file alone.
struct Breakage: Sendable, CustomTestStringConvertible {
    var name: String
    var path: String
    var old: String
    var new: String
    var key: String
    var file: String
    var at: String?

    init(_ name: String, in path: String, replace old: String, with new: String,
         expect key: String, file: String? = nil, at: String?) {
        self.name = name
        self.path = path
        self.old = old
        self.new = new
        self.key = key
        self.file = file ?? path
        self.at = at
    }

    var testDescription: String { name }

    /// The embedded files with the mistake made.
    var files: ContentFiles {
        ContentFiles.embedded.replacing(old, with: new, in: path)
    }
}

extension ContentFiles {
    /// A copy with `old` replaced by `new` in one file; `old` must occur
    /// exactly once, so a test never breaks something other than it means.
    func replacing(_ old: String, with new: String, in path: String) -> ContentFiles {
        var copy = self
        let text = files[path] ?? ""
        let parts = text.components(separatedBy: old)
        precondition(parts.count == 2, "'\(old)' occurs \(parts.count - 1) times in \(path)")
        copy.files[path] = parts.joined(separator: new)
        return copy
    }

    /// The 1-based line of the first occurrence of `needle` in a file.
    func line(of needle: String, in path: String) -> Int? {
        guard let text = files[path], let range = text.range(of: needle) else { return nil }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }
}

/// Whether `problems` holds one with this key, file and line.
func contains(_ problems: [ContentProblem], key: String, file: String, line: Int?) -> Bool {
    problems.contains { $0.key == key && $0.file == file && $0.line == line }
}
