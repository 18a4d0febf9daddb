import Foundation
import MeldcodeKit
import Testing

/// The built executable, driven through pipes.
@Suite("Command line", .serialized)
struct CLITests {
    @Test func kindcheckOverJSONLines() throws {
        let run = try Run(["session", "--jsonl", "--start", "kindcheck"],
                          lines: ["ja", "ja", "twee kinderen van 4 en 7", "nee"].map(jsonLine))
        #expect(run.status == 0)
        let events = run.events
        let asks = events.filter { $0["type"] as? String == "ask" }.compactMap { $0["question"] as? String }
        #expect(asks == ["kindcheck.1", "kindcheck.2", "kindcheck.kinderen", "kindcheck.3"])
        #expect(events.first { $0["type"] as? String == "ask" }?["expects"] as? String == "yes_no")
        let outcome = events.first { $0["type"] as? String == "kindcheck" }
        #expect(outcome?["uitkomst"] as? String == "volg_meldcode")
        let end = try #require(events.last)
        #expect(end["type"] as? String == "end")
        #expect((end["dossier"] as? String)?.contains("Kindcheck") == true)
    }

    @Test func decisionOverJSONLines() throws {
        var answers = ["nee", "leerling", "12", "blauwe plekken gezien op maandag", "zelf gezien", "niets", "moeder",
                       "nee", "nee", "met de aandachtsfunctionaris", "melden", "ja", "geen van deze", "ja", "moeder", "boos",
                       "geen", "nee", "ja", "ja", "nee"]
        answers += ["de blauwe plekken", "contact houden", "geen van deze"]
        let run = try Run(["session", "--jsonl"], lines: answers.map(jsonLine))
        let decision = try #require(run.events.first { $0["type"] as? String == "decision" })
        #expect(decision["melden"] as? Bool == true)
        #expect(decision["hulp"] as? Bool == false)
        #expect(decision["basis"] as? String == "afweging.2")
        #expect(run.events.contains { $0["type"] as? String == "note" && $0["step"] as? String == "stap4" })
        #expect(run.events.last?["type"] as? String == "end")
    }

    @Test func malformedLinesGetAnErrorAndTheSessionGoesOn() throws {
        let run = try Run(["session", "--jsonl", "--start", "kindcheck"],
                          lines: ["dit is geen json", "{\"tekst\": \"ja\"}", "[1,2]", jsonLine("nee")])
        let types = run.events.compactMap { $0["type"] as? String }
        #expect(types.filter { $0 == "error" }.count == 3)
        #expect(run.events.contains { $0["type"] as? String == "kindcheck" && $0["uitkomst"] as? String == "gereed" })
        #expect(types.last == "end")
    }

    @Test func endOfInputEndsWithTheDossierSoFar() throws {
        let run = try Run(["session", "--jsonl"], lines: [jsonLine("nee"), jsonLine("een leerling")])
        let end = try #require(run.events.last)
        #expect(end["type"] as? String == "end")
        #expect((end["dossier"] as? String)?.contains("Betrokkene: een leerling") == true)
    }

