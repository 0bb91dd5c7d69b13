import Notebook

/// The small icon before a callout's title: inline SVG drawn in the title's colour (`currentColor`), hidden from
/// assistive technology (the title says the same), no font and no network.
enum CalloutIcon {
    /// The `<svg>` element for `kind`.
    static func svg(_ kind: Callout) -> String {
        "<svg class=\"callout-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\" "
            + "fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\">"
            + "<path d=\"\(path(kind))\"/></svg>"
    }

    /// One path per kind: a circled i, a light bulb, a speech bubble with `!`, a triangle with `!`, an octagon
    /// with `!`.
    private static func path(_ kind: Callout) -> String {
        switch kind {
        case .note: "M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM8 7v4.5M8 4.6v.1"
        case .tip: "M5.8 12.3h4.4M6.4 14.5h3.2M8 1.6a4.4 4.4 0 0 0-2.6 8c.5.4.8.9.8 1.5v.2h3.6v-.2c0-.6.3-1.1.8-1.5A4.4 4.4 0 0 0 8 1.6z"
        case .important: "M2 2.5h12v8.5H8.5L5 14v-3H2zM8 4.8v3M8 9.3v.1"
        case .warning: "M8 1.8l6.8 12H1.2zM8 6.2v3.6M8 11.7v.1"
        case .caution: "M5.3 1.5h5.4l3.8 3.8v5.4l-3.8 3.8H5.3l-3.8-3.8V5.3zM8 4.6v4.2M8 10.9v.1"
        }
    }
}
