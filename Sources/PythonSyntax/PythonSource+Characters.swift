extension PythonSource {
    /// Whether `scalar` ends a line for Python (`\n`, `\r`) or for the tools that show and split Python source
    /// (`str.splitlines`, Jupyter, editors): vertical tab, form feed, the file/group/record separators, NEL, and
    /// the Unicode line and paragraph separators.
    public static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whether `scalar` is written as an escape: every C0 and C1 control and DEL (tab included; comments keep
    /// their tabs), the line and paragraph separators, the bidirectional embedding, override and isolate controls
    /// and the marks (U+061C, U+200E, U+200F), and the byte-order mark.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// `\xHH` below U+0100, else `\uXXXX` (lower-case hexadecimal, as Python's `repr` writes them).
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        if scalar.value < 0x100 { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
