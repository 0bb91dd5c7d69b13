import Output

/// The ticks of one axis: labelled major ticks (with grid lines) and unlabelled minor ticks.
struct AxisTicks {
    /// Values with a tick mark, grid line and label.
    var major: [Double]
    /// Values with a short tick mark only (log axes).
    var minor: [Double]
    /// Label text for each major tick.
    var labels: [String]

    /// Minimum free space between neighbouring labels, in pixels.
    static let labelGap = 10.0
    /// Minimum distance between y tick labels, so a vertical axis never looks crowded.
    static let minimumRowSpacing = 28.0
    /// Tick label font size in pixels.
    static let fontSize = 11.0

    /// Ticks for `mapping` whose labels do not overlap along an axis of `length` pixels.
    ///
    /// Linear axes ask `NiceTicks` for about one tick per 70 px (horizontal) or 50 px (vertical) and ask for fewer
    /// while labels collide; log axes drop every other label instead.
    static func make(for mapping: AxisMapping, length: Double, horizontal: Bool) -> AxisTicks {
        let lo = mapping.domain.lowerBound
        let hi = mapping.domain.upperBound
        if mapping.isLog {
            var major = NiceTicks.logTicks(lo, hi)
            let minor = NiceTicks.logMinorTicks(lo, hi, excluding: major)
            while major.count > 2, overlaps(major, mapping, horizontal: horizontal) {
                major = stride(from: 0, to: major.count, by: 2).map { major[$0] }
            }
            return AxisTicks(major: major, minor: minor, labels: major.map(ChartNumberFormat.format))
        }
        var count = max(2, min(10, Int(length / (horizontal ? 70 : 50))))
        var major = NiceTicks.ticks(lo, hi, count: count)
        while count > 2, overlaps(major, mapping, horizontal: horizontal) {
            count -= 1
            major = NiceTicks.ticks(lo, hi, count: count)
        }
        return AxisTicks(major: major, minor: [], labels: ChartNumberFormat.formatAxis(major))
    }

    /// True when two neighbouring labels would be closer than `labelGap` (or y labels closer than `minimumRowSpacing`).
    static func overlaps(_ ticks: [Double], _ mapping: AxisMapping, horizontal: Bool) -> Bool {
        let placed = ticks.compactMap { tick -> (Double, Double)? in
            guard let position = mapping.pixel(tick) else { return nil }
            let size = horizontal ? TextMetrics.width(ChartNumberFormat.format(tick), fontSize: fontSize) + 4 : fontSize
            return (position, size)
        }
        for (a, b) in zip(placed, placed.dropFirst()) where abs(b.0 - a.0) < max((a.1 + b.1) / 2 + labelGap, horizontal ? 0 : minimumRowSpacing) {
            return true
        }
        return false
    }

    /// Estimated width of the widest label.
    var maxLabelWidth: Double {
        labels.map { TextMetrics.width($0, fontSize: Self.fontSize) }.max() ?? 0
    }
}
