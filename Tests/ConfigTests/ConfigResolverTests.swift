import Config
import Engine
import Notebook
import XCTest

final class ConfigResolverTests: XCTestCase {
    private func resolve(_ markdown: String, overrides: [(String, String)] = []) throws -> [Result<RunPlan, Diagnostic>] {
        try RecordingLookup.resolveAll(markdown, overrides: overrides)
    }

    private func single(_ result: Result<RunPlan, Diagnostic>, file: StaticString = #filePath, line: UInt = #line) -> RunSpec? {
        switch result {
        case let .success(.single(spec)): return spec
        case let .failure(diagnostic): XCTFail("unexpected error \(diagnostic)", file: file, line: line)
        default: XCTFail("not a single run", file: file, line: line)
        }
        return nil
    }

    private func error(_ result: Result<RunPlan, Diagnostic>, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        if case let .failure(diagnostic) = result { return diagnostic }
        XCTFail("expected an error", file: file, line: line)
        return nil
    }

    func testDefaultsAreFilledIn() throws {
        let results = try resolve("```config r\ndata: {generate: linear}\n```\n")
        let spec = try XCTUnwrap(single(results[0]))
        XCTAssertEqual(spec.model, .linear(LinearModel.Settings()))
        XCTAssertEqual(spec.loss, .mse)
        XCTAssertEqual(spec.optimizer.name, "gd")
        XCTAssertEqual(spec.optimizer.learningRate, 0.1)
        XCTAssertEqual(spec.epochs, 100)
        XCTAssertEqual(spec.tolerance, 1e-8)
        guard case let .generate(generator)? = spec.data?.source else { return XCTFail("expected generated data") }
        XCTAssertEqual(generator.count, 100)
        XCTAssertEqual(generator.weights, [2])
        XCTAssertEqual(generator.noise, 0.5)
    }

    func testShortFormsAndOptimizerDefaults() throws {
        let results = try resolve("```config r\ndata: {generate: blobs}\nmodel: logistic\noptimizer: adam\nschedule: cosine\n```\n")
        let spec = try XCTUnwrap(single(results[0]))
        XCTAssertEqual(spec.optimizer.name, "adam")
        XCTAssertEqual(spec.optimizer.learningRate, 0.001)
        XCTAssertEqual((spec.optimizer as? Adam.Settings)?.beta2, 0.999)
        XCTAssertEqual(spec.loss, .bce)
        XCTAssertEqual(spec.schedule, .cosine(period: 100, minimum: 0))
        XCTAssertEqual(spec.metrics, [.accuracy])
    }

    func testUnknownValueSuggestsTheClosestName() throws {
        let results = try resolve("intro\n\n```config r\ndata: {generate: linear}\noptimizer: {name: adma, lr: 0.1}\n```\n")
        let diagnostic = try XCTUnwrap(error(results[0]))
        XCTAssertEqual(diagnostic.headline, "nb.md:5:19: error: unknown optimizer 'adma'")
        XCTAssertEqual(diagnostic.hint, "did you mean 'adam'?")
    }

