/// Checks an organisation's Dialogues/ and Localization/ as one would check
/// code: every problem with its file and line.
public enum Validator {
    /// Problems that mean a file could not be read at all.
    static let unreadable: Set<String> = ["probleem.yaml", "probleem.dubbele_sleutel", "probleem.leeg_bestand"]

    public static func check(_ files: ContentFiles) -> [ContentProblem] {
        let (content, problems) = Content.loadReporting(files, readsAnswers: false)
        // A file that cannot be read would make every check after it report
        // its contents as missing: first the files must read, as a compiler
        // reports syntax errors before anything else.
        guard let content, !problems.contains(where: { unreadable.contains($0.key) }) else { return problems.sorted() }
        var unique: [ContentProblem] = []
        for problem in (problems + ContentCheck(content: content, files: files).problems()).sorted()
        where unique.last != problem {
            unique.append(problem)
        }
        return unique
    }
}
