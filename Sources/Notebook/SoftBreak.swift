/// How a soft line break (a line end inside a paragraph) reads: as a space between words, or as nothing between
/// two CJK characters, where a space would be a stray gap in the sentence ("生成页面时 由").
///
/// The rule is CSS Text 3's segment-break transformation: the break disappears when the characters on both sides
/// are East Asian wide, fullwidth or halfwidth (Han, kana, CJK punctuation and fullwidth forms) and neither is
/// Hangul, since Korean separates words with spaces; curly quotes, dashes and the ellipsis next to a CJK character
/// count as CJK punctuation.
public enum SoftBreak {
    /// `true` when a soft break between `before` (the last character of the text before it) and `after` (the
    /// first character after it) renders as nothing.
    public static func vanishes(between before: Unicode.Scalar?, and after: Unicode.Scalar?) -> Bool {
        guard let before, let after else { return false }
        let wideBefore = isWideNonHangul(before), wideAfter = isWideNonHangul(after)
        // Chinese text uses the ambiguous-width quotes, dashes and ellipsis as its own punctuation ("“早停”"):
        // beside a CJK character they count as CJK, as a Chinese reader expects (CSS leaves them to the browser).
        return (wideBefore || isAmbiguousPunctuation(before) && wideAfter) && (wideAfter || isAmbiguousPunctuation(after) && wideBefore)
    }

    /// The East Asian ambiguous punctuation Chinese prose writes: curly quotes, the em dash and two-em dash
    /// halves, the ellipsis and the middle dot.
    static func isAmbiguousPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2015, 0x2026, 0x00B7: return true
        default: return false
        }
    }

    /// Han (with radicals, strokes and compatibility ideographs), kana, CJK symbols and punctuation, enclosed and
    /// compatibility CJK, and the fullwidth and halfwidth forms; not Hangul.
    static func isWideNonHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FFF, 0x3000...0x303F, 0x3040...0x30FF, 0x3190...0x31FF, 0x3200...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE10...0xFE1F, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFF61...0xFF9F,
             0xFFE0...0xFFE6, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }
}
