/// Checks an organisation's Dialogues/ and Localization/ as one would check
/// code: every problem with its file and line.
public enum Validator {
    public static func check(_ files: ContentFiles) -> [ContentProblem] {
        let (content, problems) = Content.loadReporting(files, readsAnswers: false)
        guard let content else { return problems.sorted() }
        var unique: [ContentProblem] = []
        for problem in (problems + ContentCheck(content: content, files: files).problems()).sorted()
        where unique.last != problem {
            unique.append(problem)
        }
        return unique
    }
}