    func testUnknownKeyIsLocatedAtTheKey() throws {
        let results = try resolve("```config r\ndata: {generate: linear}\nepochs: 10\nlearning_rate: 0.1\n```\n")
        let diagnostic = try XCTUnwrap(error(results[0]))
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 4, column: 1))
        XCTAssertEqual(diagnostic.message, "unknown key 'learning_rate' in 'config'")
    }

    func testOutOfRangeValuesNameTheAllowedRange() throws {
        let negative = try XCTUnwrap(error(try resolve("```config r\ndata: {generate: linear}\nepochs: -5\n```\n")[0]))
        XCTAssertEqual(negative.headline, "nb.md:3:9: error: 'epochs' is -5, out of range")
        XCTAssertEqual(negative.hint, "allowed: a whole number from 1 to 100000")
        let rate = try XCTUnwrap(error(try resolve("```config r\ndata: {generate: linear}\noptimizer: {name: gd, lr: 0}\n```\n")[0]))
        XCTAssertEqual(rate.message, "'lr' is 0, out of range")
        XCTAssertEqual(rate.hint, "allowed: a number > 0")
        let split = try XCTUnwrap(error(try resolve("```config r\ndata: {generate: linear, validation: 1}\n```\n")[0]))
        XCTAssertEqual(split.message, "'validation' is 1, out of range")
    }

    func testWrongTypes() throws {
        let text = try XCTUnwrap(error(try resolve("```config r\ndata: {generate: linear}\nepochs: many\n```\n")[0]))
        XCTAssertEqual(text.message, "'epochs' must be a whole number, not 'many'")
        let list = try XCTUnwrap(error(try resolve("```config r\ndata: {generate: linear, weights: {a: 1}}\n```\n")[0]))
        XCTAssertEqual(list.message, "'weights' must be a list, not a mapping")
    }

    func testBadYAMLIsLocatedInsideTheBlock() throws {
        let diagnostic = try XCTUnwrap(error(try resolve("# T\n\n```config r\ndata: {generate: linear\nepochs: 3\n```\n")[0]))
        XCTAssertEqual(diagnostic.location?.line, 5)
        XCTAssertTrue(diagnostic.message.hasPrefix("invalid YAML"), diagnostic.message)
    }

    func testParamsAreSubstitutedAndOverridden() throws {
        let markdown = "---\nparams: {lr: 0.2, n: 50}\n---\n```config r\ndata: {generate: linear, n: \"${n}\"}\noptimizer: {name: gd, lr: \"${lr}\"}\n```\n"
        let spec = try XCTUnwrap(single(try resolve(markdown)[0]))
        XCTAssertEqual(spec.optimizer.learningRate, 0.2)
        let overridden = try XCTUnwrap(single(try resolve(markdown, overrides: [("lr", "0.05")])[0]))
        XCTAssertEqual(overridden.optimizer.learningRate, 0.05)
        let unknown = try XCTUnwrap(error(try resolve("---\nparams: {lr: 0.2}\n---\n```config r\ndata: {generate: linear}\noptimizer: {name: gd, lr: \"${lrr}\"}\n```\n")[0]))
        XCTAssertEqual(unknown.message, "unknown parameter 'lrr'")
        XCTAssertEqual(unknown.hint, "did you mean 'lr'?")
    }

    func testDefaultsAndExtendsMerge() throws {
        let markdown = """
        ---
        defaults: {epochs: 40}
        ---
        ```config base
        data: {generate: linear, n: 30}
        optimizer: {name: momentum, lr: 0.05, momentum: 0.8}
        ```

        ```config child
        extends: base
        optimizer: {lr: 0.01}
        ```

        ```config other
        extends: base
        optimizer: adam
        ```
        """
        let results = try resolve(markdown)
        let base = try XCTUnwrap(single(results[0]))
        XCTAssertEqual(base.epochs, 40)
        let child = try XCTUnwrap(single(results[1]))
        XCTAssertEqual(child.optimizer.name, "momentum")
        XCTAssertEqual((child.optimizer as? Momentum.Settings)?.momentum, 0.8)
        XCTAssertEqual(child.optimizer.learningRate, 0.01)
        XCTAssertEqual(child.epochs, 40)
        let other = try XCTUnwrap(single(results[2]))
        XCTAssertEqual(other.optimizer.name, "adam", "a different optimizer name replaces the whole mapping")
        XCTAssertEqual(other.optimizer.learningRate, 0.001)
    }

    func testResolvingIsAPureFunctionOfTheBlockAndTheLookup() throws {
        let notebook = try NotebookParser.parse(bytes: Array("```config b\ndata: {generate: linear}\nextends: a\nepochs: 7\n```\n".utf8), path: "nb.md")
        guard case let .config(yaml) = notebook.cells[0].kind else { return XCTFail("no config cell") }
        let resolver = ConfigResolver(frontMatter: FrontMatter(), path: "nb.md")
        let empty = RecordingLookup()
        XCTAssertEqual(try XCTUnwrap(error(resolver.resolve(notebook.cells[0], yaml: yaml, earlier: empty))).message,
                       "no earlier run named 'a' to extend")
        var withBase = RecordingLookup()
        let base = try YAMLLoader(text: "optimizer: {name: adam}\nepochs: 3\n", firstLine: 1, indent: 0, path: "nb.md").load("optimizer: {name: adam}\nepochs: 3\n")
        withBase.record("a", EarlierCell(kind: .run, tree: base))
        let first = try XCTUnwrap(single(resolver.resolve(notebook.cells[0], yaml: yaml, earlier: withBase)))
        let second = try XCTUnwrap(single(resolver.resolve(notebook.cells[0], yaml: yaml, earlier: withBase)))
        XCTAssertEqual(first, second, "the same block and lookup give the same spec")
        XCTAssertEqual(first.optimizer.name, "adam")
        XCTAssertEqual(first.epochs, 7)
        var failedBase = RecordingLookup()
        failedBase.record("a", EarlierCell(kind: .run, failed: true, tree: base))
        XCTAssertEqual(try XCTUnwrap(error(resolver.resolve(notebook.cells[0], yaml: yaml, earlier: failedBase))).message,
                       "run 'a' failed, so this cell cannot extend it")
    }

    func testSweepMakesOneRunPerValue() throws {
        let results = try resolve("```config s\ndata: {generate: linear}\nsweep: {optimizer.name: [gd, sgd, momentum]}\n```\n")
        guard case let .success(.sweep(name, key, runs, base, _)) = results[0] else { return XCTFail("expected a sweep") }
        XCTAssertEqual(name, "s")
        XCTAssertEqual(key, "optimizer.name")
        XCTAssertEqual(runs.map(\.name), ["s[gd]", "s[sgd]", "s[momentum]"])
        XCTAssertEqual(runs.map(\.optimizer.name), ["gd", "sgd", "momentum"])
        XCTAssertEqual((runs[1].optimizer as? GradientDescent.Settings)?.batchSize, 1)
        XCTAssertNil(base["sweep"], "the base config, which extends merges, has no sweep")
    }

    func testReferencesMustBeEarlierRuns() throws {
        let results = try resolve("```config a\ndata: {generate: linear}\n```\n\n```config b\ndata: aa\n```\n\n```config c\nextends: zz\n```\n\n```config\ncompare: [a, b, q]\n```\n")
        let data = try XCTUnwrap(error(results[1]))
        XCTAssertEqual(data.message, "no earlier run named 'aa' to reuse the data of")
        XCTAssertEqual(data.hint, "did you mean 'a'?")
        XCTAssertEqual(try XCTUnwrap(error(results[2])).message, "no earlier run named 'zz' to extend")
        let compare = try XCTUnwrap(error(results[3]))
        XCTAssertEqual(compare.message, "run 'b' failed, so this cell cannot compare it")
    }

    func testDuplicateNamesAreRejected() throws {
        let results = try resolve("```config a\ndata: {generate: linear}\n```\n\n```config a\ndata: {generate: linear}\n```\n")
        XCTAssertEqual(try XCTUnwrap(error(results[1])).message, "name 'a' is already used by an earlier cell")
    }

    func testEmptyAndNonMappingBlocks() throws {
        XCTAssertEqual(try XCTUnwrap(error(try resolve("```config a\n```\n")[0])).message, "config block is empty")
        XCTAssertEqual(try XCTUnwrap(error(try resolve("```config a\n- 1\n- 2\n```\n")[0])).message,
                       "config block must be a mapping of keys, not a list")
        XCTAssertEqual(try XCTUnwrap(error(try resolve("```config a\nepochs: 3\n```\n")[0])).message,
                       "a run needs 'data' (or 'objective' to minimize a formula)")
    }

    func testFrontMatterErrors() {
        XCTAssertThrowsError(try FrontMatter.parse("titel: x", firstLine: 2, path: "nb.md", overrides: [])) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.headline, "nb.md:2:1: error: unknown key 'titel' in 'front matter'")
            XCTAssertEqual(diagnostic?.hint, "did you mean 'title'?")
        }
    }

    func testOverrideOfUndeclaredParamWarns() throws {
        let (_, warnings) = try FrontMatter.parse("params: {lr: 1}", firstLine: 2, path: "nb.md", overrides: [("rl", "2")])
        XCTAssertEqual(warnings.first?.severity, .warning)
        XCTAssertEqual(warnings.first?.hint, "did you mean 'lr'?")
    }

    func testLogScaleIsOptional() throws {
        let automatic = try XCTUnwrap(single(try resolve("```config r\ndata: {generate: linear}\n```\n")[0]))
        XCTAssertNil(automatic.logScale)
        let forced = try XCTUnwrap(single(try resolve("```config r\ndata: {generate: linear}\nlog_scale: true\n```\n")[0]))
        XCTAssertEqual(forced.logScale, true)
        let typo = try XCTUnwrap(error(try resolve("```config r\ndata: {generate: linear}\nlogscale: true\n```\n")[0]))
        XCTAssertEqual(typo.hint, "did you mean 'log_scale'?")
    }

    func testSuggestion() {
        XCTAssertEqual(Suggestion.closest(to: "adma", in: ["adam", "adamw", "gd"]), "adam")
        XCTAssertEqual(Suggestion.closest(to: "earlystopping", in: ["early_stopping", "epochs"]), "early_stopping")
        XCTAssertNil(Suggestion.closest(to: "banana", in: ["adam", "gd"]))
    }
}

