import Foundation
import DutchText

/// Everything the program knows about the meldcode, loaded from Dialogues/
/// and Localization/: the dialogues, the texts, and the matcher built from
/// the lexicon and the questions' key phrases.
public struct Content: Sendable {
    public let dialogues: [String: Dialogue]
    /// Source id ("003") -> the document's name.
    public let sources: [String: String]
    public let texts: Texts
    public let lexicon: Lexicon
    public let matcher: IntentMatcher
    public let dates: DateReader
    /// Takes identifying details out of a text for an anonymous consultation.
    public let anonymizer: Anonymizer
    /// Node id -> its dialogue.
    private let home: [String: String]
    public let language: String
    public let settings: OrganisationSettings
    /// What the melding draft and the consultation summary hold (Dialogues/documents.yaml).
    public let documents: [String: [DocumentSection]]

    /// Loads and checks the content; throws every problem found at once.
    public static func load(_ files: ContentFiles = .embedded, language: String = "nl",
                            settings: OrganisationSettings = OrganisationSettings()) throws(ContentProblems) -> Content {
        let (content, problems) = loadReporting(files, language: language, settings: settings)
        if let content, problems.isEmpty { return content }
        throw ContentProblems(problems: problems.sorted())
    }

    /// Loads what can be loaded and reports what is wrong, for `validate`.
    /// `readsAnswers: false` leaves the matcher empty: checking the content
    /// needs none, and building it is most of the loading time.
    public static func loadReporting(_ files: ContentFiles, language: String = "nl", readsAnswers: Bool = true,
                                     settings: OrganisationSettings = OrganisationSettings()) -> (Content?, [ContentProblem]) {
        var (texts, textProblems) = TextsLoader.load(files, language: language)
        texts.apply(settings.placeholders(texts))
        let (lexicon, lexiconProblems) = LexiconLoader.load(files, language: language)
        let (anonymizerWords, anonymizerProblems) = AnonymizerLoader.load(files, language: language)
        let (scorer, scorerProblems) = Self.loadScorer(files, language: language)
        let (dialogues, sources, documents, dialogueProblems) = DialogueLoader.load(files)
        let problems = textProblems + lexiconProblems + anonymizerProblems + scorerProblems + dialogueProblems
        guard !dialogues.isEmpty else {
            return (nil, problems + [ContentProblem(file: "Dialogues", line: nil, key: "probleem.geen_dialogen", values: [:])])
        }
        return (Content(dialogues: dialogues, sources: sources, documents: documents, texts: texts, lexicon: lexicon,
                        anonymizer: Anonymizer(words: anonymizerWords), language: language, settings: settings,
                        readsAnswers: readsAnswers, scorer: scorer), problems)
    }

    init(dialogues: [String: Dialogue], sources: [String: String], documents: [String: [DocumentSection]], texts: Texts,
         lexicon: Lexicon, anonymizer: Anonymizer, language: String, settings: OrganisationSettings, readsAnswers: Bool = true,
         scorer: IntentScorer? = nil) {
        self.settings = settings
        self.documents = documents
        self.dialogues = dialogues
        self.sources = sources
        self.texts = texts
        self.lexicon = lexicon
        self.anonymizer = anonymizer
        self.language = language
        var home: [String: String] = [:]
        var cues: [String: QuestionCues] = [:]
        var vocabulary: [String] = []
        for dialogue in dialogues.values.sorted(by: { $0.id > $1.id }) {
            for id in dialogue.order {
                home[id] = dialogue.id
                guard let ask = dialogue.nodes[id]?.ask else { continue }
                let text = texts.node(id)
                var options: [String: [String]] = [:]
                var combined: [String: [String]] = [:]
                for option in text.options {
                    options[option.id] = option.words
                    if !option.combines.isEmpty { combined[option.id] = option.combines }
                }
                cues[id] = QuestionCues(expects: ask.expects, echo: text.echo, yes: text.yes, no: text.no, unsure: text.unsure,
                                        alone: [.yes: text.yesAlone, .no: text.noAlone],
                                        echoAny: text.echoAny, asksDone: text.asksDone, options: options, combined: combined, topic: text.text ?? "")
            }
        }
        for text in texts.nodes.values {
            vocabulary += [text.text, text.why, text.label].compactMap { $0 }
        }
        self.home = home
        matcher = readsAnswers ? IntentMatcher(lexicon: lexicon, questions: cues, vocabulary: vocabulary, scorer: scorer)
                               : IntentMatcher(lexicon: Lexicon(), questions: [:])
        dates = DateReader(words: lexicon.dates, numbers: lexicon.numbers)
    }

    /// The learned scorer of Localization/<taal>/intent-scorer.tsv. A language
    /// without one is read by the rules alone; a damaged file is a problem.
    static func loadScorer(_ files: ContentFiles, language: String) -> (IntentScorer?, [ContentProblem]) {
        let path = "Localization/\(language)/intent-scorer.tsv"
        guard let text = files.files[path] else { return (nil, []) }
        do {
            return (try IntentScorer(tsv: text), [])
        } catch {
            return (nil, [ContentProblem(file: path, line: error.line, key: error.key, values: error.values)])
        }
    }

    /// A node by id. Routes may share a question (`leeftijd`,
    /// `stap2.overleg_met`): then this is the first dialogue's, alphabetically;
    /// use `node(_:in:)` where the dialogue is known.
    public func node(_ id: String) -> DialogueNode? {
        home[id].flatMap { dialogues[$0]?.nodes[id] }
    }

    public func node(_ id: String, in dialogue: String) -> DialogueNode? {
        dialogues[dialogue]?.nodes[id] ?? node(id)
    }

    public func dialogue(of nodeID: String) -> Dialogue? {
        home[nodeID].flatMap { dialogues[$0] }
    }

    public var routes: [Dialogue] {
        dialogues.values.filter { $0.kind == .route }.sorted { $0.id < $1.id }
    }

    /// "Bron: Meldcode route 1, basismodel (stap 0-6) — stap 1, actie 6."
    public func describeSource(_ source: String?) -> String? {
        guard let source else { return nil }
        return source.split(separator: ";").map { part -> String in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let colon = trimmed.firstIndex(of: ":") else { return sources[trimmed] ?? trimmed }
            let id = String(trimmed[..<colon])
            let place = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard let name = sources[id] else { return trimmed }
            return place.isEmpty ? name : "\(name) — \(place)"
        }.joined(separator: "; ")
    }
}
