import CaseStore
import Foundation
import GRDB
import MeldcodeKit
import Testing

/// Answers that carry a case through the basismodel; questions not listed
/// get "ja". Text answers are what the tests look for in the store.
let scriptedAnswers: [String: String] = [
    "stap0.acuut_gevaar": "nee",
    "stap1.betrokkene": "Merel, leerling uit groep 6 van de Zwanenburgschool",
    "leeftijd": "9",
    "stap1.signalen": "dinsdag blauwe plekken op de bovenarm gezien",
    "stap1.bron": "zelf gezien",
    "stap1.nog_nodig": "niets",
    "stap1.betrekken": "de moeder, zij heeft het gezag",
    "stap1.besproken": "nee",
    "stap2.specialisten": "geen van deze",
    "stap2.overleg_met": "met de aandachtsfunctionaris",
    "stap2.advies": "in gesprek gaan met moeder",
    "stap3.gesprek_met": "de moeder",
    "stap3.reactie": "ze schrok",
    "stap3.afspraken": "over zes weken evalueren",
    "stap3.melding_aangekondigd": "nee",
    "afweging.1": "ja",
    "afweging.2": "nee",
    "stap5.hulp": "schoolmaatschappelijk werk",
    "stap6.situatie": "geen van deze",
    "stap6.gedaan": "Veilig Thuis gebeld",
]

func answer(for question: String) -> String { scriptedAnswers[question] ?? "ja" }

/// The answered events of a case, as (question, text).
func answered(_ events: [CaseEvent]) -> [String] {
    events.compactMap { if case .answered(let q, let t, _, _, _) = $0 { "\(q)=\(t)" } else { nil } }
}

@Suite("Cases on disk, through the command line", .serialized)
struct StoreCLITests {
    static let engine = Engine(content: try! Content.load())

    @Test func aSessionIsStoredAndResumedWhereItStood() throws {
        let scratch = try StoreScratch()
        let first = try scratch.run(["session", "--jsonl", "--label", "leerling groep 6"],
                                    lines: [jsonLine("nee"), jsonLine("een leerling uit groep 6")])
        #expect(first.status == 0)
        let opening = try #require(first.events.first)
        #expect(opening["type"] as? String == "case")
        let id = try #require(opening["id"] as? String)
        #expect(CaseID(id) != nil)

        // Resumed by the start of its number: the next question is where it stood.
        let second = try scratch.run(["session", "--jsonl", "--case", String(id.prefix(6))], lines: [jsonLine("9")])
        #expect(second.status == 0)
        #expect(second.events.first?["id"] as? String == id)
        let asks = second.events.filter { $0["type"] as? String == "ask" }.compactMap { $0["question"] as? String }
        #expect(asks.first == "leeftijd")
        #expect(asks.dropFirst().first == "stap1.signalen")

        let third = try scratch.run(["session", "--jsonl", "--case", id])
        #expect(third.events.first { $0["type"] as? String == "ask" }?["question"] as? String == "stap1.signalen")
        let dossier = third.events.last?["dossier"] as? String ?? ""
        #expect(dossier.contains("een leerling uit groep 6"))
        #expect(dossier.contains("9 jaar"))

        let list = try scratch.run(["cases"])
        #expect(list.status == 0)
        #expect(list.stdout.contains(String(id.prefix(8))))
        #expect(list.stdout.contains("leerling groep 6"))

        let audit = try scratch.run(["audit", id])
        #expect(audit.stdout.components(separatedBy: "aangemaakt").count - 1 == 1)
        #expect(audit.stdout.components(separatedBy: "geopend").count - 1 == 2)
        #expect(audit.stdout.contains(NSUserName()) || audit.stdout.contains(ProcessInfo.processInfo.environment["USER"] ?? "?"))
    }

    @Test func withoutAKeyNothingIsStoredAndNoCaseIsNamed() throws {
        let run = try Run(["session", "--jsonl"], lines: [jsonLine("nee")])
        #expect(run.status == 0)
        #expect(run.events.first?["type"] as? String == "ask")
        let needsKey = try Run(["cases"], lines: [])
        #expect(needsKey.status == 2)
        #expect(needsKey.stderr.contains("--key-file"))
    }

