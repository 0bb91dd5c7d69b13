/// The notebook body as cmark's second parse reads it: inside each math span, the bytes that could start or end
/// emphasis, a link, a code span, an autolink or raw HTML (`* _ [ ] ` <`) become a letter. Everything else stays,
/// so offsets, lines, block structure and the dollars delimiting each span are unchanged, and cmark pairs the
/// emphasis around a span as it would around a word set off by punctuation.
enum MathMask {
    /// The letter that takes the place of a neutralized byte.
    static let neutral = UInt8(ascii: "x")

    /// `source` with the inside of every span in `spans` neutralized.
    static func masked(_ source: SourceText, spans: [MathSpan]) -> SourceText {
        var bytes = source.bytes
        for span in spans {
            for offset in span.content where isMarkup(bytes[offset]) { bytes[offset] = neutral }
        }
        return SourceText(String(decoding: bytes, as: UTF8.self))
    }

    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "`"), UInt8(ascii: "<"): true
        default: false
        }
    }
}
