import Foundation

/// An evaluation printed: `table` in score.py's own layout (so the two can be compared line by
/// line), `json` with the same figures for programs. With `verbose`, every miss of every
/// article comes first, as score.py --verbose prints them.
public enum EvaluationReport {
    public enum Format: String, CaseIterable, Sendable {
        case table, json
    }

    public static func render(_ evaluation: Evaluation, format: Format, verbose: Bool) -> String {
        switch format {
        case .table: return table(evaluation, verbose: verbose)
        case .json: return json(evaluation, verbose: verbose).serialized(indent: 2) + "\n"
        }
    }

    static func fixed(_ value: Double, width: Int = 0) -> String {
        let text = String(format: "%.3f", value)
        return String(repeating: " ", count: max(width - text.count, 0)) + text
    }

    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(width - text.count, 0))
    }

    static func table(_ evaluation: Evaluation, verbose: Bool) -> String {
        var lines: [String] = []
        for article in evaluation.articles {
            if let failure = article.failure { lines.append("\(article.stem): extractor failed: \(failure)") }
            if verbose && !article.misses.isEmpty {
                lines.append(article.stem)
                lines += article.misses.map { "  " + $0 }
            }
        }
        lines.append(padded("", 16) + "      P      R     F1   (tp/sys/gold)")
        for figure in EvalFigure.detections {
            let t = evaluation.tallies[figure]!
            lines.append(
                padded(figure.rawValue, 16) + fixed(t.precision, width: 7) + fixed(t.recall, width: 7) + fixed(t.f1, width: 7)
                    + "   (\(t.truePositives)/\(t.system)/\(t.gold))")
        }
        for figure in EvalFigure.accuracies {
            let t = evaluation.tallies[figure]!
            lines.append(padded(figure.rawValue, 16) + " accuracy \(fixed(t.accuracy))   (\(t.truePositives)/\(t.gold))")
        }
        lines.append(
            "articles: \(evaluation.articles.count), extractor failures: \(evaluation.failures), extractor seconds: \(String(format: "%.2f", evaluation.extractionSeconds))"
        )
        lines.append("score: \(fixed(evaluation.score))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ evaluation: Evaluation, verbose: Bool) -> JSONValue {
        func rounded(_ value: Double) -> JSONValue { .number((value * 1000).rounded() / 1000) }
        var figures: [(String, JSONValue)] = []
        for figure in EvalFigure.detections {
            let t = evaluation.tallies[figure]!
            figures.append(
                (
                    figure.rawValue,
                    .object([
                        ("precision", rounded(t.precision)), ("recall", rounded(t.recall)), ("f1", rounded(t.f1)),
                        ("tp", .integer(Int64(t.truePositives))), ("system", .integer(Int64(t.system))), ("gold", .integer(Int64(t.gold))),
                    ])
                ))
        }
        for figure in EvalFigure.accuracies {
            let t = evaluation.tallies[figure]!
            figures.append(
                (
                    figure.rawValue,
                    .object([
                        ("accuracy", rounded(t.accuracy)), ("right", .integer(Int64(t.truePositives))), ("judged", .integer(Int64(t.gold))),
                    ])
                ))
        }
        var pairs: [(String, JSONValue)] = [
            ("articles", .integer(Int64(evaluation.articles.count))),
            ("extractor_failures", .integer(Int64(evaluation.failures))),
            ("figures", .object(figures)),
            ("score", rounded(evaluation.score)),
        ]
        let failed = evaluation.articles.filter { $0.failure != nil }
        pairs.append(("failures", .array(failed.map { .object([("stem", .string($0.stem)), ("reason", .string($0.failure))]) })))
        if verbose {
            pairs.append(
                (
                    "misses",
                    .array(
                        evaluation.articles.filter { !$0.misses.isEmpty }.map { article in
                            .object([("stem", .string(article.stem)), ("misses", .array(article.misses.map(JSONValue.string)))])
                        })
                ))
        }
        return .object(pairs)
    }
}