/// `clip_grad:` decoding: the two torch forms, the short form, and located errors.
final class ClipGradDecodingTests: XCTestCase {
    private func resolve(_ yaml: String) throws -> Result<RunPlan, Diagnostic> {
        try RecordingLookup.resolveAll("```config r\ndata: {generate: linear}\n\(yaml)\n```\n")[0]
    }

    private func clipping(_ yaml: String) throws -> GradientClipping? {
        guard case let .success(.single(spec)) = try resolve(yaml) else { XCTFail("no run for \(yaml)"); return nil }
        return spec.clipping
    }

    private func failure(_ yaml: String) throws -> Diagnostic? {
        guard case let .failure(diagnostic) = try resolve(yaml) else { XCTFail("no error for \(yaml)"); return nil }
        return diagnostic
    }

    func testForms() throws {
        XCTAssertEqual(try clipping("clip_grad: {max_norm: 1.5}"), .norm(maximum: 1.5))
        XCTAssertEqual(try clipping("clip_grad: {value: 0.25}"), .value(0.25))
        XCTAssertEqual(try clipping("clip_grad: 2"), .norm(maximum: 2))
        XCTAssertNil(try clipping("epochs: 3"))
    }

    func testErrorsAreLocatedWithHints() throws {
        let both = try failure("clip_grad: {max_norm: 1, value: 2}")
        XCTAssertEqual(both?.message, "clip_grad takes one of max_norm (clip by the global norm) or value (clip each component)")
        XCTAssertEqual(both?.location?.line, 3)
        XCTAssertEqual(both?.hint, "keep one; over an extended block's clip_grad, drop the other with e.g. max_norm: null")
        let typo = try failure("clip_grad: {max_nrom: 1}")
        XCTAssertEqual(typo?.hint, "did you mean 'max_norm'?")
        let zero = try failure("clip_grad: {value: 0}")
        XCTAssertNotNil(zero?.message)
        XCTAssertEqual(zero?.location?.column, 20)
    }
}

