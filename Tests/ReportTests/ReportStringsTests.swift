import Notebook
@testable import Report
import Results
import XCTest

/// The tables of report words: complete in every language, chosen by `lang`, used on the page.
final class ReportStringsTests: XCTestCase {
    /// The fields that are functions, called with sample values (a field the test does not cover fails it).
    private func phrases(_ s: ReportStrings) -> [String: String] {
        ["runsFailed": s.runsFailed(1, 3), "runCount": s.runCount(3), "sweepOver": s.sweepOver("lr"), "errorCount": s.errorCount(2),
         "footer": s.footer("gd.md"), "lossTable": s.lossTable(11), "iterates": s.iterates(11), "captionSweep": s.captionSweep("X", "lr"),
         "captionCompare": s.captionCompare("X"), "chartLossPerEpoch": s.chartLossPerEpoch("r"), "chartValuePerStep": s.chartValuePerStep("r"),
         "bestEpoch": s.bestEpoch(4), "metricName": s.metricName("train_loss"), "validationCurve": s.validationCurve("r"),
         "sameAs": s.sameAs("b", "a"), "captionGrid": s.captionGrid("loss"), "checksPassed": s.checksPassed(3),
         "notRun": s.notRun.before + "fit" + s.notRun.after,
         "statusSentence": s.statusSentence(StatusDetail(subject: .training, stop: .maxEpochs(epoch: 0), tolerance: 1e-6, gradientNorm: 0.5)),
         "ran": s.ran(300, .training), "ranSteps": s.ran(40, .formula),
         "callout": Callout.allCases.map(s.callout).joined(separator: "|"),
         "references": references(s.references)]
    }

    /// Every word of a reference table in one text (the `&` of a parenthetical citation is the same in both
    /// languages on purpose, so the table is compared as a whole).
    private func references(_ r: ReferenceWords) -> String {
        [r.equation("3.2"), r.figure("3.1"), r.figureCaption("3.1"), r.heading, r.narrativeAnd, r.parentheticalAnd, r.etAl,
         r.noDate, r.open, r.close, r.yearSeparator, r.itemSeparator].joined(separator: "|")
    }

    /// Every text field (and every status word) of `strings`, by name, plus the phrases.
    private func texts(_ strings: ReportStrings) -> [String: String] {
        var result = phrases(strings)
        for child in Mirror(reflecting: strings).children {
            guard let label = child.label else { continue }
            if let text = child.value as? String {
                result[label] = text
            } else if let words = child.value as? StatusWords {
                for status in Mirror(reflecting: words).children { result[label + "." + (status.label ?? "")] = status.value as? String }
            } else if let site = child.value as? SiteStrings {
                for word in Mirror(reflecting: site).children { result[label + "." + (word.label ?? "")] = word.value as? String }
            } else if let words = child.value as? OptimumWords {
                for field in Mirror(reflecting: words).children {
                    if let text = field.value as? String { result["optimum." + (field.label ?? "")] = text }
                }
                result["optimum.chartDistance"] = words.chartDistance("r")
                result["optimum.chartGap"] = words.chartGap("r")
                result["optimum.notDrawn"] = words.notDrawn("r", 2)
            } else if let words = child.value as? CrossValidationWords {
                result["crossValidation.fold"] = words.fold
                result["crossValidation.meanAndDeviation"] = words.meanAndDeviation
                result["crossValidation.caption"] = words.caption(5)
            } else if label != "tags" {
                XCTAssertNotNil(result[label], "field \(label) is not covered by this test")
            }
        }
        return result
    }

    func testEveryKeyIsPresentAndTranslatedInEveryLanguage() {
        let english = texts(.english)
        XCTAssertGreaterThan(english.count, 60)
        for language in ReportStrings.languages {
            let table = texts(language)
            XCTAssertEqual(Set(table.keys), Set(english.keys), "\(language.tags)")
            for (key, text) in table { XCTAssertFalse(text.isEmpty, "\(language.tags) \(key) is empty") }
            guard language.tags != ReportStrings.english.tags else { continue }
            let untranslated = table.keys.filter { table[$0] == english[$0] }.sorted()
            XCTAssertEqual(untranslated, [], "\(language.tags) keeps English words")
        }
    }

