import Foundation
import Testing
@testable import MeldcodeKit

private let basismodel = "Dialogues/basismodel.yaml"
private let afwegingskader = "Dialogues/afwegingskader.yaml"
private let kindcheck = "Dialogues/kindcheck.yaml"
private let noodroute = "Dialogues/noodroute.yaml"
private let basisTexts = "Localization/nl/questions/basismodel.yaml"
private let kindcheckTexts = "Localization/nl/questions/kindcheck.yaml"
private let interface = "Localization/nl/interface.yaml"

/// Every kind of mistake validate knows, each made once in the shipped copy.
private let breakages: [Breakage] = [
    // 0. Files that do not read.
    Breakage("a key used twice", in: interface, replace: "dossier.leeg: \"Nog niets vastgelegd.\"\n",
             with: "dossier.leeg: \"Nog niets vastgelegd.\"\ndossier.leeg: \"Niets.\"\n",
             expect: "probleem.dubbele_sleutel", at: "dossier.leeg: \"Niets.\""),
    Breakage("a field used twice", in: kindcheckTexts, replace: "  label: \"Kinderen (aantal, leeftijden, gedeelde zorg)\"\n",
             with: "  label: \"Kinderen (aantal, leeftijden, gedeelde zorg)\"\n  why: \"Nog eens.\"\n",
             expect: "probleem.dubbele_sleutel", at: "  why: \"Nog eens.\""),

    // 1. Names that point at nothing.
    Breakage("unknown next", in: basismodel, replace: "next: stap1.kindcheck_nodig", with: "next: stap1.kindcheck_nodg",
             expect: "probleem.onbekende_knoop", at: "- id: stap1.afspraken"),
    Breakage("unknown start", in: noodroute, replace: "start: stap0.acuut_gevaar", with: "start: stap0.acuut",
             expect: "probleem.onbekende_knoop", at: "dialogue: noodroute"),
    Breakage("unknown call target", in: basismodel, replace: "dialogue: kindcheck", with: "dialogue: kindchek",
             expect: "probleem.onbekende_dialoog", at: "- id: stap1.kindcheck_uitvoeren"),
    Breakage("unknown emergency dialogue", in: kindcheck, replace: "emergency: noodroute", with: "emergency: nood",
             expect: "probleem.onbekende_dialoog", at: "dialogue: kindcheck"),
    Breakage("unknown question in age_below", in: basismodel, replace: "{question: leeftijd, years: 12}",
             with: "{question: leeftijden, years: 12}",
             expect: "probleem.onbekende_vraag", at: "- id: stap1.kindcheck_nodig"),
    Breakage("unknown question in matches", in: basismodel, replace: "question: stap1.signalen, category",
             with: "question: stap1.signaal, category",
             expect: "probleem.onbekende_vraag", at: "- id: stap1.feiten_nodig"),
    Breakage("unknown question in answer", in: basismodel, replace: "{decision: hulp}",
             with: "{answer: {question: stap5.hulpvraag, is: \"yes\"}}",
             expect: "probleem.onbekende_vraag", at: "- id: stap5.hulp_mogelijk"),
    Breakage("answer no question can give", in: basismodel, replace: "{decision: hulp}",
             with: "{answer: {question: stap1.besproken, is: misschien}}",
             expect: "probleem.onbekend_antwoord", at: "- id: stap5.hulp_mogelijk"),
    Breakage("answer test on an open question", in: basismodel, replace: "{decision: hulp}",
             with: "{answer: {question: stap5.melding, is: \"yes\"}}",
             expect: "probleem.verkeerd_vraagtype", at: "- id: stap5.hulp_mogelijk"),
    Breakage("age test on a yes/no question", in: basismodel, replace: "{question: leeftijd, years: 12}",
             with: "{question: stap1.besproken, years: 12}",
             expect: "probleem.verkeerd_vraagtype", at: "- id: stap1.kindcheck_nodig"),
    Breakage("unknown outcome of a check", in: basismodel, replace: "{decision: hulp}",
             with: "{outcome: {check: kindcheck, is: klaar}}",
             expect: "probleem.onbekende_uitkomst", at: "- id: stap5.hulp_mogelijk"),
    Breakage("decision basis that is no question", in: afwegingskader, replace: "basis: afweging.3\n",
             with: "basis: afweging.33\n",
             expect: "probleem.onbekende_vraag", at: "- id: afweging.3.melden"),
    Breakage("unknown lexicon category", in: basismodel, replace: "category: gut_feeling",
             with: "category: gut_feelings",
             expect: "probleem.onbekende_categorie", at: "- id: stap1.feiten_nodig"),
    Breakage("unknown lexicon category in unless", in: basismodel, replace: "unless: observation",
             with: "unless: observations",
             expect: "probleem.onbekende_categorie", at: "- id: stap1.feiten_nodig"),
    Breakage("step not among the dialogue's steps", in: noodroute, replace: "- id: stap0.verder\n    kind: say\n    step: stap0",
             with: "- id: stap0.verder\n    kind: say\n    step: stap9",
             expect: "probleem.onbekende_stap", at: "- id: stap0.verder"),

    // 2. Nothing leads there.
    Breakage("unreachable node", in: kindcheck, replace: "\"no\": kindcheck.volg_meldcode", with: "\"no\": kindcheck.advies_vt",
             expect: "probleem.onbereikbaar", at: "- id: kindcheck.volg_meldcode"),

    // 3. Answers that lead nowhere.
    Breakage("yes/no question without unsure", in: basismodel, replace: "      unsure: stap1.nog_niet_besproken\n", with: "",
             expect: "probleem.antwoord_zonder_tak", at: "\"yes\": stap1.gesprek_met"),
    Breakage("choice option without words", in: basismodel, replace: "      beide: stap1.bron_wie\n",
             with: "      beide: stap1.bron_wie\n      weet_niet: stap1.bron_wie\n",
             expect: "probleem.optie_zonder_woorden", file: basisTexts, at: "stap1.bron:"),
    Breakage("words for an option the dialogue lacks", in: basisTexts, replace: "    beide:\n", with: "    allebei:\n",
             expect: "probleem.optie_onbekend", at: "stap1.bron:"),
    Breakage("branch without else", in: basismodel, replace: "    else: stap1.bron\n", with: "",
             expect: "probleem.tak_zonder_else", at: "- id: stap1.feiten_nodig"),
    Breakage("next on a yes/no question", in: basismodel, replace: "    source: \"003: stap 1, acties 6 en 8\"\n",
             with: "    next: stap1.gesprek_met\n    source: \"003: stap 1, acties 6 en 8\"\n",
             expect: "probleem.veld_past_niet", at: "next: stap1.gesprek_met"),

    // 4. Texts that are missing.
    Breakage("question without why", in: basisTexts,
             replace: "  why: \"De leeftijd bepaalt welke checks en regels gelden: bij minderjarigen de kindcheck en wie je vooraf over een melding inlicht, en in de thuisbegeleiding onder de 23 jaar de verwijsindex.\"\n",
             with: "", expect: "probleem.tekst_ontbreekt", at: "leeftijd:"),
    Breakage("question without label", in: basisTexts, replace: "  label: \"Leeftijd\"\n", with: "",
             expect: "probleem.tekst_ontbreekt", at: "leeftijd:"),
    Breakage("question without text", in: basisTexts, replace: "  text: \"Hoe oud is diegene? Een schatting is goed.\"\n", with: "",
             expect: "probleem.tekst_ontbreekt", at: "leeftijd:"),
    Breakage("yes/no question without confirm_no", in: basisTexts,
             replace: "  confirm_no: \"dat je de signalen nog niet hebt besproken\"\n", with: "",
             expect: "probleem.tekst_ontbreekt", at: "stap1.besproken:"),
    Breakage("say node without any text", in: basisTexts,
             replace: "stap2.intro:\n  text: \"Stap 2: overleg met een deskundige collega of de aandachtsfunctionaris{af_contact}, en/of met Veilig Thuis ({vt_telefoon}, ook zonder de naam van de betrokkene te noemen).\"\n",
             with: "", expect: "probleem.tekst_ontbreekt", at: nil),
    Breakage("outcome without a dossier note", in: kindcheckTexts,
             replace: "  note: \"Kindcheck: gereed. Vraag 1 met nee beantwoord: geen signalen die bedreigend zijn voor het kind.\"\n",
             with: "", expect: "probleem.tekst_ontbreekt", at: "kindcheck.gereed_1:"),
    Breakage("step without its title", in: noodroute, replace: "steps: [stap0]", with: "steps: [stap0, stap0b]",
             expect: "probleem.interfacetekst_ontbreekt", file: interface, at: nil),
    Breakage("route without its name", in: interface, replace: "dialoog.basismodel: \"basismodel\"\n", with: "",
             expect: "probleem.interfacetekst_ontbreekt", at: nil),
    Breakage("decision basis without its words", in: interface, replace: "basis.afweging.3: \"afweging 3\"\n", with: "",
             expect: "probleem.interfacetekst_ontbreekt", at: nil),
    Breakage("role without its name", in: interface, replace: "rol.huisarts: \"huisarts\"\n", with: "",
             expect: "probleem.interfacetekst_ontbreekt", at: nil),
    Breakage("a sentence of the program itself", in: interface, replace: "invoer.leeg: \"Ik zag geen antwoord.\"\n", with: "",
             expect: "probleem.interfacetekst_ontbreekt", at: nil),
    Breakage("texts for a node that does not exist", in: basisTexts, replace: "stap1.reactie:\n", with: "stap1.reacti:\n",
             expect: "probleem.tekst_zonder_knoop", at: "stap1.reacti:"),

    // 5. Sources.
    Breakage("question without source", in: basismodel, replace: "    source: \"003: stap 1, actie 4\"\n", with: "",
             expect: "probleem.bron_ontbreekt", at: "- id: stap1.nog_nodig"),
    Breakage("unknown source document", in: basismodel, replace: "\"003: stap 1, actie 4\"", with: "\"009: stap 1, actie 4\"",
             expect: "probleem.onbekende_bron", at: "- id: stap1.nog_nodig"),
    Breakage("unknown second source document", in: basismodel, replace: "; 001: stap 5 (leeftijdsgrenzen)",
             with: "; 01: stap 5 (leeftijdsgrenzen)",
             expect: "probleem.onbekende_bron", at: "- id: leeftijd"),

    // 6. Loops and dead ends.
    Breakage("a say node that repeats itself", in: noodroute, replace: "- id: stap0.verder\n    kind: say\n",
             with: "- id: stap0.verder\n    kind: say\n    next: stap0.verder\n",
             expect: "probleem.kringloop", at: "- id: stap0.verder"),
    Breakage("a branch that can return to itself", in: basismodel, replace: "years: 12}}\n        then: stap2.intro\n",
             with: "years: 12}}\n        then: stap1.kindcheck_nodig\n",
             expect: "probleem.kringloop", at: "- id: stap1.kindcheck_nodig"),
    Breakage("a question that only leads back to itself", in: kindcheck,
             replace: "    expects: text\n    source: \"basismodel: kindcheck",
             with: "    expects: text\n    next: kindcheck.kinderen\n    source: \"basismodel: kindcheck",
             expect: "probleem.geen_einde", at: "- id: kindcheck.kinderen"),
]

