import DutchText
import Foundation
import Testing
@testable import MeldcodeKit

/// The learned scorer beside the rules: that the Swift scoring is the one
/// that was trained, that the shipped model belongs to today's dev answers,
/// and what it may and may not overrule.
@Suite("Learned scorer")
struct IntentScorerTests {
    static let intents = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Intents")

    struct Check: Decodable {
        var question: String
        var text: String
        var probabilities: [Double]
    }

    static var scorer: IntentScorer {
        get throws { try #require(shipped.matcher.scorer, "the shipped content has no intent-scorer.tsv") }
    }

    /// scorer-check.jsonl holds scikit-learn's own tokenising and weighing of
    /// dev answers and of odd text (capitals, diaeresis, "½", emoji, tabs,
    /// NFD accents, an unknown question): the Swift scorer must agree.
    @Test func swiftScoresLikeTheTrainingLibrary() throws {
        let scorer = try Self.scorer
        let text = try String(contentsOf: Self.intents.appendingPathComponent("scorer-check.jsonl"), encoding: .utf8)
        let checks = try text.split(separator: "\n").map { try JSONDecoder().decode(Check.self, from: Data($0.utf8)) }
        #expect(checks.count > 300)
        var worst = 0.0
        for check in checks {
            let got = scorer.probabilities(check.text, question: check.question)
            #expect(got.count == check.probabilities.count)
            let difference = zip(got, check.probabilities).map { abs($0 - $1) }.max() ?? 1
            worst = max(worst, difference)
            #expect(difference < 1e-6, "\(check.question): \(check.text)")
        }
        #expect(worst < 1e-6)
    }

    /// Retrain (train_scorer.py) whenever dev.jsonl changes.
    @Test func theModelIsTrainedOnTodaysDevAnswers() throws {
        let scorer = try Self.scorer
        let data = try Data(contentsOf: Self.intents.appendingPathComponent("dev.jsonl"))
        let lines = data.split(separator: UInt8(ascii: "\n")).count
        #expect(scorer.trainedOn.count == lines)
        #expect(scorer.trainedOn.hash == FNV1a.hash(data),
                "dev.jsonl changed since the scorer was trained: run python3 Tests/MeldcodeKitTests/Intents/train_scorer.py")
    }

