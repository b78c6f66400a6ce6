import Intake

/// Reading alone: every article of the given paths through Intake, as `dipkb load` reads them,
/// with nothing extracted or stored. Run under `/usr/bin/time -v` it gives the memory reading
/// costs on a file too large to load within the benchmark's time.
struct IntakePass {
    let paths: [String]

    struct Result {
        var articles = 0, failures = 0, bodyBytes = 0
        var seconds = 0.0
    }

    func run() -> Result {
        var result = Result()
        let clock = ContinuousClock()
        let start = clock.now
        ArticleFiles(paths: paths).forEach { item in
            switch item {
            case .article(let article, _):
                result.articles += 1
                result.bodyBytes += article.body.utf8.count
            case .failure: result.failures += 1
            case .warning: break
            }
        }
        result.seconds = (clock.now - start).seconds
        return result
    }
}