@Suite("Validator")
struct ValidatorTests {
    @Test func shippedContentIsClean() {
        let problems = Validator.check(.embedded)
        #expect(problems.isEmpty, "\(problems.map { shipped.texts.describe($0) })")
    }

    @Test("each mistake is found at its place", arguments: breakages)
    func mistakeIsFound(_ breakage: Breakage) {
        let files = breakage.files
        let line = breakage.at.map { files.line(of: $0, in: breakage.file) ?? -1 }
        let problems = Validator.check(files)
        #expect(contains(problems, key: breakage.key, file: breakage.file, line: line),
                "expected \(breakage.key) at \(breakage.file):\(line.map(String.init) ?? "-"), got \(problems.map { shipped.texts.describe($0) + " [\($0.key)]" })")
    }

    @Test func aSubDialogueNobodyCallsIsReported() {
        // Every route calls the afwegingskader; it is unused only when none does.
        let call = "    dialogue: afwegingskader"
        var files = ContentFiles.embedded
        let callers = files.files.keys.filter { files.files[$0]!.contains(call) }
        #expect(callers.count >= 2)
        for path in callers { files = files.replacing(call, with: "    dialogue: kindcheck", in: path) }
        let line = files.line(of: "dialogue: afwegingskader", in: afwegingskader)
        #expect(contains(Validator.check(files), key: "probleem.nooit_aangeroepen", file: afwegingskader, line: line))
    }

    @Test func aBranchWithAnExitIsNoDeadEnd() {
        // The loop through stap1.kindcheck_nodig is reported, but its else
        // still leads on: nothing is reported as unable to end.
        let files = ContentFiles.embedded.replacing("years: 12}}\n        then: stap2.intro\n", with: "years: 12}}\n        then: stap1.kindcheck_nodig\n",
                                                    in: basismodel)
        let problems = Validator.check(files)
        #expect(problems.map(\.key) == ["probleem.kringloop"])
    }

    @Test func aFileThatDoesNotReadComesFirst() {
        // Its texts would all be reported missing; only the YAML error is.
        let files = ContentFiles.embedded.replacing("einde: \"Dit is het dossier.", with: "einde: [\"Dit is het dossier.", in: interface)
        let problems = Validator.check(files)
        #expect(problems.map(\.key) == ["probleem.yaml"])
        #expect(problems.first?.file == interface)
    }

    @Test func problemsAreSortedAndCounted() {
        let files = ContentFiles.embedded
            .replacing("\"003: stap 1, actie 4\"", with: "\"009: stap 1, actie 4\"", in: basismodel)
            .replacing("  label: \"Leeftijd\"\n", with: "", in: basisTexts)
        let problems = Validator.check(files)
        #expect(problems.count == 2)
        #expect(problems == problems.sorted())
        #expect(problems.map(\.file) == [basismodel, basisTexts])
        #expect(Validator.check(files) == problems)
    }

    @Test func everyProblemHasADutchMessage() {
        // Keys used by the checks and the loaders, with their sentences in
        // interface-validate.yaml.
        for key in Set(breakages.map(\.key)) {
            #expect(shipped.texts.has(key), "\(key) has no sentence")
            #expect(shipped.texts.interfaceFiles[key] == "Localization/nl/interface-validate.yaml")
        }
    }
}

