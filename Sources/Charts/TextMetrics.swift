/// Rough text widths for layout (the real font is the page's, unknown here): per-character advance
/// estimates in ems for a typical sans-serif face. Slight overestimates are intended, to leave room.
enum TextMetrics {
    /// Estimated rendered width of `text` at `fontSize` pixels.
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for character in text {
            ems += advance(character)
        }
        return ems * fontSize
    }

    private static func advance(_ character: Character) -> Double {
        switch character {
        case "0"..."9": return 0.57
        case ".", ",", ":", ";", "i", "l", "j", "'", "|", "!": return 0.3
        case " ", "f", "t", "r", "(", ")", "[", "]", "-": return 0.36
        case "m", "w", "M", "W": return 0.85
        case "A"..."Z": return 0.68
        case "a"..."z": return 0.55
        default:
            if character.isASCII { return 0.6 }
            return character.unicodeScalars.first.map(isWide) == true ? 1.0 : 0.9
        }
    }

    /// East Asian wide characters, one full em each: CJK ideographs and punctuation, kana, Hangul, fullwidth forms.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x2FFFD:
            return true
        default:
            return false
        }
    }
}