/// `schedule: {…, warmup: N, start_factor: s}`: any schedule after a linear warm-up.
final class WarmupDecodingTests: XCTestCase {
    private func resolve(_ yaml: String) throws -> Result<RunPlan, Diagnostic> {
        try RecordingLookup.resolveAll("```config r\ndata: {generate: linear}\nepochs: 50\n\(yaml)\n```\n")[0]
    }

    private func schedule(_ yaml: String) throws -> Schedule? {
        guard case let .success(.single(spec)) = try resolve(yaml) else { XCTFail("no run for \(yaml)"); return nil }
        return spec.schedule
    }

    func testWarmupWrapsEverySchedule() throws {
        XCTAssertEqual(try schedule("schedule: {name: cosine, warmup: 5}"),
                       .warmup(epochs: 5, startFactor: 1.0 / 3, then: .cosine(period: 45, minimum: 0)))
        XCTAssertEqual(try schedule("schedule: {name: cosine, warmup: 5, period: 20, start_factor: 0.1}"),
                       .warmup(epochs: 5, startFactor: 0.1, then: .cosine(period: 20, minimum: 0)))
        XCTAssertEqual(try schedule("schedule: {warmup: 3}"), .warmup(epochs: 3, startFactor: 1.0 / 3, then: .constant))
        XCTAssertEqual(try schedule("schedule: {name: step, warmup: 0}"), .step(every: 10, gamma: 0.5))
        XCTAssertEqual(try schedule("schedule: cosine"), .cosine(period: 50, minimum: 0))
    }