/// A translation next to nl: the shipped copy with every Dutch file also under
/// Localization/en/, then one thing left out of the English.
@Suite("Validator: another language")
struct LanguageValidationTests {
    static let english: ContentFiles = {
        var copy = ContentFiles.embedded
        for (path, text) in copy.files where path.hasPrefix("Localization/nl/") {
            copy.files["Localization/en/" + path.dropFirst("Localization/nl/".count)] = text
        }
        return copy
    }()

    @Test func aCompleteTranslationIsClean() {
        #expect(Validator.check(Self.english).isEmpty)
    }

    @Test func aQuestionFieldMissingInTheTranslation() {
        let path = "Localization/en/questions/basismodel.yaml"
        let files = Self.english.replacing("  label: \"Leeftijd\"\n", with: "", in: path)
        let problems = Validator.check(files)
        #expect(contains(problems, key: "probleem.taal_ontbreekt", file: path, line: files.line(of: "leeftijd:", in: path)))
        #expect(problems.first?.values["sleutel"] == "leeftijd.label")
        #expect(problems.first?.values["plaats"] == "Localization/nl/questions/basismodel.yaml:\(files.line(of: "leeftijd:", in: basisTexts)!)")
        #expect(problems.count == 1)
    }

    @Test func aWholeQuestionMissingInTheTranslation() {
        let path = "Localization/en/questions/basismodel.yaml"
        let files = Self.english.replacing("stap2.intro:\n", with: "stap2.intro_en:\n", in: path)
        let problems = Validator.check(files)
        #expect(contains(problems, key: "probleem.taal_ontbreekt", file: path, line: nil))
        #expect(problems.contains { $0.values["sleutel"] == "stap2.intro.text" })
    }

