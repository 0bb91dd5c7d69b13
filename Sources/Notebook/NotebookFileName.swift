/// The one rule for a notebook's file names: `gd.md` is notebook `gd`, written as `gd.html`, `gd.json`, `gd.py`, ….
/// Only a final `.md` is the extension; a name without it is kept whole.
public enum NotebookFileName {
    /// The notebook extension, with its dot.
    public static let suffix = ".md"

    /// `path` without a final `.md`, folders kept: `notes/gd.md` → `notes/gd`.
    public static func stem(of path: String) -> String {
        path.hasSuffix(suffix) ? String(path.dropLast(suffix.count)) : path
    }

    /// The last path component without a final `.md`: `notes/gd.md` → `gd`.
    public static func baseName(of path: String) -> String {
        stem(of: path.split(separator: "/").last.map(String.init) ?? path)
    }

    /// `path` with its `.md` replaced by `.extension`, folders kept: (`notes/gd.md`, `html`) → `notes/gd.html`.
    public static func replacingExtension(of path: String, with extension: String) -> String {
        stem(of: path) + "." + `extension`
    }
}