    @Test func theDatabaseHoldsNoneOfTheWordsOfACase() throws {
        let scratch = try StoreScratch()
        let run = try scratch.run(["session", "--jsonl", "--label", "Kastanjelaan Vliegenbos"],
                                  lines: ["nee", "Merel Zwanenburg uit groep 6", "9", "blauwe plekken op haar bovenarm"].map(jsonLine))
        #expect(run.status == 0)
        let files = try FileManager.default.subpathsOfDirectory(atPath: scratch.store.path)
            .map { scratch.store.appendingPathComponent($0) }
        var everything = Data()
        for file in files { everything.append((try? Data(contentsOf: file)) ?? Data()) }
        #expect(everything.count > 10_000)
        for word in ["Merel", "Zwanenburg", "Kastanjelaan", "Vliegenbos", "blauwe plekken", "bovenarm", "groep 6"] {
            #expect(everything.range(of: Data(word.utf8)) == nil, "'\(word)' is readable in the store")
            #expect(everything.range(of: Data(word.lowercased().utf8)) == nil, "'\(word)' is readable in the store")
        }
    }

    @Test func aCaseOpenInOneProcessIsRefusedInAnother() throws {
        let scratch = try StoreScratch()
        let created = try scratch.run(["session", "--jsonl"], lines: [jsonLine("nee")])
        let id = try #require(created.events.first?["id"] as? String)
        let holder = try Live(["session", "--jsonl", "--case", id], environment: scratch.environment)
        #expect(holder.until("ask") != nil)
        let second = try scratch.run(["session", "--jsonl", "--case", id], lines: [jsonLine("een leerling")])
        #expect(second.status == 1)
        #expect(second.stderr.contains("al geopend"))
        #expect(!second.stdout.contains("een leerling"))
        let end = holder.finish()
        #expect(end.status == 0)
        // Once the first has stopped, the case opens again.
        #expect(try scratch.run(["session", "--jsonl", "--case", id]).status == 0)
    }

    /// Kills a session with SIGKILL at random moments, many times over, and
    /// checks after each kill that the case reopens with every answer the
    /// session had confirmed (by showing what came after it), in order,
    /// and that it resumes at the question the stored events lead to.
    @Test func killedAtRandomMomentsTheCaseKeepsEveryConfirmedAnswer() throws {
        let scratch = try StoreScratch()
        var generator = SystemRandomNumberGenerator()
        var id: String?
        var confirmed: [String] = []
        var kills = 0, midWrite = 0
        for round in 0..<30 {
            let arguments = id.map { ["session", "--jsonl", "--case", $0] } ?? ["session", "--jsonl"]
            let live = try Live(arguments, environment: scratch.environment)
            // When the kill came after the last answer was stored but before
            // its end was shown, the case is finished: it resumes with a word
            // saying so and waits for "ga naar de evaluatie" (see README).
            if let caseID = id, Self.engine.replay(try scratch.open().events(of: CaseID(caseID)!))?.finished == true {
                let shown = live.until("say")
                #expect(shown?.first?["type"] as? String == "case", "round \(round)")
                #expect(shown?.last?["text"] as? String == Self.engine.content.texts.ui("casus.afgerond"), "round \(round)")
                live.kill()
                kills += 1
                id = nil
                confirmed = []
                continue
            }
            guard var events = live.until("ask", "end") else {
                // Say whether it hung or stopped, and what it said.
                let running = live.process.isRunning
                live.kill()
                let end = live.finish()
                Issue.record("round \(round): no question; \(running ? "still running" : "stopped with \(end.status)"): \(end.stderr)")
                return
            }
            if let opening = events.first, opening["type"] as? String == "case" { id = opening["id"] as? String }
            let caseID = try #require(id)
            // Resumed at the question the stored events lead to.
            let stored = try scratch.open().events(of: CaseID(caseID)!)
            if let expected = Self.engine.replay(stored).flatMap({ Self.engine.currentQuestion($0) }) {
                #expect(events.last?["question"] as? String == expected, "round \(round)")
            }
            let answers = Int.random(in: 0...6, using: &generator)
            for _ in 0..<answers {
                guard let question = events.last?["question"] as? String else { break }
                let text = answer(for: question)
                live.send(text)
                guard let next = live.until("ask", "end") else { break }
                // The script's answers are all understood: each leads on.
                #expect(next.last?["question"] as? String != question, "round \(round): \(text)")
                // What follows an answer is only shown once it is stored.
                confirmed.append("\(question)=\(text)")
                events = next
            }
            // Kill now, or while the next answer is being written.
            if let question = events.last?["question"] as? String, Bool.random(using: &generator) {
                live.send(answer(for: question))
                usleep(UInt32.random(in: 0...3_000, using: &generator))
                midWrite += 1
            }
            live.kill()
            kills += 1
            let after = answered(try scratch.open().events(of: CaseID(caseID)!))
            // Every confirmed answer is there, in order; at most the one being written is extra.
            #expect(Array(after.prefix(confirmed.count)) == confirmed, "round \(round)")
            #expect(after.count - confirmed.count <= 1, "round \(round)")
            confirmed = after
            if events.last?["type"] as? String == "end" { id = nil; confirmed = [] }
        }
        #expect(kills == 30)
        #expect(midWrite > 0)
    }

