import Engine
import Output
import PythonSyntax
import Results

/// The runtime module every export imports: `nbrun_runtime.py`, written once into each folder that receives a
/// `.py` or `.ipynb` (with `requirements.txt` and the chapters' data, see `PythonExportFolder`).
///
/// It is the embedded Python (`PythonPrelude.sections`: nbrun's generator and data sets, the torch training loop,
/// the line searches, the report, the summary tables and matplotlib charts) and the report's words in every
/// language nbrun has (`WORDS`, from `ReportStrings`), under a `VERSION` that is a hash of all of it: an exported
/// file calls `setup(VERSION, folder, language)` first, which raises `ImportError` when the runtime beside it is
/// another version.
public enum PythonRuntime {
    /// The module's file name.
    public static let fileName = "nbrun_runtime.py"
    /// The module's name for `import`.
    public static let moduleName = "nbrun_runtime"

    /// The module's text.
    public static let text = header + "VERSION = \(PythonSource.string(version))  # the hash of this file's code and words\n\n\n" + body

    /// The version an exported file checks for: the 16 hexadecimal digits of the FNV-1a hash of the module's code
    /// and words.
    public static let version = hash(body)

    private static let body = PythonPrelude.sections.joined(separator: "\n\n\n") + "\n\n\n" + wordsTable + "\n"

    /// `requirements.txt`: the packages the exports import, at least at the versions the export was verified
    /// with (docs/python-verification.md).
    public static let requirements = """
        # The packages the exported .py and .ipynb files import (pip install -r requirements.txt).
        # Versions: those scripts/verify-python.sh checked the exports with; newer ones are expected to work.
        numpy>=2.4.6
        scipy>=1.17.1
        torch>=2.15.0
        matplotlib>=3.11.2

        """

    private static let header = """
        # -*- coding: utf-8 -*-
        # nbrun's engine for the exported notebooks and programs of this folder (written by nbrun; do not edit:
        # export again instead). numpy regenerates nbrun's data bit for bit, PyTorch trains, SciPy solves the
        # closed form by QR as nbrun does, matplotlib draws the charts. Each .py/.ipynb beside this file starts with
        # `import nbrun_runtime` and `setup(VERSION, folder, language)`.


        """

    /// `WORDS = {"en": {…}, "zh": {…}}`: table headers, status words, metric names and chart labels.
    static var wordsTable: String {
        let languages = ReportStrings.languages.map { strings in
            (strings.tags.first ?? "en", JSONValue.object(words(strings).map { ($0.0, .string($0.1)) }))
        }
        return "WORDS = " + PythonLiteral.make(.object(languages)) + "\nLANGUAGE = \"en\""
    }

    /// The words of one language by key (`{run}` stands for a run's name).
    static func words(_ w: ReportStrings) -> [(String, String)] {
        var pairs: [(String, String)] = [
            ("run", w.run), ("status", w.status), ("epochs", w.epochs), ("steps", w.steps), ("metric", w.metric),
            ("value", w.value), ("epoch", w.epoch), ("step", w.step), ("axisLoss", w.axisLoss),
            ("objectiveValue", w.objectiveValue), ("legendTrain", w.legendTrain), ("legendValidation", w.legendValidation),
            ("legendTrainingData", w.legendTrainingData), ("legendValidationData", w.legendValidationData),
            ("legendModel", w.legendModel), ("validationCurve", w.validationCurve("{run}")),
            ("chartLossPerEpoch", w.chartLossPerEpoch("{run}")), ("chartValuePerStep", w.chartValuePerStep("{run}")),
            ("chartFit", w.chartFit), ("chartBoundary", w.chartBoundary), ("chartCompareLoss", w.chartCompareLoss),
            ("chartCompareObjective", w.chartCompareObjective), ("chartContour", w.chartContour),
            ("axisDistance", w.optimum.axisDistance), ("axisGap", w.optimum.axisGap),
            ("chartDistance", w.optimum.chartDistance("{run}")), ("chartGap", w.optimum.chartGap("{run}")),
            ("chartGroupDistance", w.optimum.chartGroupDistance), ("chartGroupGap", w.optimum.chartGroupGap),
        ]
        pairs += RunStatus.allCases.map { ("status_" + $0.rawValue, w.badgeWords($0.rawValue)) }
        let metrics = ["train", "validation", "test"].flatMap { part in (["loss"] + Metric.allCases.map(\.rawValue)).map { part + "_" + $0 } }
            + ["distance_to_optimum", "value", "gradient_norm"]
        pairs += metrics.map { ("metric_" + $0, w.metricName($0)) }
        return pairs
    }

    /// FNV-1a (64 bits) of the UTF-8 bytes, as 16 hexadecimal digits.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
