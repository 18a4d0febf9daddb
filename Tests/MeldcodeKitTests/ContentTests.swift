import Foundation
import DutchText
import Testing
@testable import MeldcodeKit

@Suite("Shipped content")
struct ContentTests {
    @Test func shippedContentHasNoProblems() {
        let problems = Validator.check(.embedded)
        #expect(problems.isEmpty, "\(problems.map { shipped.texts.describe($0) })")
    }

    /// The built-in texts are read once per process; a changed copy of the
    /// built-in files must still be read for itself.
    @Test func aChangedCopyOfTheBuiltInFilesIsReadAfresh() {
        let path = "Localization/nl/questions/basismodel.yaml"
        let old = "Hoe oud is diegene? Een schatting is goed."
        #expect(Texts.load(.embedded).node("leeftijd").text == old)
        var files = ContentFiles.embedded
        files.files[path] = files.files[path]?.replacingOccurrences(of: old, with: "Hoe oud?")
        #expect(Texts.load(files).node("leeftijd").text == "Hoe oud?")
        #expect(Texts.load(.embedded).node("leeftijd").text == old)
    }

    @Test func placeholdersAreFilledInOnePass() {
        let texts = Texts()
        #expect(texts.fill("Bel {vt} of {af}.", ["vt": "0800-2000", "af": "Anna"]) == "Bel 0800-2000 of Anna.")
        // A value is not searched for names; an unknown name stays.
        #expect(texts.fill("{a} en {b}", ["a": "{b}", "b": "x"]) == "{b} en x")
        #expect(texts.fill("{onbekend} {a{a} {", ["a": "é"]) == "{onbekend} {aé {")
        #expect(texts.fill("geen", ["a": "x"]) == "geen")
    }

    @Test func wordListLinesLoseSpacesEmptyLinesAndComments() {
        let text = "# kop\r\n  meewerken \r\n\n\tgeslagen\n#niet\nprobéér"
        #expect(LexiconLoader.lines(text) == ["meewerken", "geslagen", "probéér"])
    }

    @Test func publicQuestionIdsExist() throws {
        for id in ["stap0.acuut_gevaar", "afweging.1", "afweging.2", "afweging.3", "afweging.4", "afweging.5",
                   "kindcheck.1", "kindcheck.2", "kindcheck.3", "leeftijd", "stap2.overleg_met"] {
            let node = try #require(shipped.node(id), "\(id) is missing")
            #expect(node.ask != nil, "\(id) is not a question")
        }
        #expect(shipped.node("leeftijd")?.ask?.expects == .age)
        #expect(shipped.node("stap2.overleg_met")?.ask?.expects == .roles)
    }

    @Test func everyQuestionHasTextWhyAndSource() {
        for dialogue in shipped.dialogues.values {
            for id in dialogue.order {
                let node = dialogue.nodes[id]!
                guard node.ask != nil else { continue }
                let text = shipped.texts.node(id)
                #expect(text.text?.isEmpty == false, "\(id) has no text")
                #expect(text.why?.isEmpty == false, "\(id) has no 'why'")
                #expect(text.label?.isEmpty == false, "\(id) has no dossier label")
                #expect(node.source?.isEmpty == false, "\(id) names no source")
            }
        }
    }

    @Test func everyNodeNamesAKnownSource() {
        for dialogue in shipped.dialogues.values {
            for id in dialogue.order {
                guard let source = dialogue.nodes[id]!.source else { continue }
                for part in source.split(separator: ";") {
                    let document = part.split(separator: ":").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                    #expect(shipped.sources[document] != nil, "\(id): unknown source '\(document)'")
                }
            }
        }
    }

    @Test func yesNoQuestionsCanBeConfirmed() {
        // A question whose answer is unclear is confirmed with a targeted
        // "Bedoel je dat ...?"; that needs both readings.
        for dialogue in shipped.dialogues.values {
            for id in dialogue.order where dialogue.nodes[id]!.ask?.expects == .yesNo {
                let text = shipped.texts.node(id)
                #expect(text.confirmYes != nil && text.confirmNo != nil, "\(id) lacks confirm_yes/confirm_no")
            }
        }
    }
}
