/// Every answer must lead somewhere and be recognisable. Yes/no and roles
/// questions without all of yes/no/unsure, and branches without `else`, are
/// found by the loader; here: the options of choice questions, which live
/// half in the dialogue (where each leads) and half in the texts (the words
/// that pick it).
extension ContentCheck {
    func coverage() -> [ContentProblem] {
        options(in: content.texts, language: content.language, reportMissing: true)
    }

    /// `reportMissing` is off for a translation: options it lacks are
    /// reported with the other keys it lacks (LanguageCheck).
    func options(in texts: Texts, language: String, reportMissing: Bool) -> [ContentProblem] {
        var found: [ContentProblem] = []
        for dialogue in dialogues {
            for node in nodes(of: dialogue) {
                guard let ask = node.ask else { continue }
                let entry = texts.nodes[node.id]
                let file = entry?.file ?? questionsFile(of: dialogue, language: language)
                let line = entry?.line
                let worded = Set((entry?.options ?? []).filter { !$0.words.isEmpty }.map(\.id))
                let known = Set(ask.options.map(\.id))
                if reportMissing {
                    for option in ask.options where !worded.contains(option.id) {
                        found.append(ContentProblem(file: file, line: line, key: "probleem.optie_zonder_woorden",
                                                    values: ["id": node.id, "optie": option.id]))
                    }
                }
                for option in entry?.options ?? [] where !known.contains(option.id) {
                    found.append(ContentProblem(file: file, line: line, key: "probleem.optie_onbekend",
                                                values: ["id": node.id, "optie": option.id]))
                }
                for option in entry?.options ?? [] {
                    for part in option.combines where !known.contains(part) {
                        found.append(ContentProblem(file: file, line: line, key: "probleem.optie_onbekend",
                                                    values: ["id": node.id, "optie": part]))
                    }
                }
            }
        }
        return found
    }
}