    @Test func damagedAndForeignFilesAreRefusedAndNeverWritten() throws {
        let scratch = try StoreScratch()
        _ = try scratch.run(["session", "--jsonl"], lines: [jsonLine("nee")])
        let real = try Data(contentsOf: scratch.database)
        var random = Data(count: 40_000)
        for i in random.indices { random[i] = UInt8.random(in: 0...255) }
        let foreign = scratch.url.appendingPathComponent("ander.sqlite")
        let queue = try DatabaseQueue(path: foreign.path)
        try queue.write { try $0.execute(sql: "CREATE TABLE adressen (naam TEXT); INSERT INTO adressen VALUES ('x')") }
        try queue.close()
        let variants: [(String, Data)] = [
            ("random bytes", random),
            ("a truncated store", real.prefix(real.count / 2)),
            ("a store with its middle overwritten", real.prefix(8_192) + random.prefix(8_192) + real.dropFirst(16_384)),
            ("another program's database", try Data(contentsOf: foreign)),
        ]
        for (name, bytes) in variants {
            try bytes.write(to: scratch.database)
            for arguments in [["cases"], ["session", "--jsonl"]] {
                let run = try scratch.run(arguments, lines: [jsonLine("nee")])
                #expect(run.status == 1, "\(name), \(arguments)")
                #expect(run.stderr.contains("niet aangeraakt") || run.stderr.contains("beschadigd"), "\(name): \(run.stderr)")
                #expect(!run.stderr.contains("Fatal"), "\(name)")
                #expect(try Data(contentsOf: scratch.database) == bytes, "\(name) was changed")
            }
        }
    }

    @Test func aWrongKeyIsRefusedAndChangesNothing() throws {
        let scratch = try StoreScratch()
        _ = try scratch.run(["session", "--jsonl"], lines: [jsonLine("nee")])
        let before = try Data(contentsOf: scratch.database)
        let other = scratch.url.appendingPathComponent("andere-sleutel")
        try CaseStore.createKeyFile(at: other)
        var environment = scratch.environment
        environment["MELDCODE_KEY_FILE"] = other.path
        let run = try Run(["session", "--jsonl"], input: Data((jsonLine("nee") + "\n").utf8), environment: environment)
        #expect(run.status == 1)
        #expect(run.stderr.contains("past niet"))
        #expect(try Data(contentsOf: scratch.database) == before)
    }

