/// Maps letters and digits to Unicode mathematical alphanumerics (U+1D400 block and its BMP exceptions).
///
/// Chromium honours no `mathvariant` but `normal`, so bold, double-struck, script and fraktur letters are
/// emitted as the styled characters themselves (𝐱, ℝ, 𝒳, 𝔤).
enum MathAlphabet {
    /// A math alphabet selected by a font command.
    enum Font: Equatable {
        case normal, roman, bold, italic, boldItalic, doubleStruck, script, fraktur, sansSerif, monospace
    }

    /// The styled form of `character` in `font`, or nil when the alphabet has no such character.
    static func styled(_ character: Character, _ font: Font) -> String? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        if let exception = exceptions[font]?[character] { return String(exception) }
        let value = scalar.value
        if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
            guard let base = latinBase[font] else { return nil }
            let index = value >= 0x61 ? 26 + Int(value - 0x61) : Int(value - 0x41)
            return scalarString(base + UInt32(index))
        }
        if (0x30...0x39).contains(value) {
            guard let base = digitBase[font] else { return nil }
            return scalarString(base + value - 0x30)
        }
        if let base = greekBase[font], let index = greekIndex(scalar) {
            return scalarString(base + UInt32(index))
        }
        return nil
    }

    /// Index of a Greek letter in the math alphanumeric Greek layout (capitals, ∇, lowercase, variants).
    static func greekIndex(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if (0x391...0x3A9).contains(value) { return Int(value - 0x391) }
        if (0x3B1...0x3C9).contains(value) { return 26 + Int(value - 0x3B1) }
        let variants: [UInt32: Int] = [0x3F4: 17, 0x2207: 25, 0x2202: 51, 0x3F5: 52, 0x3D1: 53,
                                       0x3F0: 54, 0x3D5: 55, 0x3F1: 56, 0x3D6: 57]
        return variants[value]
    }

    private static func scalarString(_ value: UInt32) -> String? {
        Unicode.Scalar(value).map { String($0) }
    }

    private static let latinBase: [Font: UInt32] = [
        .bold: 0x1D400, .italic: 0x1D434, .boldItalic: 0x1D468, .script: 0x1D49C, .fraktur: 0x1D504,
        .doubleStruck: 0x1D538, .sansSerif: 0x1D5A0, .monospace: 0x1D670,
    ]

    private static let digitBase: [Font: UInt32] = [
        .bold: 0x1D7CE, .boldItalic: 0x1D7CE, .doubleStruck: 0x1D7D8, .sansSerif: 0x1D7E2, .monospace: 0x1D7F6,
    ]

    private static let greekBase: [Font: UInt32] = [
        .bold: 0x1D6A8, .italic: 0x1D6E2, .boldItalic: 0x1D71C,
    ]

    /// Letters that live in the BMP (Letterlike Symbols) instead of the reserved holes of the block.
    private static let exceptions: [Font: [Character: Character]] = [
        .italic: ["h": "ℎ"],
        .script: ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
                  "e": "ℯ", "g": "ℊ", "o": "ℴ"],
        .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
    ]
}
