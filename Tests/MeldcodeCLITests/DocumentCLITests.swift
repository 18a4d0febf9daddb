import CaseStore
import Foundation
import MeldcodeKit
import Testing

/// `meldcode dossier`, `melding` and `consult` on a stored case.
@Suite("Documents of a stored case", .serialized)
struct DocumentCLITests {
    /// A case through to a decision to report (afweging 2: structurally unsafe).
    static func reportedCase(_ scratch: StoreScratch, label: String = "Merel groep 6") throws -> String {
        var answers = scriptedAnswers
        answers["afweging.2"] = "ja, het speelt al maanden"
        answers["afweging.3"] = "nee"
        answers["stap5.melding"] = "de blauwe plekken en wat Merel vertelde"
        answers["stap5.na_melding"] = "contact houden met de leerling"
        let live = try Live(["session", "--jsonl", "--label", label], environment: scratch.environment)
        var events = live.until("ask") ?? []
        let id = events.first?["id"] as? String
        for _ in 0..<60 {
            guard let question = events.last?["question"] as? String else { break }
            live.send(answers[question] ?? "ja")
            guard let next = live.until("ask", "end") else { break }
            events = next
            if next.contains(where: { $0["type"] as? String == "decision" }) { break }
        }
        #expect(live.finish().status == 0)
        return try #require(id)
    }

    @Test func theDossierGoesToAFileOnlyItsOwnerCanRead() throws {
        let scratch = try StoreScratch()
        let id = try Self.reportedCase(scratch)
        let file = scratch.url.appendingPathComponent("dossier.md")
        FileManager.default.createFile(atPath: file.path, contents: Data("oud".utf8), attributes: [.posixPermissions: 0o644])
        let run = try scratch.run(["dossier", String(id.prefix(8)), "--format", "markdown", "-o", file.path])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# "))
        #expect(text.contains("blauwe plekken"))

        let json = try scratch.run(["dossier", id, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["decisions"] as? [[String: Any]])?.last?["melden"] as? Bool == true)
        // Without a number: the case worked on last.
        #expect(try scratch.run(["dossier"]).stdout == scratch.run(["dossier", id]).stdout)
        let audit = try scratch.run(["audit", id]).stdout
        #expect(audit.components(separatedBy: "geëxporteerd").count - 1 == 4)
    }

    @Test func theMeldingDraftWaitsForTheDecision() throws {
        let scratch = try StoreScratch()
        let early = try scratch.run(["session", "--jsonl"], lines: [jsonLine("nee")])
        let id = try #require(early.events.first?["id"] as? String)
        let refused = try scratch.run(["melding", id])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("Nog niet doorlopen"))

        let reported = try Self.reportedCase(scratch)
        let draft = try scratch.run(["melding", reported])
        #expect(draft.status == 0)
        #expect(draft.stdout.hasPrefix("Concept-melding bij Veilig Thuis"))
        #expect(draft.stdout.contains("Informatie van anderen"))
        #expect(draft.stdout.contains("melden bij Veilig Thuis: ja"))
    }

    @Test func theConsultationSummaryLeavesOutTheNamesGiven() throws {
        let scratch = try StoreScratch()
        let id = try Self.reportedCase(scratch, label: "Merel Zwanenburg")
        let run = try scratch.run(["consult", id, "--naam", "Fatima=moeder"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Anoniem overleg"))
        for word in ["Merel", "Zwanenburg"] {
            #expect(!run.stdout.contains(word), "'\(word)' is in the summary")
        }
        #expect(run.stdout.contains("blauwe plekken"))
    }
}
