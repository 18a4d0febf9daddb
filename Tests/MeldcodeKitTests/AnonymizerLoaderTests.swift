import DutchText
import Testing
@testable import MeldcodeKit

/// Localization/<taal>/anonymize.yaml: every problem with its line.
@Suite("Anonymiser word lists")
struct AnonymizerLoaderTests {
    func load(_ text: String) -> (AnonymizerWords, [ContentProblem]) {
        AnonymizerLoader.load(ContentFiles(files: ["Localization/nl/anonymize.yaml": text]), language: "nl")
    }

    @Test func theShippedFileHasEveryReplacement() {
        var files = ContentFiles.embedded
        let (words, problems) = AnonymizerLoader.load(files, language: "nl")
        #expect(problems.isEmpty)
        for kind in IdentifierKind.allCases where kind != .name {
            #expect(words.replacements[kind]?.isEmpty == false, "no replacement for \(kind)")
        }
        files.files["Localization/nl/anonymize.yaml"] = nil
        #expect(AnonymizerLoader.load(files, language: "nl").1.map(\.key) == ["probleem.bestand_ontbreekt"])
    }

    @Test func problemsNameTheirLine() {
        let text = """
        replacements:
          bsn: "[BSN]"
          telefoon: "[nummer]"
        surname: "[achternaam]"
        possessive: "{rol}"
        names:
          titels: [meneer]
        kleur: blauw
        """
        let (_, problems) = load(text)
        let found = problems.map { "\($0.line ?? 0) \($0.key)" }
        #expect(found.contains("3 probleem.onbekende_waarde"))
        #expect(found.contains("7 probleem.onbekend_veld"))
        #expect(found.contains("8 probleem.onbekend_veld"))
        // Every kind without a replacement text is named.
        #expect(problems.filter { $0.key == "probleem.veld_ontbreekt" }.count == IdentifierKind.allCases.count - 2)
    }

    @Test func aPossessiveWithoutTheRoleIsAProblem() {
        let (_, problems) = load("surname: x\npossessive: zijn\n")
        #expect(problems.contains { $0.key == "probleem.veld_ontbreekt" && $0.values["veld"]?.hasPrefix("possessive") == true })
    }

    @Test func brokenYAMLIsReportedWithALine() {
        // An unquoted 's opens a quoted text; the parser notices at the end.
        let (_, problems) = load("names:\n  particles: [van, 's-Hertogenbosch, de]\n")
        #expect(problems.first?.key == "probleem.yaml")
        #expect(problems.first?.line != nil)
    }

    @Test func theContentCarriesTheAnonymizer() {
        let result = shipped.anonymizer.anonymize("Sanne belde.", names: [KnownName(name: "Sanne", role: "de leerling")])
        #expect(result.text == "De leerling belde.")
    }
}
