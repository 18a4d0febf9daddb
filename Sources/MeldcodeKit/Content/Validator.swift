/// Checks an organisation's Dialogues/ and Localization/ as one would check
/// code: every problem with its file and line.
public enum Validator {
    public static func check(_ files: ContentFiles) -> [ContentProblem] {
        let (_, problems) = Content.loadReporting(files)
        return problems.sorted()
    }
}
