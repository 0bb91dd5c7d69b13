/// The words of the distance-to-optimum and loss-gap charts (`show: [distance, gap]`) in one language.
public struct OptimumWords: Sendable {
    /// Axis labels: "distance to the optimum ‖θ − θ*‖", "loss gap J − J*".
    public var axisDistance, axisGap: String
    /// Titles of a single run's chart: "line: distance to the optimum per epoch".
    public var chartDistance, chartGap: @Sendable (_ run: String) -> String
    /// Titles of a sweep's or comparison's chart.
    public var chartGroupDistance, chartGroupGap: String
    /// Captions of a single run's chart and of a group's.
    public var captionDistance, captionGap, captionGroupDistance, captionGroupGap: String
    /// A curve's legend remark when entries at or below zero (the optimum reached to rounding) cannot be drawn on
    /// the log axis: "line (3 entries ≤ 0 not drawn)".
    public var notDrawn: @Sendable (_ name: String, _ count: Int) -> String

    /// English.
    public static let english = OptimumWords(
        axisDistance: "distance to the optimum ‖θ − θ*‖", axisGap: "loss gap J − J*",
        chartDistance: { "\($0): distance to the optimum per epoch" }, chartGap: { "\($0): loss gap J − J* per epoch" },
        chartGroupDistance: "distance to the optimum of each run", chartGroupGap: "loss gap J − J* of each run",
        captionDistance: "Distance of the parameters to the optimum per epoch, on a log axis.",
        captionGap: "Objective minus its minimum, J − J*, per epoch, on a log axis.",
        captionGroupDistance: "Distance to the optimum of every run, on a log axis.",
        captionGroupGap: "Objective minus its minimum, J − J*, of every run, on a log axis.",
        notDrawn: { name, count in "\(name) (\(count) \(count == 1 ? "entry" : "entries") ≤ 0 not drawn)" })

    /// Simplified Chinese.
    public static let chinese = OptimumWords(
        axisDistance: "到最优解的距离 ‖θ − θ*‖", axisGap: "损失差 J − J*",
        chartDistance: { "\($0)：每轮到最优解的距离" }, chartGap: { "\($0)：每轮的损失差 J − J*" },
        chartGroupDistance: "各次运行到最优解的距离", chartGroupGap: "各次运行的损失差 J − J*",
        captionDistance: "每轮参数到最优解的距离（对数坐标）。",
        captionGap: "每轮目标函数与其最小值之差 J − J*（对数坐标）。",
        captionGroupDistance: "各次运行到最优解的距离（对数坐标）。",
        captionGroupGap: "各次运行的目标函数与其最小值之差 J − J*（对数坐标）。",
        notDrawn: { name, count in "\(name)（\(count) 个 ≤ 0 的值未画出）" })
}
