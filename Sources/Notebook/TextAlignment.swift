/// How the text of one cmark text node lines up with its source bytes. cmark resolves backslash escapes and
/// character references and drops the blanks before a line end, so a source byte is a byte of the text only
/// where it was copied; only copied bytes can be math delimiters or split points.
struct TextAlignment {
    /// The source bytes of the node.
    let range: Range<Int>
    /// For each source byte of `range`, the index of its copy in the node's UTF-8 text, or -1 for a byte of an
    /// escape, a reference or the dropped blanks.
    private let copies: [Int]

    /// The alignment of `literal` with `bytes[range]`, or nil when they do not line up (cmark's position of the
    /// node is not where its text is).
    init?(literal: [UInt8], range: Range<Int>, bytes: [UInt8], entities: EntityDecoder) {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
        var copies = [Int](repeating: -1, count: range.count)
        var index = range.lowerBound, position = 0
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < range.upperBound, Self.isASCIIPunctuation(bytes[index + 1]) {
                guard position < literal.count, literal[position] == bytes[index + 1] else { return nil }
                index += 2
                position += 1
            } else if byte == UInt8(ascii: "&"), let reference = entities.reference(in: bytes, at: index, before: range.upperBound) {
                guard literal[position...].starts(with: reference.text) else { return nil }
                index += reference.length
                position += reference.text.count
            } else if position < literal.count, literal[position] == byte {
                copies[index - range.lowerBound] = position
                index += 1
                position += 1
            } else {
                break
            }
        }
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard position == literal.count, bytes[index..<range.upperBound].allSatisfy(isBlank) else { return nil }
        self.range = range
        self.copies = copies
    }

    /// The alignment of a text node cmark placed at `reported`, which is not always where the text is (libcmark
    /// 0.30): a text node holding the rest of a partly used delimiter run (`***a*` leaves `**`) still counts the
    /// used delimiters at its start (a closing run) or end (an opening run), and an unmatched backtick run is
    /// placed at its end when it starts a text node and one byte too far when it ends one. When the reported
    /// range does not line up, those corrections are tried.
    static func locating(literal: [UInt8], reported: Range<Int>, bytes: [UInt8], entities: EntityDecoder) -> TextAlignment? {
        if let aligned = TextAlignment(literal: literal, range: reported, bytes: bytes, entities: entities) { return aligned }
        guard reported.lowerBound >= 0, reported.upperBound <= bytes.count, !reported.isEmpty else { return nil }
        var starts = [reported.lowerBound], ends = [reported.upperBound]
        let first = bytes[reported.lowerBound], last = bytes[reported.upperBound - 1]
        if isDelimiter(first) {
            let run = bytes[reported].prefix { $0 == first }.count, kept = literal.prefix { $0 == first }.count
            if kept < run { starts.append(reported.lowerBound + run - kept) }
        }
        if isDelimiter(last) {
            let run = bytes[reported].reversed().prefix { $0 == last }.count, kept = literal.reversed().prefix { $0 == last }.count
            if kept < run { ends.append(reported.upperBound - run + kept) }
        }
        let backtick = UInt8(ascii: "`")
        let ticks = literal.prefix { $0 == backtick }.count
        if ticks > 0, reported.lowerBound >= ticks { starts.append(reported.lowerBound - ticks) }
        if literal.last == backtick { ends.append(reported.upperBound - 1) }
        for start in starts {
            for end in ends where start <= end && (start, end) != (reported.lowerBound, reported.upperBound) {
                if let aligned = TextAlignment(literal: literal, range: start..<end, bytes: bytes, entities: entities) { return aligned }
            }
        }
        return nil
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")
    }

    /// The index in the text of the copy of source byte `offset`, nil when that byte was not copied.
    func textIndex(of offset: Int) -> Int? {
        guard range.contains(offset) else { return nil }
        let index = copies[offset - range.lowerBound]
        return index >= 0 ? index : nil
    }

    /// Source offsets of the copied `$` bytes: the dollars of the text that may delimit math.
    func copiedDollars(in bytes: [UInt8]) -> [Int] {
        range.filter { bytes[$0] == UInt8(ascii: "$") && copies[$0 - range.lowerBound] >= 0 }
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (33...47).contains(byte) || (58...64).contains(byte) || (91...96).contains(byte) || (123...126).contains(byte)
    }
}
