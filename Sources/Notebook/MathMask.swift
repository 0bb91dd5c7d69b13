/// The notebook body as cmark's second parse reads it: inside each math span, the bytes that could start or end
/// emphasis, strikethrough, a link, a code span, an autolink, raw HTML or a table cell (`* _ ~ [ ] ` < |`) become a
/// letter. Everything else stays,
/// so offsets, lines, block structure and the dollars delimiting each span are unchanged, and cmark pairs the
/// emphasis around a span as it would around a word set off by punctuation. Backticks stay on a line that
/// starts like a code fence: a backtick in its info string is what keeps it from being one.
enum MathMask {
    /// The letter that takes the place of a neutralized byte.
    static let neutral = UInt8(ascii: "x")

    /// `source` with every `|` inside a span in `spans` neutralized, nothing else: the parse that decides which
    /// table cells the spans are in.
    static func maskedPipes(_ source: SourceText, spans: [MathSpan]) -> SourceText {
        var bytes = source.bytes
        for span in spans {
            for offset in span.content where bytes[offset] == UInt8(ascii: "|") { bytes[offset] = neutral }
        }
        return SourceText(String(decoding: bytes, as: UTF8.self))
    }

    /// `source` with the inside of every span in `spans` neutralized.
    static func masked(_ source: SourceText, spans: [MathSpan]) -> SourceText {
        var bytes = source.bytes
        for span in spans {
            var fenceLike: (line: Int, value: Bool)?
            for offset in span.content where isMarkup(bytes[offset]) {
                if bytes[offset] == UInt8(ascii: "`") {
                    let line = source.location(of: offset).line
                    if fenceLike?.line != line { fenceLike = (line, startsLikeFence(source, line: line)) }
                    if fenceLike?.value == true { continue }
                }
                bytes[offset] = neutral
            }
        }
        return SourceText(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether `line`, past anything that may be container markers or indentation, starts with three backticks.
    private static func startsLikeFence(_ source: SourceText, line: Int) -> Bool {
        let content = source.bytes[source.lineRange(line)].drop { " \t>-+*.)0123456789".utf8.contains($0) }
        return content.prefix(3).elementsEqual("```".utf8)
    }

    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "`"),
             UInt8(ascii: "<"), UInt8(ascii: "|"): true
        default: false
        }
    }
}