    @Test func anInterfaceSentenceMissingInTheTranslation() {
        let files = Self.english.replacing("dossier.leeg: \"Nog niets vastgelegd.\"\n", with: "", in: "Localization/en/interface.yaml")
        let problems = Validator.check(files)
        #expect(problems.count == 1)
        #expect(contains(problems, key: "probleem.taal_ontbreekt", file: "Localization/en/interface.yaml", line: nil))
        #expect(problems.first?.values["sleutel"] == "dossier.leeg")
    }

    @Test func aValidateSentenceIsLookedForInItsOwnFile() {
        let path = "Localization/en/interface-validate.yaml"
        let files = Self.english.replacing("probleem.geen_einde:", with: "probleem.geen_eind:", in: path)
        #expect(contains(Validator.check(files), key: "probleem.taal_ontbreekt", file: path, line: nil))
    }

    @Test func optionWordsTheDialogueDoesNotHave() {
        let path = "Localization/en/questions/basismodel.yaml"
        let files = Self.english.replacing("    beide:\n", with: "    both:\n", in: path)
        let problems = Validator.check(files)
        let line = files.line(of: "stap1.bron:", in: path)
        #expect(contains(problems, key: "probleem.optie_onbekend", file: path, line: line))
        #expect(contains(problems, key: "probleem.taal_ontbreekt", file: path, line: line))
    }

