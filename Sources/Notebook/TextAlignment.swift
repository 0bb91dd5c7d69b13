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
