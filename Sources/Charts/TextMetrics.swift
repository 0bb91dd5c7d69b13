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
        default: return character.isASCII ? 0.6 : 0.9
        }
    }
}
