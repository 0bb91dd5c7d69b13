import Markup

/// Locale-free formatting and element shorthands for SVG output (escaping is `MarkupEscaping`'s).
enum SVGFormat {
    /// A coordinate rounded to 2 decimals without trailing zeros: `12.5`, `3`, `-0.25`; `-0` prints as `0`.
    /// Non-finite input prints as `0` (callers skip non-finite points before formatting).
    static func coordinate(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let clamped = min(max(v, -1e12), 1e12)
        let hundredths = Int64((clamped * 100).rounded())
        if hundredths == 0 { return "0" }
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        var text = hundredths < 0 ? "-" : ""
        text += String(whole)
        if fraction != 0 {
            text += fraction % 10 == 0 ? "." + String(fraction / 10) : (fraction < 10 ? ".0" : ".") + String(fraction)
        }
        return text
    }

    /// An element `<name a="v" …/>` or `<name …>text</name>`, escaped by `MarkupEscaping` when serialized.
    /// Attributes keep the given order, so output is deterministic.
    static func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) -> MarkupNode {
        .el(name, attributes, text.map { [.text($0)] } ?? [])
    }

    /// A `<g>` with each child on its own line.
    static func group(_ attributes: [(String, String)], _ children: [MarkupNode]) -> MarkupNode {
        .el("g", attributes, MarkupNode.lines(children))
    }

    /// An XML-safe id: characters other than ASCII letters, digits, `-` and `_` become `-`;
    /// an id not starting with a letter gets a `c` prefix.
    static func identifier(_ text: String) -> String {
        let cleaned = String(text.unicodeScalars.map { scalar -> Character in
            let isSafe = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            return isSafe ? Character(scalar) : "-"
        })
        guard let first = cleaned.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else {
            return "c" + cleaned
        }
        return cleaned
    }
}
