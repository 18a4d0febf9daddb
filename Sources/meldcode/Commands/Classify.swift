import ArgumentParser
import DutchText
import Foundation
import MeldcodeKit

/// The matcher on its own: one answer, or a batch as JSON Lines.
struct Classify: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "classify", abstract: cli("cli.classify.abstract"), discussion: cli("cli.classify.discussion"))
    }

    @OptionGroup var source: ContentOptions

    @Option(help: ArgumentHelp(cli("cli.optie.question"), valueName: "id"))
    var question: String?

    @Flag(help: ArgumentHelp(cli("cli.optie.batch")))
    var batch = false

    @Argument(help: ArgumentHelp(cli("cli.argument.tekst"), valueName: "tekst"))
    var text: [String] = []

    func validate() throws {
        if batch {
            guard text.isEmpty else { throw ValidationError(cli("cli.fout.batch_met_tekst")) }
        } else {
            guard question != nil else { throw ValidationError(cli("cli.fout.vraag_nodig")) }
            guard !text.isEmpty else { throw ValidationError(cli("cli.fout.tekst_nodig")) }
        }
    }

    func run() throws {
        let content = try source.load()
        let matcher = content.matcher
        if !batch {
            let id = question ?? ""
            if !matcher.knows(question: id) { standardError(cli("cli.waarschuwing.onbekende_vraag", ["id": id])) }
            let line = Self.result(matcher.classify(InputText.clean(text.joined(separator: " ")), question: id), id: nil)
            print(line.text)
            return
        }
        let reader = LineReader()
        var out = ""
        while let line = reader.next() {
            Self.classifyLine(line, matcher: matcher).write(to: &out)
            out += "\n"
            if out.utf8.count > 65_536 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    static func classifyLine(_ line: String, matcher: IntentMatcher) -> JSON {
        guard let object = JSONLine.object(line) else {
            return .object([("id", .null), ("intent", .string(Intent.unclear.rawValue)), ("confidence", .number(0)),
                            ("entities", .object([])), ("error", .string(cli("jsonl.ongeldig")))])
        }
        let id: JSON
        switch object["id"] {
        case .string(let s)?: id = .string(s)
        case .number(let n)?: id = .string(n)
        default: id = .null
        }
        guard case .string(let text)? = object["text"] else {
            return .object([("id", id), ("intent", .string(Intent.unclear.rawValue)), ("confidence", .number(0)),
                            ("entities", .object([])), ("error", .string(cli("jsonl.geen_tekst")))])
        }
        var question = ""
        if case .string(let q)? = object["question"] { question = q }
        let reading = matcher.classify(String(InputText.clean(text).prefix(4_000)), question: question)
        return result(reading, id: id)
    }

    static func result(_ reading: Classification, id: JSON?) -> JSON {
        var entities: [(String, JSON)] = []
        if let age = reading.age { entities.append(("age", .int(age))) }
        if let roles = reading.roles { entities.append(("roles", .array(roles.map { .string($0) }))) }
        var pairs: [(String, JSON)] = []
        if let id { pairs.append(("id", id)) }
        pairs.append(("intent", .string(reading.intent.rawValue)))
        pairs.append(("confidence", .number((reading.confidence * 100).rounded() / 100)))
        pairs.append(("entities", .object(entities)))
        return .object(pairs)
    }
}
