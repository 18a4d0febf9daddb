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
            var line = ""
            Self.write(matcher.classify(InputText.clean(text.joined(separator: " ")), question: id), id: nil, to: &line)
            print(line)
            return
        }
        let reader = LineReader()
        var out = ""
        while let line = reader.next() {
            Self.classifyLine(line, matcher: matcher, into: &out)
            out += "\n"
            if out.utf8.count > 65_536 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    static func classifyLine(_ line: String, matcher: IntentMatcher, into out: inout String) {
        guard let object = JSONLine.object(line) else {
            JSON.object([("id", .null), ("intent", .string(Intent.unclear.rawValue)), ("confidence", .number(0)),
                         ("entities", .object([])), ("error", .string(cli("classify.ongeldig")))]).write(to: &out)
            return
        }
        let id: JSON
        switch object["id"] {
        case .string(let s)?: id = .string(s)
        case .number(let n)?: id = .string(n)
        default: id = .null
        }
        guard case .string(let text)? = object["text"] else {
            JSON.object([("id", id), ("intent", .string(Intent.unclear.rawValue)), ("confidence", .number(0)),
                         ("entities", .object([])), ("error", .string(cli("jsonl.geen_tekst")))]).write(to: &out)
            return
        }
        var question = ""
        if case .string(let q)? = object["question"] { question = q }
        var clean = InputText.clean(text)
        // At most 4,000 characters; a text of fewer bytes has fewer characters.
        if clean.utf8.count > 4_000 { clean = String(clean.prefix(4_000)) }
        write(matcher.classify(clean, question: question), id: id, to: &out)
    }

    /// One result line: `{"id":…,"intent":…,"confidence":…,"entities":{…}}`,
    /// written straight into the output (a batch writes many thousands).
    static func write(_ reading: Classification, id: JSON?, to out: inout String) {
        out += "{"
        if let id {
            out += "\"id\":"
            id.write(to: &out)
            out += ","
        }
        out += "\"intent\":\""
        out += reading.intent.rawValue
        out += "\",\"confidence\":"
        JSON.number((reading.confidence * 100).rounded() / 100, into: &out)
        out += ",\"entities\":{"
        if let age = reading.age {
            out += "\"age\":"
            out += String(age)
        }
        if let roles = reading.consultedRoles {
            if reading.age != nil { out += "," }
            out += "\"roles\":["
            for (i, role) in roles.enumerated() {
                if i > 0 { out += "," }
                JSON.quote(role, into: &out)
            }
            out += "]"
        }
        out += "}}"
    }
}