    @Test func aStoreThatBecomesReadOnlyFailsCleanlyAndKeepsWhatItHad() throws {
        let scratch = try StoreScratch()
        let created = try scratch.run(["session", "--jsonl"], lines: [jsonLine("nee")])
        let id = try #require(created.events.first?["id"] as? String)
        let before = try scratch.open().events(of: CaseID(id)!).count
        // Root may write anywhere: the sessions then run as 'nobody', who
        // owns the store and loses the right to write to it.
        var launcher: [String] = []
        let paths = [scratch.url.path, scratch.store.path, scratch.database.path, scratch.key.path,
                     scratch.store.appendingPathComponent("locks").path]
            + ((try? FileManager.default.contentsOfDirectory(atPath: scratch.store.appendingPathComponent("locks").path)) ?? [])
                .map { scratch.store.appendingPathComponent("locks/\($0)").path }
        var executable = Run.executable
        if geteuid() == 0 {
            launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            for path in paths { #expect(chown(path, 65534, 65534) == 0, "\(path)") }
            chmod(scratch.url.path, 0o755)
            // A copy 'nobody' can reach, wherever the build directory is.
            executable = scratch.url.appendingPathComponent("meldcode")
            try FileManager.default.copyItem(at: Run.executable, to: executable)
            chmod(executable.path, 0o755)
        }
        // Read-only while a session is open: the next answer cannot be stored.
        let live = try Live(["session", "--jsonl", "--case", id], environment: scratch.environment, launcher: launcher,
                            executable: executable)
        #expect(live.until("ask")?.last?["question"] as? String == "stap1.betrokkene")
        chmod(scratch.database.path, 0o400)
        chmod(scratch.store.path, 0o500)
        live.send("een leerling uit groep 6")
        let after = live.until("end") ?? []
        let result = live.finish()
        #expect(result.reason == .exit)
        #expect(result.status == 1)
        let error = after.first { $0["type"] as? String == "error" }
        #expect((error?["message"] as? String)?.contains("niet geschreven worden") == true, "\(after) \(result.stderr)")
        #expect(!after.contains { $0["type"] as? String == "ask" })
        // Opening it again is refused at once: an opening must be logged.
        let again = try Live(["session", "--jsonl", "--case", id], environment: scratch.environment, launcher: launcher,
                             executable: executable)
        let refused = again.finish()
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("niet geschreven worden"))
        chmod(scratch.store.path, 0o700)
        chmod(scratch.database.path, 0o600)
        if geteuid() == 0 { for path in paths { chown(path, 0, 0) } }
        #expect(try scratch.open().events(of: CaseID(id)!).count == before)
    }

    /// A write that fails halfway through a session, made with a file size
    /// limit (RLIMIT_FSIZE): the session stops with a message and the
    /// dossier so far, and the store keeps every confirmed answer.
    @Test func aFailingWriteStopsCleanlyAndKeepsWhatWasConfirmed() throws {
        let scratch = try StoreScratch()
        let created = try scratch.run(["session", "--jsonl"], lines: [jsonLine("nee")])
        let id = try #require(created.events.first?["id"] as? String)
        let size = try Data(contentsOf: scratch.database).count
        // SIGXFSZ ignored, so the write returns an error instead of killing.
        let launcher = ["/bin/sh", "-c", "trap '' XFSZ; exec /usr/bin/prlimit --fsize=\(size + 16_384) -- \"$@\"", "sh"]
        try fillUntilAWriteFails(scratch, id: id, launcher: launcher, expecting: "mislukte")
    }

    /// A real full disk: the store on a small tmpfs. Needs the right to
    /// mount, which root in a container usually has; else it is skipped.
    @Test(.enabled(if: canMountTmpfs(), "no right to mount a tmpfs here"))
    func aFullDiskStopsCleanlyAndKeepsWhatWasConfirmed() throws {
        let scratch = try StoreScratch()
        try FileManager.default.createDirectory(at: scratch.store, withIntermediateDirectories: true)
        #expect(shell("mount -t tmpfs -o size=96k,mode=0700 tmpfs '\(scratch.store.path)'") == 0)
        defer { _ = shell("umount '\(scratch.store.path)'") }
        let created = try scratch.run(["session", "--jsonl"], lines: [jsonLine("nee")])
        let id = try #require(created.events.first?["id"] as? String)
        try fillUntilAWriteFails(scratch, id: id, launcher: [], expecting: "schijf is vol")
    }

