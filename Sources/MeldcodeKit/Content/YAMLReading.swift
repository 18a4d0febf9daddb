import Yams

/// Reads YAML into plain values while remembering lines, so every problem can
/// name its place.
struct YAMLReader {
    let file: String
    var problems: [ContentProblem] = []

    init(file: String) { self.file = file }

    mutating func problem(_ key: String, _ node: Node?, _ values: [String: String] = [:]) {
        problems.append(ContentProblem(file: file, line: node?.mark?.line, key: key, values: values))
    }

    mutating func parse(_ text: String) -> Node? {
        do {
            // Every value is read as text and converted where a number or a
            // truth value is expected, so the resolver that guesses types
            // (a regular expression per value, a fifth of the start-up time)
            // has nothing to do.
            guard let root = try Yams.compose(yaml: text, .basic) else {
                problem("probleem.leeg_bestand", nil)
                return nil
            }
            return root
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
            // Yams gives where the first duplicated key is first used; the
            // line of the second use is where the author has to look.
            for key in duplicates.sorted() {
                problems.append(ContentProblem(file: file, line: Self.secondUse(of: key, in: text, from: context.mark.line) ?? context.mark.line,
                                               key: "probleem.dubbele_sleutel", values: ["sleutel": key]))
            }
            return nil
        } catch let error as YamlError {
            problems.append(ContentProblem(file: file, line: Self.line(of: error), key: "probleem.yaml",
                                           values: ["detail": Self.describe(error)]))
            return nil
        } catch {
            problem("probleem.yaml", nil, ["detail": "\(error)"])
            return nil
        }
    }

    /// Key-value pairs of a mapping, in file order, with string keys.
    mutating func pairs(_ node: Node?, _ what: String) -> [(key: String, node: Node, keyNode: Node)] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            problem("probleem.verwacht_mapping", node, ["wat": what])
            return []
        }
        var result: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                problem("probleem.verwacht_tekst", key, ["wat": what])
                continue
            }
            result.append((name, value, key))
        }
        return result
    }

    mutating func string(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            problem("probleem.verwacht_tekst", node, ["wat": what])
            return nil
        }
        return scalar.string
    }

    mutating func strings(_ node: Node?, _ what: String) -> [String] {
        guard let node else { return [] }
        if case .scalar(let scalar) = node { return [scalar.string] }
        guard case .sequence(let sequence) = node else {
            problem("probleem.verwacht_lijst", node, ["wat": what])
            return []
        }
        return sequence.compactMap { item -> String? in
            guard case .scalar(let scalar) = item else {
                problem("probleem.verwacht_tekst", item, ["wat": what])
                return nil
            }
            return scalar.string
        }
    }

    mutating func list(_ node: Node?, _ what: String) -> [Node] {
        guard let node else { return [] }
        guard case .sequence(let sequence) = node else {
            problem("probleem.verwacht_lijst", node, ["wat": what])
            return []
        }
        return Array(sequence)
    }

    mutating func bool(_ node: Node?, _ what: String) -> Bool? {
        guard let text = string(node, what) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "ja": return true
        case "false", "no", "nee": return false
        default:
            problem("probleem.verwacht_waarheid", node, ["wat": what, "waarde": text])
            return nil
        }
    }

    mutating func int(_ node: Node?, _ what: String) -> Int? {
        guard let text = string(node, what) else { return nil }
        guard let value = Int(text) else {
            problem("probleem.verwacht_getal", node, ["wat": what, "waarde": text])
            return nil
        }
        return value
    }

    /// The 1-based line where `key` is used for the second time as a key of
    /// the mapping that starts at line `start` (keys at the same indentation).
    static func secondUse(of key: String, in text: String, from start: Int) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard start >= 1, start <= lines.count else { return nil }
        func indent(_ line: Substring) -> Int { line.prefix { $0 == " " || $0 == "-" }.count }
        let depth = indent(lines[start - 1])
        let forms = [key + ":", "\"\(key)\":", "'\(key)':"]
        var seen = 0
        for index in (start - 1)..<lines.count where indent(lines[index]) == depth {
            guard forms.contains(where: { lines[index].dropFirst(depth).hasPrefix($0) }) else { continue }
            seen += 1
            if seen == 2 { return index + 1 }
        }
        return nil
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        case .reader(let problem, _, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
