/// The content shipped with the program: every file of Dialogues/ and
/// Localization/, embedded at build time (see EmbedPlugin).
public enum MeldcodeData {
    public static var files: [String: String] { EmbeddedFiles.files }
}