    @Test func plainStdinChatHasNoPromptsOrEscapeCodes() throws {
        let run = try Run([], lines: ["nee", "een leerling", "waarom?", "10", "stop"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(!run.stdout.contains("> "))
        #expect(run.stdout.contains("Over wie maak je je zorgen?"))
        #expect(run.stdout.contains("Leeftijd: 10 jaar"))
        #expect(run.stdout.contains("dossiernotitie"))
    }

    @Test func badInputCrashesNothingAndLosesNothing() throws {
        var input = Data("nee\n".utf8)
        input.append(contentsOf: [0xFF, 0xFE, 0x00, 0x41, 0x0A])         // invalid UTF-8 with a NUL
        input.append(Data("9\n".utf8))
        input.append(Data(String(repeating: "blauwe plekken ", count: 70_000).utf8))  // about 1 MB
        input.append(0x0A)
        input.append(Data("\u{1B}[2J\u{1B}]0;x\u{07}zelf gezien\n".utf8))
        let run = try Run([], input: input)
        #expect(run.status == 0)
        #expect(run.stdout.contains("dossiernotitie"))
        #expect(run.stdout.contains("Bron van de signalen: eigen waarneming"))
        #expect(run.stdout.contains("Betrokkene: \u{FFFD}\u{FFFD}A"))
        #expect(!run.stdout.contains("\u{1B}[2J"))

        var jsonl = Data()
        jsonl.append(contentsOf: [0xFF, 0x00, 0x0A])
        jsonl.append(Data((jsonLine(String(repeating: "x", count: 1_000_000)) + "\n").utf8))
        jsonl.append(Data((jsonLine("nee") + "\n").utf8))
        let session = try Run(["session", "--jsonl"], input: jsonl)
        #expect(session.status == 0)
        #expect(session.events.last?["type"] as? String == "end")
        #expect(session.events.contains { $0["type"] as? String == "error" })
    }

    @Test func classifyBatchKeepsOrderAndReportsEntities() throws {
        let lines = [
            #"{"id": "a", "question": "afweging.2", "text": "er is geen structurele onveiligheid"}"#,
            #"{"id": "b", "question": "leeftijd", "text": "ze is net veertien"}"#,
            #"{"id": "c", "question": "stap2.overleg_met", "text": "met mijn teamleider"}"#,
            "kapot",
            #"{"id": "d", "question": "afweging.3", "text": "hij staat met een mes voor de deur"}"#,
        ]
        let run = try Run(["classify", "--batch"], lines: lines)
        let results = run.events
        #expect(results.count == 5)
        #expect(results.map { $0["id"] as? String } == ["a", "b", "c", nil, "d"])
        #expect(results[0]["intent"] as? String == "no")
        #expect((results[1]["entities"] as? [String: Any])?["age"] as? Int == 14)
        #expect((results[2]["entities"] as? [String: Any])?["roles"] as? [String] == ["leidinggevende"])
        #expect(results[4]["intent"] as? String == "emergency")
        for result in results {
            let confidence = result["confidence"] as? Double ?? -1
            #expect((0...1).contains(confidence))
        }
    }

    @Test func classifyOneAnswer() throws {
        let run = try Run(["classify", "--question", "afweging.1", "ik", "denk", "het", "wel"])
        let result = try #require(run.events.first)
        #expect(result["intent"] as? String == "yes")
        #expect(result["id"] == nil)
    }

    @Test func validateAcceptsTheShippedContent() throws {
        let run = try Run(["validate"])
        #expect(run.status == 0)
    }

    @Test func validateReportsABrokenCopyWithFileAndLine() throws {
        let path = "Dialogues/basismodel.yaml"
        var files = ContentFiles.embedded.files
        files[path] = files[path]!.replacingOccurrences(of: "dialogue: kindcheck", with: "dialogue: kindchek")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meldcode-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let text = files[path]!
        let line = text[..<text.range(of: "- id: stap1.kindcheck_uitvoeren")!.lowerBound].filter { $0 == "\n" }.count + 1

        let run = try Run(["validate", directory.path])
        #expect(run.status == 1)
        let texts = Texts.load(.embedded)
        let expected = ContentProblem(file: path, line: line, key: "probleem.onbekende_dialoog", values: ["id": "kindchek"])
        #expect(run.stdout.contains("\(path):\(line): "))
        #expect(run.stdout.split(separator: "\n").map(String.init) == [texts.describe(expected), texts.ui("validate.aantal", ["aantal": "1"])])
    }

    @Test func graphDrawsTheRouteInBothFormats() throws {
        let mermaid = try Run(["graph"])
        #expect(mermaid.status == 0)
        #expect(mermaid.stdout.hasPrefix("flowchart TD\n"))
        #expect(mermaid.stdout.contains("afweging_3["))
        let dot = try Run(["graph", "--route", "basismodel", "--format", "dot"])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph \"basismodel\" {"))
        #expect(dot.stdout.hasSuffix("}\n"))
        #expect(dot.stdout.contains("subgraph \"cluster_afwegingskader\""))
    }

    @Test func graphRefusesAnUnknownRoute() throws {
        let run = try Run(["graph", "--route", "onbekend"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        let texts = Texts.load(.embedded)
        let content = try Content.load(.embedded)
        let routes = content.dialogues.values.filter { $0.kind != .sub }.map(\.id).sorted().joined(separator: ", ")
        #expect(routes.contains("basismodel") && routes.contains("kindcheck"))
        #expect(run.stderr == texts.ui("cli.fout.route", ["route": "onbekend", "routes": routes]) + "\n")
    }

    @Test func graphExplainsItselfInDutch() throws {
        let run = try Run(["graph", "--help"])
        #expect(run.status == 0)
        let texts = Texts.load(.embedded)
        #expect(run.stdout.contains(texts.ui("cli.graph.abstract").prefix(40)))
        #expect(run.stdout.contains("mermaid|dot"))
    }

    @Test func validateRefusesAFolderWithoutContent() throws {
        let run = try Run(["validate", FileManager.default.temporaryDirectory.appendingPathComponent("meldcode-\(UUID().uuidString)").path])
        #expect(run.status == 1)
        #expect(!run.stderr.isEmpty)
    }
}