    private func fillUntilAWriteFails(_ scratch: StoreScratch, id: String, launcher: [String], expecting words: String) throws {
        let live = try Live(["session", "--jsonl", "--case", id], environment: scratch.environment, launcher: launcher)
        var events = live.until("ask") ?? []
        var confirmed = answered(try scratch.open().events(of: CaseID(id)!))
        var failed = false
        for _ in 0..<200 {
            guard let ask = events.last, let question = ask["question"] as? String else { break }
            // Long answers to open questions fill the file quickly.
            let text = ask["expects"] as? String == "text"
                ? String(repeating: "lange aantekening \(confirmed.count) ", count: 150).trimmingCharacters(in: .whitespaces)
                : answer(for: question)
            live.send(text)
            guard let next = live.until("ask", "end", "error") else { break }
            if next.contains(where: { $0["type"] as? String == "error" }) {
                failed = true
                events = next + (live.until("end") ?? [])
                break
            }
            confirmed.append("\(question)=\(text)")
            events = next
        }
        let result = live.finish()
        #expect(failed)
        #expect(result.reason == .exit)
        #expect(result.status == 1)
        let message = events.first { $0["type"] as? String == "error" }?["message"] as? String ?? ""
        #expect(message.contains(words), "\(message)")
        #expect(events.last?["type"] as? String == "end")
        let after = answered(try scratch.open().events(of: CaseID(id)!))
        #expect(Array(after.prefix(confirmed.count)) == confirmed)
    }

    @Test func badInputInAStoredSessionLosesNothingAndStoresNoEscapes() throws {
        let scratch = try StoreScratch()
        var input = Data((jsonLine("nee") + "\n").utf8)
        input.append(contentsOf: [0xFF, 0xFE, 0x00, 0x0A])
        input.append(Data("\n\n".utf8))
        input.append(Data((jsonLine(String(repeating: "x", count: 1_000_000)) + "\n").utf8))
        input.append(Data((jsonLine("9") + "\n").utf8))
        input.append(Data((jsonLine("\u{1B}]0;titel\u{07}\u{1B}[2Jblauwe plekken\u{0}") + "\n").utf8))
        let run = try Run(["session", "--jsonl"], input: input, environment: scratch.environment)
        #expect(run.status == 0)
        #expect(run.events.filter { $0["type"] as? String == "error" }.count == 3)
        let id = try #require(run.events.first?["id"] as? String)
        let texts = answered(try scratch.open().events(of: CaseID(id)!))
        #expect(texts.count == 4)
        #expect(texts.contains { $0.hasPrefix("stap1.betrokkene=xxxx") && $0.count > 1_000_000 })
        #expect(texts.last?.hasPrefix("stap1.signalen=") == true)
        #expect(texts.last?.hasSuffix("blauwe plekken") == true)
        #expect(!texts.joined().contains("\u{1B}"))
        #expect(!texts.joined().contains("\u{0}"))
    }

    @Test func deleteAsksAndArchiveHidesAndTheAuditLogKeepsBoth() throws {
        let scratch = try StoreScratch()
        let made = try [1, 2].map { _ in try #require(try scratch.run(["session", "--jsonl"], lines: [jsonLine("nee")]).events.first?["id"] as? String) }
        let refused = try scratch.run(["delete", made[0]])
        #expect(refused.status == 2)
        #expect(try scratch.run(["cases"]).stdout.contains(String(made[0].prefix(8))))
        #expect(try scratch.run(["archive", made[1]]).status == 0)
        let open = try scratch.run(["cases"]).stdout
        #expect(!open.contains(String(made[1].prefix(8))))
        #expect(try scratch.run(["cases", "--all"]).stdout.contains(String(made[1].prefix(8))))
        #expect(try scratch.run(["delete", made[0], "--yes"]).status == 0)
        #expect(try scratch.run(["session", "--jsonl", "--case", made[0]]).status == 1)
        let audit = try scratch.run(["audit"]).stdout
        #expect(audit.contains("verwijderd"))
        #expect(audit.contains("gearchiveerd"))
        #expect(audit.contains(made[0]))
    }
}

func shell(_ command: String) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command + " 2>/dev/null"]
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
}

func canMountTmpfs() -> Bool {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("meldcode-mount-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)) != nil,
          shell("mount -t tmpfs -o size=16k tmpfs '\(directory.path)'") == 0 else { return false }
    return shell("umount '\(directory.path)'") == 0
}

extension Engine {
    /// The question a conversation waits for (nil at its end).
    func currentQuestion(_ c: Conversation) -> String? {
        if case .ask(let question, _, _)? = question(c) { return question }
        return nil
    }
}
