/// The checks `meldcode validate` runs on loaded content, beyond what the
/// loaders find while reading: references, reachability, coverage of answers,
/// texts in every language, sources, and loops. Each check lives in its own
/// file as an extension.
struct ContentCheck {
    let content: Content
    let files: ContentFiles

    func problems() -> [ContentProblem] {
        references() + reachability() + coverage() + texts() + languages() + sources() + loops()
    }

    /// Every dialogue, in a fixed order so the output never changes between runs.
    var dialogues: [Dialogue] {
        content.dialogues.values.sorted { $0.id < $1.id }
    }

    /// The nodes of a dialogue in file order.
    func nodes(of dialogue: Dialogue) -> [DialogueNode] {
        dialogue.order.compactMap { dialogue.nodes[$0] }
    }

    func problem(_ key: String, _ dialogue: Dialogue, _ node: DialogueNode?, _ values: [String: String]) -> ContentProblem {
        ContentProblem(file: dialogue.file, line: node?.line ?? dialogue.line, key: key, values: values)
    }

    /// Where the texts of a dialogue's nodes belong: the questions file named
    /// after the dialogue's file.
    func questionsFile(of dialogue: Dialogue, language: String = "nl") -> String {
        let name = dialogue.file.split(separator: "/").last.map(String.init) ?? dialogue.file
        return "Localization/\(language)/questions/\(name)"
    }

    /// The ask node with this id, in any dialogue.
    func question(_ id: String) -> Ask? {
        content.node(id)?.ask
    }
}
