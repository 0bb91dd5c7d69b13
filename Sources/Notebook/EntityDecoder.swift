/// Recognizes the character references (`&amp;`, `&#36;`, `&#x24;`) at a position of the source and gives the
/// text cmark makes of them, asking cmark once per distinct reference.
final class EntityDecoder {
    private var decoded: [[UInt8]: [UInt8]?] = [:]

    /// Longest reference looked at: `&` , a name of up to 32 characters (the longest HTML5 name is 31) or `#x`
    /// and digits, and `;`.
    private static let longest = 36

    /// The byte length of the reference starting at `start` (a `&`) and its decoded text, or nil when the bytes
    /// there are not a reference cmark decodes.
    func reference(in bytes: [UInt8], at start: Int, before limit: Int) -> (length: Int, text: [UInt8])? {
        guard start < limit, bytes[start] == UInt8(ascii: "&") else { return nil }
        var index = start + 1
        let bound = min(limit, start + Self.longest)
        while index < bound, Self.isReferenceByte(bytes[index]) { index += 1 }
        guard index < bound, bytes[index] == UInt8(ascii: ";"), index > start + 1 else { return nil }
        let candidate = Array(bytes[start...index])
        if let known = decoded[candidate] { return known.map { (candidate.count, $0) } }
        let text = CommonMarkConverter.decodedEntity(candidate[...])
        decoded[candidate] = text
        return text.map { (candidate.count, $0) }
    }

    private static func isReferenceByte(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == UInt8(ascii: "#")
    }
}
