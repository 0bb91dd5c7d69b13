/// The series and class colours: the Okabe–Ito colour-blind-safe palette, ordered so the first colours read well
/// on both light and dark pages (pure black is replaced by a mid grey, yellow comes last).
public enum ChartPalette {
    /// Blue, vermillion, bluish green, reddish purple, orange, sky blue, grey, yellow.
    public static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999", "#F0E442"]

    /// The colour for `index`, wrapping around (negative indices wrap too).
    public static func color(_ index: Int) -> String {
        let count = colors.count
        return colors[((index % count) + count) % count]
    }
}