    @Test func aDamagedModelIsAProblemWithItsLine() {
        let good = "dev\t1\tff\nthreshold\t0.9\nquestions\tafweging.1\nlabels\tyes\tno\nintercept\t0\t0\nja\t1\t2\t-2\n"
        #expect(throws: Never.self) { try IntentScorer(tsv: good) }
        let cases: [(String, Int)] = [
            (good.replacingOccurrences(of: "ja\t1\t2\t-2", with: "ja\t1\t2"), 6),
            (good.replacingOccurrences(of: "\t-2", with: "\tx"), 6),
            (good.replacingOccurrences(of: "labels\tyes\tno", with: "labels\tyes\tmisschien"), 4),
            (good.replacingOccurrences(of: "0.9", with: "9"), 2),
            (good + "ja\t1\t0\t0\n", 7),
        ]
        for (text, line) in cases {
            #expect(throws: IntentScorer.Problem.self) { try IntentScorer(tsv: text) }
            do { _ = try IntentScorer(tsv: text) } catch { #expect(error.line == line) }
        }
        let (_, problems) = Content.loadScorer(ContentFiles(files: ["Localization/nl/intent-scorer.tsv": "labels\tyes\n"]), language: "nl")
        #expect(problems.map(\.key) == ["probleem.scorer_onvolledig"])
        for key in ["getal", "dev", "drempel", "intentie", "volgorde", "velden", "dubbel", "onvolledig"] {
            #expect(shipped.texts.has("probleem.scorer_\(key)"), "no text for probleem.scorer_\(key)")
        }
    }

    /// Rules first where it matters most: danger the rules see stays danger,
    /// and an age answer is only "yes" with an age to record.
    @Test func theScorerNeverOverrulesDangerOrInventsAnAge() {
        let m = shipped.matcher
        for text in ["nee hoor, maar hij staat nu met een mes in de keuken", "vader dreigt haar vanavond te vermoorden"] {
            #expect(m.readByRules(text, question: "afweging.4").intent == .emergency)
            #expect(m.classify(text, question: "afweging.4").intent == .emergency)
        }
        let reading = m.classify("ja hoor", question: "leeftijd")
        #expect(reading.intent != .yes || reading.age != nil)
        // An age the rules found is not made a doubt by words the scorer half knows.
        for text in ["negentig", "oud mannetje, 80 ofzo", "5 (groep 2)"] {
            let age = m.classify(text, question: "leeftijd")
            #expect(age.intent == .yes && age.age != nil, "\(text)")
        }
    }

    /// Two negations that cancel are read from how the sentence is built.
    @Test func theScorerLeavesDoubleNegationToTheRules() {
        #expect(shipped.matcher.classify("ze werken zeker niet niet mee", question: "afweging.4").intent == .yes)
    }

    /// What the words alone cannot show stays the rules' reading: a question
    /// about what counts, and a plan where the question asks what was done.
    @Test func theScorerLeavesCommandsAndPlansToTheRules() {
        let m = shipped.matcher
        #expect(m.classify("telt een huisbezoek per maand als vluchtig?", question: "kindcheck.3").intent == .explain)
        #expect(m.classify("ja dat ga ik doen", question: "stap3.gesprek").intent == .no)
        #expect(m.classify("ja, nog niet gedaan", question: "stap1.besproken").intent == .no)
    }

    /// A no the rules read is not made doubt or yes by a scorer below 0.9
    /// sure ("geprobeerd, maar ..."): the professional is asked whether they
    /// meant no. A sure scorer still decides; one below its threshold leaves
    /// the rules' no. (A model of one word: the text's only known word weighs
    /// for doubt, or for yes; it knows the other words too.)
    @Test func aScorerAgainstTheRulesNoMakesTheMatcherAsk() throws {
        func matcher(_ label: String, weight: String) throws -> IntentMatcher {
            let weights = ["no", "unsure", "yes"].map { $0 == label ? weight : "0" }.joined(separator: "\t")
            var files = ContentFiles.embedded
            files.files["Localization/nl/intent-scorer.tsv"] =
                "dev\t1\tff\nthreshold\t0.6\nquestions\tstap1.besproken\nlabels\tno\tunsure\tyes\nintercept\t0\t0\t0\n"
                + "geprobeerd\t1\t\(weights)\n" + ["maar", "ze", "liep", "weg"].map { "\($0)\t1\t0\t0\t0\n" }.joined()
            return try Content.load(files).matcher
        }
        let text = "geprobeerd, maar ze liep weg"
        for label in ["unsure", "yes"] {
            let unsure = try matcher(label, weight: "4")
            #expect(unsure.readByRules(text, question: "stap1.besproken").intent == .no)
            let opinion = try #require(unsure.scorer?.score(text, question: "stap1.besproken"))
            #expect(opinion.probability >= 0.6 && opinion.probability < 0.9)
            let asked = unsure.classify(text, question: "stap1.besproken")
            #expect(asked.intent == .unclear && asked.guess == .no, "\(label)")
            let sure = try matcher(label, weight: "8")
            #expect(try #require(sure.scorer?.score(text, question: "stap1.besproken")).probability >= 0.9)
            #expect(sure.classify(text, question: "stap1.besproken").intent.rawValue == label)
            let weak = try matcher(label, weight: "1")
            #expect(try #require(weak.scorer?.score(text, question: "stap1.besproken")).probability < 0.6)
            #expect(weak.classify(text, question: "stap1.besproken").intent == .no)
        }
    }

    /// On a question it was not trained on (another route's), only the rules read.
    @Test func otherQuestionsAreLeftToTheRules() throws {
        let scorer = try Self.scorer
        #expect(scorer.score("ja", question: "mantelzorg.1") == nil)
        #expect(scorer.score("ja", question: "afweging.1") != nil)
    }

    /// A text without one word the scorer knows leaves it nothing but the
    /// question to go on: then it has no opinion.
    @Test func noKnownWordNoOpinion() throws {
        let scorer = try Self.scorer
        #expect(scorer.score("xqzvwk", question: "afweging.1") == nil)
        #expect(scorer.score("xqzvwk ja", question: "afweging.1")?.known == 0.5)
        #expect(scorer.score("ja hoor", question: "afweging.1")?.known == 1)
    }
}
