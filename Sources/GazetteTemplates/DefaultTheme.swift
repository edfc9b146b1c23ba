/// The theme compiled into the binary, identical to the repository's `Templates/` folder.
public enum DefaultTheme {
    /// The default theme's files, path relative to `Templates/` → text.
    public static var allFiles: [String: String] { files }
}
