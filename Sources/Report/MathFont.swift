import Foundation

/// The math font pages carry so that large operators, limits and stretchy delimiters render on a machine with no
/// math font: a WOFF2 subset of Latin Modern Math (GUST Font License), renamed "nbrun Math"
/// (`scripts/subset-math-font.py`). A page rendered alone embeds it; a course writes it once, as `fileName` in the
/// output folder, and its pages refer to it relatively.
public enum MathFont {
    /// The shared file's name in a course's output folder.
    public static let fileName = "nbrun-math.woff2"

    /// The font file.
    public static var woff2: Data { Data(base64Encoded: woff2Base64) ?? Data() }

    /// `@font-face` with the font inline, for a page rendered alone.
    static var inlineFace: String {
        face(source: "data:font/woff2;base64," + woff2Base64)
    }

    /// `@font-face` referring to the shared file, `prefix` leading from the page's folder to the course root.
    static func sharedFace(prefix: String) -> String {
        face(source: prefix + fileName)
    }

    private static func face(source: String) -> String {
        "@font-face{font-family:\"nbrun Math\";src:url(\(source)) format(\"woff2\");font-display:block}\n"
    }
}