    func testWarmupErrors() throws {
        guard case let .failure(long) = try resolve("schedule: {name: cosine, warmup: 50}") else { return XCTFail("no error") }
        XCTAssertEqual(long.message, "a warm-up of 50 epochs leaves none of the run's 50 epochs to the cosine schedule")
        XCTAssertEqual(long.location?.line, 4)
        guard case let .failure(alone) = try resolve("schedule: {name: cosine, start_factor: 0.1}") else { return XCTFail("no error") }
        XCTAssertEqual(alone.hint, "add warmup: 5 to the schedule, or drop start_factor")
        guard case let .failure(typo) = try resolve("schedule: {name: cosine, warmpu: 3}") else { return XCTFail("no error") }
        XCTAssertEqual(typo.hint, "did you mean 'warmup'?")
    }
}

/// `model: {…, init: …}` and the new activations.
final class InitializationDecodingTests: XCTestCase {
    private func resolve(_ model: String) throws -> Result<RunPlan, Diagnostic> {
        try RecordingLookup.resolveAll("```config r\ndata: {generate: moons}\nmodel: \(model)\n```\n")[0]
    }

    private func model(_ yaml: String) throws -> ModelChoice? {
        guard case let .success(.single(spec)) = try resolve(yaml) else { XCTFail("no run for \(yaml)"); return nil }
        return spec.model
    }

    func testSchemesAndScales() throws {
        guard case let .mlp(net)? = try model("{name: mlp, activation: gelu, init: xavier_uniform}") else { return XCTFail("not an mlp") }
        XCTAssertEqual(net.initialization, .xavierUniform(gain: 1))
        XCTAssertEqual(net.activation, .gelu)
        guard case let .mlp(leaky)? = try model("{name: mlp, activation: leaky_relu, init: {name: kaiming_normal, gain: 1.5}}") else { return XCTFail("not an mlp") }
        XCTAssertEqual(leaky.initialization, .kaimingNormal(gain: 1.5))
        guard case let .logistic(logistic)? = try model("{name: logistic, init: {name: normal, std: 0.1}}") else { return XCTFail("not logistic") }
        XCTAssertEqual(logistic.initialization, .normal(std: 0.1))
        guard case let .linear(plain)? = try model("linear") else { return XCTFail("not linear") }
        XCTAssertEqual(plain.initialization, .standard)
    }

    func testErrors() throws {
        guard case let .failure(typo) = try resolve("{name: mlp, init: xavier_unifrom}") else { return XCTFail("no error") }
        XCTAssertEqual(typo.hint, "did you mean 'xavier_uniform'?")
        guard case let .failure(wrongScale) = try resolve("{name: mlp, init: {name: xavier_normal, std: 2}}") else { return XCTFail("no error") }
        XCTAssertTrue(wrongScale.message.contains("std"), wrongScale.message)
        guard case let .failure(softmax) = try resolve("{name: softmax, init: zeros}") else { return XCTFail("no error") }
        XCTAssertEqual(softmax.location?.line, 3)
    }
}
