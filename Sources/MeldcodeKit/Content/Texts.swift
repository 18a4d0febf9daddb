import DutchText
import Foundation

/// The texts of one question or other node (Localization/<taal>/questions.yaml).
public struct NodeText: Sendable {
    public var text: String?
    public var why: String?
    public var label: String?
    public var echo: [String] = []
    public var yes: [String] = []
    public var no: [String] = []
    /// Phrases that make an answer to this question doubt ("onderbuikgevoel"
    /// for a suspicion).
    public var unsure: [String] = []
    /// Words that mean yes, or no, only when they make up the answer's
    /// clause: "beide" answers afweging 2, "door beide ouders" does not.
    public var yesAlone: [String] = []
    public var noAlone: [String] = []
    public var echoAny = false
    public var asksDone = false
    public var confirmYes: String?
    public var confirmNo: String?
    public var reflection: [String] = []
    public var options: [ChoiceOption] = []
    public var note: String?
    public var prefilled: String?
    public var open: String?
    public var line: Int?
    public var file: String?
}

public struct ChoiceOption: Sendable {
    public var id: String
    public var text: String
    public var words: [String]
    /// Options that, named together, mean this one ("zelf gezien, en moeder
    /// vertelde het" is both own observation and from others).
    public var combines: [String] = []
}

/// Every text the program shows: per node, and the interface's own sentences
/// (Localization/<taal>/interface.yaml), with {name} placeholders.
public struct Texts: Sendable {
    public var nodes: [String: NodeText] = [:]
    public var interface: [String: String] = [:]
    /// File and line of each interface key, for validation.
    var interfaceLines: [String: Int] = [:]
    var interfaceFiles: [String: String] = [:]

    public init() {}

    /// An interface sentence with its placeholders filled. A missing key
    /// shows as the key itself, so the gap is visible rather than silent.
    public func ui(_ key: String, _ values: [String: String] = [:]) -> String {
        fill(interface[key] ?? key, values)
    }

    public func has(_ key: String) -> Bool { interface[key] != nil }

    public func node(_ id: String) -> NodeText { nodes[id] ?? NodeText() }

    /// Only the texts, without building dialogues or matcher: for help and
    /// messages that come before the content is loaded.
    public static func load(_ files: ContentFiles, language: String = "nl") -> Texts {
        TextsLoader.load(files, language: language).0
    }

    /// Puts each value in place of its "{name}", in one pass over the
    /// template: a value is never searched for names itself (a professional's
    /// "{...}" stays as typed), and names without a value stay as they are.
    public func fill(_ template: String, _ values: [String: String]) -> String {
        let bytes = template.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var start = bytes.startIndex
        var i = start
        while let open = bytes[i...].firstIndex(of: UInt8(ascii: "{")) {
            let afterOpen = bytes.index(after: open)
            guard let close = bytes[afterOpen...].firstIndex(of: UInt8(ascii: "}")) else { break }
            i = afterOpen
            guard let value = values[String(decoding: bytes[afterOpen..<close], as: UTF8.self)] else { continue }
            result += String(decoding: bytes[start..<open], as: UTF8.self)
            result += value
            start = bytes.index(after: close)
            i = start
        }
        result += String(decoding: bytes[start...], as: UTF8.self)
        return result
    }

    /// Fills the organisation's values ({vt_telefoon}, ...) into every text
    /// once, at load time.
    mutating func apply(_ values: [String: String]) {
        for (key, text) in interface where text.contains("{") { interface[key] = fill(text, values) }
        for (id, var node) in nodes {
            node.text = node.text.map { fill($0, values) }
            node.why = node.why.map { fill($0, values) }
            node.note = node.note.map { fill($0, values) }
            node.open = node.open.map { fill($0, values) }
            nodes[id] = node
        }
    }

    /// The message for a content problem.
    public func describe(_ problem: ContentProblem) -> String {
        "\(problem.place): \(ui(problem.key, problem.values))"
    }
}

struct TextsLoader {
    var reader: YAMLReader

    static func load(_ files: ContentFiles, language: String) -> (Texts, [ContentProblem]) {
        // The program's own messages and its content both start from the
        // built-in Dutch texts: read them once (a tenth of the start-up time).
        if files.isBuiltIn && language == "nl" { return builtInDutch }
        return read(files, language: language)
    }

    private static let builtInDutch = read(.embedded, language: "nl")

