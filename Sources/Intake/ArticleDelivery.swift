import Extraction

/// The last step of every format: the warnings about an article go out first, then the
/// article, its date decided from the candidates or the default date.
enum ArticleDelivery {
    static func deliver(_ article: Article, dates: [String], warnings: [String?], origin: Origin,
                        options: IntakeOptions, to body: (IntakeItem) throws -> Void) rethrows {
        for case let warning? in warnings { try body(.warning(origin, message: warning)) }
        var dated = article
        let (day, dateWarning) = ArticleDate.resolve(dates, default: options.defaultDate)
        if let dateWarning { try body(.warning(origin, message: dateWarning)) }
        dated.date = day
        try body(.article(dated, origin))
    }

    /// One JSON record, from either JSON reader.
    static func deliverRecord(_ bytes: ArraySlice<UInt8>, origin: Origin, options: IntakeOptions,
                              to body: (IntakeItem) throws -> Void) rethrows {
        switch JSONArticle.read(bytes, maxTextBytes: options.maxArticleBytes) {
        case .failure(let reason):
            try body(.failure(origin, reason: reason))
        case .article(let article, let dates, let warning):
            try deliver(article, dates: dates, warnings: [warning], origin: origin, options: options, to: body)
        }
    }
}
