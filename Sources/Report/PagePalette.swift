import Foundation

/// The page's colours in one scheme (light or dark), written into the stylesheet as CSS custom properties; the
/// text/background pairs the stylesheet uses are listed so their contrast can be checked (WCAG 2: at least 4.5:1).
struct PagePalette: Sendable {
    /// A colour as `#rrggbb`.
    struct Color: Sendable, Equatable {
        /// Red, green and blue, 0…255.
        var red: UInt8, green: UInt8, blue: UInt8

        /// The colour `0xRRGGBB`.
        init(_ hex: UInt32) {
            red = UInt8((hex >> 16) & 0xFF)
            green = UInt8((hex >> 8) & 0xFF)
            blue = UInt8(hex & 0xFF)
        }

        /// `#rrggbb`, lower case.
        var css: String {
            "#" + [red, green, blue].map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        }

        /// WCAG 2 relative luminance (sRGB channels linearized, then weighted 0.2126, 0.7152, 0.0722).
        var relativeLuminance: Double {
            func linear(_ channel: UInt8) -> Double {
                let value = Double(channel) / 255
                return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        }

        /// The WCAG 2 contrast ratio of this colour against `other`, 1…21.
        func contrast(with other: Color) -> Double {
            let (a, b) = (relativeLuminance, other.relativeLuminance)
            return (max(a, b) + 0.05) / (min(a, b) + 0.05)
        }
    }

    /// The custom properties in stylesheet order: name (without `--`) and colour.
    var colors: [(name: String, color: Color)]

    /// The colour of the custom property `name`.
    subscript(name: String) -> Color? { colors.first { $0.name == name }?.color }

    /// The light scheme.
    static let light = PagePalette(colors: [
        ("fg", Color(0x1D2228)), ("muted", Color(0x5D6670)), ("bg", Color(0xFDFDFC)), ("panel", Color(0xF3F4F2)),
        ("border", Color(0xDCDFE3)), ("accent", Color(0x0B6BCB)), ("ok", Color(0x1A7F37)), ("warn", Color(0x8A5C00)),
        ("bad", Color(0xC62828)), ("code", Color(0xF6F7F8)),
    ])

    /// The dark scheme (`prefers-color-scheme: dark`).
    static let dark = PagePalette(colors: [
        ("fg", Color(0xE3E6EA)), ("muted", Color(0x9AA4AE)), ("bg", Color(0x15181C)), ("panel", Color(0x1D2126)),
        ("border", Color(0x333A42)), ("accent", Color(0x6CB6FF)), ("ok", Color(0x57C46B)), ("warn", Color(0xE3B341)),
        ("bad", Color(0xFF7B72)), ("code", Color(0x1B1F24)),
    ])

    /// Colours the stylesheet uses for text (body text, muted notes, links, status words, errors).
    static let textColors = ["fg", "muted", "accent", "ok", "warn", "bad"]
    /// Colours the stylesheet puts text on (page, run panels and cards, code).
    static let backgrounds = ["bg", "panel", "code"]

    /// `--name:#rrggbb;…` for every colour, in order.
    var declarations: String {
        colors.map { "--\($0.name):\($0.color.css)" }.joined(separator: ";")
    }
}