    private static func read(_ files: ContentFiles, language: String) -> (Texts, [ContentProblem]) {
        var texts = Texts()
        var problems: [ContentProblem] = []
        if files.files["Localization/nl/interface.yaml"] == nil {
            problems.append(ContentProblem(file: "Localization/nl/interface.yaml", line: nil, key: "probleem.bestand_ontbreekt", values: [:]))
        }
        // Dutch is the base; another language overrides what it has.
        for lang in language == "nl" ? ["nl"] : ["nl", language] {
            problems += read(files, language: lang, into: &texts)
        }
        return (texts, problems)
    }

    /// One language's texts alone, without the Dutch base: to see what a
    /// translation lacks.
    static func loadOnly(_ files: ContentFiles, language: String) -> (Texts, [ContentProblem]) {
        var texts = Texts()
        let problems = read(files, language: language, into: &texts)
        return (texts, problems)
    }

    private static func read(_ files: ContentFiles, language lang: String, into texts: inout Texts) -> [ContentProblem] {
        var problems: [ContentProblem] = []
        // interface.yaml, and more interface-*.yaml files by subject.
        let prefix = "Localization/\(lang)/interface"
        for path in files.paths(under: "Localization/\(lang)") where path.hasPrefix(prefix) && !path.dropFirst(prefix.count).contains("/") {
            var loader = TextsLoader(reader: YAMLReader(file: path))
            loader.readInterface(files.files[path]!, into: &texts)
            problems += loader.reader.problems
        }
        // One file of node texts per dialogue.
        for path in files.paths(under: "Localization/\(lang)/questions") {
            var loader = TextsLoader(reader: YAMLReader(file: path))
            loader.readNodes(files.files[path]!, into: &texts)
            problems += loader.reader.problems
        }
        return problems
    }

    mutating func readInterface(_ text: String, into texts: inout Texts) {
        guard let root = reader.parse(text) else { return }
        for (key, node, keyNode) in reader.pairs(root, "interface") {
            if let value = reader.string(node, key) {
                texts.interface[key] = value
                texts.interfaceLines[key] = keyNode.mark?.line
                texts.interfaceFiles[key] = reader.file
            }
        }
    }

    mutating func readNodes(_ text: String, into texts: inout Texts) {
        guard let root = reader.parse(text) else { return }
        for (id, node, keyNode) in reader.pairs(root, "questions") {
            var entry = texts.nodes[id] ?? NodeText()
            entry.line = keyNode.mark?.line
            entry.file = reader.file
            for (field, value, fieldNode) in reader.pairs(node, id) {
                switch field {
                case "text": entry.text = reader.string(value, "\(id).text")
                case "why": entry.why = reader.string(value, "\(id).why")
                case "label": entry.label = reader.string(value, "\(id).label")
                case "echo": entry.echo = reader.strings(value, "\(id).echo")
                case "yes": entry.yes = reader.strings(value, "\(id).yes")
                case "no": entry.no = reader.strings(value, "\(id).no")
                case "unsure": entry.unsure = reader.strings(value, "\(id).unsure")
                case "yes_alone": entry.yesAlone = reader.strings(value, "\(id).yes_alone")
                case "no_alone": entry.noAlone = reader.strings(value, "\(id).no_alone")
                case "echo_any": entry.echoAny = reader.bool(value, "\(id).echo_any") ?? false
                case "asks_done": entry.asksDone = reader.bool(value, "\(id).asks_done") ?? false
                case "confirm_yes": entry.confirmYes = reader.string(value, "\(id).confirm_yes")
                case "confirm_no": entry.confirmNo = reader.string(value, "\(id).confirm_no")
                case "reflection": entry.reflection = reader.strings(value, "\(id).reflection")
                case "note": entry.note = reader.string(value, "\(id).note")
                case "prefilled": entry.prefilled = reader.string(value, "\(id).prefilled")
                case "open": entry.open = reader.string(value, "\(id).open")
                case "options":
                    entry.options = reader.pairs(value, "\(id).options").map { option, optionNode, _ in
                        var text = option
                        var words: [String] = []
                        var combines: [String] = []
                        for (f, v, _) in reader.pairs(optionNode, "\(id).options.\(option)") {
                            switch f {
                            case "combines": combines = reader.strings(v, "\(id).options.\(option).combines")
                            case "text": text = reader.string(v, "\(id).options.\(option).text") ?? option
                            case "words": words = reader.strings(v, "\(id).options.\(option).words")
                            default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": f])
                            }
                        }
                        return ChoiceOption(id: option, text: text, words: words, combines: combines)
                    }
                default:
                    reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                }
            }
            texts.nodes[id] = entry
        }
    }
}
