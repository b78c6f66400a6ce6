import ArticleModel

/// The last step of every format: the warnings about an article go out first, then the
/// article, its date decided from the candidates or the default date.
enum ArticleDelivery {
    static func deliver(
        _ article: Article, dates: [String], warnings: [String?], origin: Origin,
        options: IntakeOptions, to body: (IntakeItem) throws -> Void
    ) rethrows {
        for case let warning? in warnings { try body(.warning(origin, message: warning)) }
        var dated = article
        let (day, dateWarning) = ArticleDate.resolve(dates, default: options.defaultDate)
        if let dateWarning { try body(.warning(origin, message: dateWarning)) }
        dated.date = day
        try body(.article(dated, origin))
    }

    /// One JSON record, from either JSON reader.
    static func deliverRecord(
        _ bytes: ArraySlice<UInt8>, origin: Origin, options: IntakeOptions,
        to body: (IntakeItem) throws -> Void
    ) rethrows {
        switch JSONArticle.read(bytes, maxTextBytes: options.maxArticleBytes) {
        case .failure(let reason):
            try body(.failure(origin, reason: reason))
        case .article(let article, let dates, let warning):
            try deliver(article, dates: dates, warnings: [warning], origin: origin, options: options, to: body)
        case .list(let key, let records, let warning):
            if let warning { try body(.warning(origin, message: warning)) }
            // The records share the wrapper's line; the reason says which one is meant.
            for (index, element) in records.enumerated() {
                guard let record = element as? [String: Any] else {
                    try body(.failure(origin, reason: "\(key)[\(index)]: record is not a JSON object, skipped"))
                    continue
                }
                switch JSONArticle.article(from: record, maxTextBytes: options.maxArticleBytes) {
                case .article(let article, let dates, let warning):
                    try deliver(article, dates: dates, warnings: [warning.map { "\(key)[\(index)]: \($0)" }], origin: origin, options: options, to: body)
                case .failure(let reason):
                    try body(.failure(origin, reason: "\(key)[\(index)]: \(reason)"))
                case .list:
                    try body(.failure(origin, reason: "\(key)[\(index)]: nested list of records, skipped"))
                }
            }
        }
    }
}