    @Test func theMatchersWordsOfTheTranslation() {
        var withoutLexicon = Self.english
        withoutLexicon.files["Localization/en/lexicon.yaml"] = nil
        #expect(contains(Validator.check(withoutLexicon), key: "probleem.bestand_ontbreekt", file: "Localization/en/lexicon.yaml", line: nil))

        let path = "Localization/en/lexicon.yaml"
        let text = Self.english.files[path]!
        let category = text[text.range(of: "  unknown_answer:")!.lowerBound...]
        let files = Self.english.replacing(String(category), with: "", in: path)
        let problems = Validator.check(files)
        #expect(contains(problems, key: "probleem.taal_ontbreekt", file: path, line: nil))
        #expect(problems.first?.values["sleutel"] == "categories.unknown_answer")
    }

    @Test func brokenYAMLInTheTranslation() {
        let path = "Localization/en/questions/kindcheck.yaml"
        let files = Self.english.replacing("kindcheck.3:\n", with: "kindcheck.3:\n  text: [\n", in: path)
        // Only the YAML error: not every text of the file as missing too.
        #expect(Validator.check(files).map(\.key) == ["probleem.yaml"])
        #expect(Validator.check(files).first?.file == path)
    }
}

/// An organisation's copy on disk, read through ContentFiles.directory.
@Suite("Validator: a copy on disk")
struct DirectoryValidationTests {
    @Test func aCopyOnDiskReadsAsTheBuiltInOne() throws {
        let directory = try writeCopy(.embedded)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = try ContentFiles.directory(directory)
        #expect(files.files == ContentFiles.embedded.files)
        #expect(files.directory == directory)
        #expect(Validator.check(files).isEmpty)
    }

    @Test func aMistakeOnDiskIsFoundWithItsPlace() throws {
        let broken = ContentFiles.embedded.replacing("dialogue: kindcheck", with: "dialogue: kindchek", in: basismodel)
        let directory = try writeCopy(broken)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let problems = Validator.check(try ContentFiles.directory(directory))
        let line = broken.line(of: "- id: stap1.kindcheck_uitvoeren", in: basismodel)
        #expect(contains(problems, key: "probleem.onbekende_dialoog", file: basismodel, line: line))
    }

    @Test func aFolderWithoutContentIsRefused() throws {
        let directory = try writeCopy(ContentFiles(files: [:]))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: ContentProblem.self) { try ContentFiles.directory(directory) }
    }
}

/// Writes the files under a new temporary directory and returns its path.
func writeCopy(_ files: ContentFiles) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("meldcode-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (path, text) in files.files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return root.path
}
