import Foundation

/// Maps data values on one axis to pixel positions: linearly, or linearly in log10 of the value.
struct AxisMapping {
    /// Data interval shown on the axis (positive bounds when `isLog`).
    var domain: ClosedRange<Double>
    /// True for a base-10 log axis.
    var isLog: Bool
    /// Pixel position of `domain.lowerBound`.
    var start: Double
    /// Pixel position of `domain.upperBound` (smaller than `start` for a y axis, which points up).
    var end: Double

    /// Pixel coordinates are clamped to ±`pixelLimit` so a far-away point cannot produce huge numbers;
    /// such points lie outside the clip area anyway.
    static let pixelLimit = 1e6

    /// The value in the axis's linear space: itself, or log10 of it; nil when it cannot be shown.
    func transform(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        guard isLog else { return value }
        return value > 0 ? log10(value) : nil
    }

    /// True when `value` can be placed on this axis (finite, and positive on a log axis).
    func accepts(_ value: Double) -> Bool { transform(value) != nil }

    /// Pixel position of `value`: `start + (t(v) − t(lo)) / (t(hi) − t(lo)) · (end − start)`, or nil when not drawable.
    func pixel(_ value: Double) -> Double? {
        guard let t = transform(value), let lo = transform(domain.lowerBound), let hi = transform(domain.upperBound),
              hi > lo else { return nil }
        let position = start + (t - lo) / (hi - lo) * (end - start)
        return min(max(position, -Self.pixelLimit), Self.pixelLimit)
    }

    /// True when `value` lies inside the domain (inclusive).
    func contains(_ value: Double) -> Bool { value.isFinite && domain.contains(value) }
}