    func testLanguageIsChosenByTagWithEnglishAsFallback() {
        XCTAssertEqual(ReportStrings.forLanguage("zh").tags, ["zh"])
        XCTAssertEqual(ReportStrings.forLanguage("zh-CN").contents, "目录")
        XCTAssertEqual(ReportStrings.forLanguage("ZH-Hans").contents, "目录")
        XCTAssertEqual(ReportStrings.forLanguage("en-GB").contents, "Contents")
        XCTAssertEqual(ReportStrings.forLanguage("de").contents, "Contents")
        XCTAssertEqual(ReportStrings.forLanguage("zhx").contents, "Contents", "a prefix must end at a hyphen")
    }

    func testStatusWordsCoverEveryRunStatus() {
        for status in [RunStatus.converged, .earlyStopped, .diverged, .maxEpochs, .timedOut, .error, .checked] {
            XCTAssertNotEqual(ReportStrings.chinese.statusWords(status.rawValue), ReportStrings.english.statusWords(status.rawValue))
            XCTAssertFalse(ReportStrings.chinese.badgeWords(status.rawValue).unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic })
        }
        XCTAssertEqual(ReportStrings.english.statusWords("early_stopped"), "stopped early")
        XCTAssertEqual(ReportStrings.english.badgeWords("max_epochs"), "ran every epoch", "doing every planned epoch is no warning")
        XCTAssertEqual(ReportStrings.english.ran(300, .training), "ran 300 epochs")
        XCTAssertEqual(ReportStrings.english.ran(1, .formula), "ran 1 step")
        XCTAssertEqual(ReportStrings.chinese.ran(300, .training), "训练了 300 轮")
        XCTAssertEqual(ReportStrings.chinese.statusWords("unknown"), "unknown", "an unknown value is shown as written")
    }

    func testAChinesePageUsesChineseReportWords() {
        let history = HistoryTable(epoch: [0, 1, 2, 3], trainLoss: [4, 1, 0.5, 0.4], learningRate: [0.1, 0.1, 0.1, 0.1],
                                   gradientNorm: [3, 1, 0.1, 1e-9], objective: [4, 1, 0.5, 0.4])
        let run = RunResult(name: "demo", detail: StatusDetail(subject: .training, stop: .converged(epoch: 3), tolerance: 1e-8, gradientNorm: 1e-9),
                            history: history, parameters: [NamedValue("w", 1)],
                            metrics: [NamedValue("train_loss", 0.4)], show: ShowPart.allCases)
        let cell = RunCell(name: "demo", kind: .single, source: "", echo: false, runs: [run], show: ShowPart.allCases)
        let heading = Heading(level: 2, text: "一", id: "一")
        let page = HTMLReport.render(NotebookResult(fileName: "gd.md", title: "梯度下降", lang: "zh-CN", headings: [heading], cells: [.run(cell)], diagnostics: []))
        for word in ["目录", "收敛", "轮次", "训练损失", "学习率", "梯度范数", "demo：每轮损失", "在第 3 轮收敛", "损失表（共 4 条，显示约十条）", "由 nbrun 从 gd.md 生成"] {
            XCTAssertTrue(page.contains(word), word)
        }
        for word in ["Contents", ">converged<", "train loss", "learning rate", "loss per epoch", "Loss table", "Rendered by"] {
            XCTAssertFalse(page.contains(word), word)
        }
    }

    func testStylesheetHasPrintRulesAndCJKFallbacks() {
        let css = PageStyle.css + PageStyle.courseCSS
        XCTAssertTrue(css.contains("@media print"))
        XCTAssertTrue(css.contains("nav.toc,nav.pager,.skip-link{display:none}"), "navigation and the skip link hidden in print")
        XCTAssertTrue(css.contains("break-inside:avoid"), "no chart or table split across pages")
        XCTAssertTrue(css.contains(".run details:not(.python)::details-content"), "collapsed tables expanded")
        XCTAssertTrue(css.contains("details.python{display:none}"), "the Python code of every run is not printed")
        XCTAssertTrue(css.contains("attr(href)"), "link targets shown")
        XCTAssertTrue(css.contains(":lang(zh) body") && css.contains("Noto Sans CJK SC"))
    }
}
