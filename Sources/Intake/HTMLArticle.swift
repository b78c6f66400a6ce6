import ArticleModel

/// An article from an HTML page as saved by a browser or crawler: the text of the article body
/// (the largest `<article>`, else `<main>`, else `<body>`) with navigation, scripts and other
/// page furniture left out, paragraphs separated by blank lines so sentences split cleanly;
/// the title, publication date and canonical address from the page's metadata.
public enum HTMLArticle {
    /// The page read as an article; a date that is not a plausible day is left out.
    public static func parse(_ html: String) -> Article {
        let (article, dates) = read(Array(html.utf8))
        var dated = article
        dated.date = ArticleDate.resolve(dates, default: nil).day
        return dated
    }

    /// The article, and the date candidates from the page's metadata in order of trust,
    /// for the caller to judge. `bytes` must be valid UTF-8.
    static func read(_ bytes: [UInt8]) -> (article: Article, dates: [String]) {
        bytes.withUnsafeBufferPointer { b in
            let tokens = HTMLTokenizer.tokens(b)
            let page = PageOutline(b, tokens)
            var body = ""
            for region in page.regions {
                body = render(b, tokens, region.range, keepHeader: region.isArticle)
                if !body.isEmpty { break }
            }
            let title = page.title ?? page.ogTitle
            let article = Article(title: title, source: page.canonical ?? page.ogURL, body: body)
            return (article, page.dates)
        }
    }

    /// Elements that are page furniture, not article text.
    static func isDropped(_ tag: HTMLTag, keepHeader: Bool) -> Bool {
        switch tag {
        case .script, .style, .noscript, .template, .nav, .footer, .aside, .form, .svg, .iframe,
            .button, .select, .textarea, .dialog, .canvas, .math, .object, .head, .title, .noembed, .noframes:
            true
        case .header: !keepHeader
        default: false
        }
    }

    /// Elements that end a paragraph (2) or a line (1) of the text.
    static func breakAround(_ tag: HTMLTag) -> Int {
        switch tag {
        case .p, .div, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .pre, .ul, .ol, .dl, .table,
            .section, .article, .main, .header, .figure, .figcaption, .address, .hr, .details, .fieldset, .body:
            2
        case .br, .li, .dt, .dd, .tr, .caption, .summary:
            1
        default:
            0
        }
    }

    /// Tags a page may have in `<head>`; any other start tag means the body has begun.
    static func belongsInHead(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .meta, .link, .title, .style, .script, .base, .noscript, .template: true
        default: false
        }
    }

    static func render(_ b: UnsafeBufferPointer<UInt8>, _ tokens: [HTMLToken], _ range: Range<Int>, keepHeader: Bool) -> String {
        var text = TextCollector(b)
        var skipping: HTMLTag? = nil
        var skipDepth = 0
        var preDepth = 0
        for index in range {
            let token = tokens[index]
            // A head left open ends where body content starts, as browsers read it.
            if skipping == .head {
                let bodyStarts =
                    switch token.kind {
                    case .startTag: !belongsInHead(token.tag)
                    case .text: (token.start..<token.end).contains { !TextBytes.isSpace(b[$0]) }
                    default: false
                    }
                if bodyStarts { skipping = nil }
            }
            switch token.kind {
            case .startTag:
                if let skipped = skipping {
                    if token.tag == skipped && !token.selfClosing { skipDepth += 1 }
                    continue
                }
                if isDropped(token.tag, keepHeader: keepHeader) {
                    if !token.selfClosing {
                        skipping = token.tag
                        skipDepth = 1
                    }
                    continue
                }
                if token.tag == .pre { preDepth += 1 }
                text.requestBreak(breakAround(token.tag))
                if token.tag == .td || token.tag == .th { text.requestSpace() }
            case .endTag:
                if let skipped = skipping {
                    if token.tag == skipped {
                        skipDepth -= 1
                        if skipDepth == 0 { skipping = nil }
                    }
                    continue
                }
                if token.tag == .pre { preDepth = max(0, preDepth - 1) }
                text.requestBreak(breakAround(token.tag))
                if token.tag == .td || token.tag == .th { text.requestSpace() }
            case .text:
                if skipping == nil { text.append(token.start..<token.end, preformatted: preDepth > 0) }
            case .rawText, .comment:
                continue
            }
        }
        return text.result()
    }
}

/// What one pass over the tokens learns about a page: where the article text may be, and the
/// metadata in the head.
struct PageOutline {
    struct Region {
        var range: Range<Int>
        var isArticle: Bool
    }

    /// Candidate regions in order of preference; the reader takes the first with any text.
    var regions: [Region] = []
    var title: String?
    var ogTitle: String?
    var canonical: String?
    var ogURL: String?
    /// Date candidates, most trusted first.
    var dates: [String] = []

    /// `<meta>` names that carry the publication date, after `article:published_time`.
    static let dateMetaNames: Set<String> = [
        "date", "pubdate", "publish-date", "publish_date", "publishdate", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.created", "datepublished", "sailthru.date", "parsely-pub-date", "og:published_time",
    ]

    init(_ b: UnsafeBufferPointer<UInt8>, _ tokens: [HTMLToken]) {
        var articles: [(range: Range<Int>, text: Int)] = []
        var articleStart = 0
        var articleDepth = 0
        var articleText = 0
        var main: Range<Int>?
        var mainStart = 0
        var mainDepth = 0
        var body: Range<Int>?
        var bodyStart: Int?
        var svgDepth = 0
        var textSoFar = 0
        var publishedTime: String?
        var metaDates: [String] = []
        var jsonLDDates: [String] = []
        var timeDates: [String] = []

        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .text:
                textSoFar += token.end - token.start
            case .startTag:
                switch token.tag {
                case .article:
                    if articleDepth == 0 {
                        articleStart = index
                        articleText = textSoFar
                    }
                    if !token.selfClosing { articleDepth += 1 }
                case .main:
                    if mainDepth == 0 { mainStart = index }
                    if !token.selfClosing { mainDepth += 1 }
                case .body:
                    if bodyStart == nil { bodyStart = index }
                case .svg:
                    if !token.selfClosing { svgDepth += 1 }
                case .meta:
                    var key = ""
                    var content = ""
                    for (name, value) in HTMLTokenizer.attributes(b, of: token) {
                        switch name {
                        case "property", "name", "itemprop": if key.isEmpty { key = value.lowercased() }
                        case "content": content = value
                        default: break
                        }
                    }
                    guard !content.isEmpty else { break }
                    if key == "article:published_time" {
                        publishedTime = publishedTime ?? content
                    } else if key == "og:title" {
                        ogTitle = ogTitle ?? content
                    } else if key == "og:url" {
                        ogURL = ogURL ?? content
                    } else if Self.dateMetaNames.contains(key) {
                        metaDates.append(content)
                    }
                case .link:
                    let attributes = HTMLTokenizer.attributes(b, of: token)
                    let rel = attributes.first { $0.name == "rel" }?.value.lowercased() ?? ""
                    if canonical == nil, rel.split(separator: " ").contains("canonical"),
                        let href = attributes.first(where: { $0.name == "href" })?.value, !href.isEmpty
                    {
                        canonical = href
                    }
                case .time:
                    if let when = HTMLTokenizer.attributes(b, of: token).first(where: { $0.name == "datetime" })?.value,
                        !when.isEmpty
                    {
                        timeDates.append(when)
                    }
                case .title:
                    if title == nil, svgDepth == 0, index + 1 < tokens.count, tokens[index + 1].kind == .rawText {
                        let raw = tokens[index + 1]
                        let text = HTMLEntities.decodedCollapsed(b, raw.start..<raw.end)
                        if !text.isEmpty { title = text }
                    }
                case .script:
                    let type = HTMLTokenizer.attributes(b, of: token).first { $0.name == "type" }?.value.lowercased() ?? ""
                    if type.contains("ld+json"), index + 1 < tokens.count, tokens[index + 1].kind == .rawText {
                        let raw = tokens[index + 1]
                        jsonLDDates += Self.jsonLDDatesPublished(b, raw.start..<raw.end)
                    }
                default:
                    break
                }
            case .endTag:
                switch token.tag {
                case .article where articleDepth > 0:
                    articleDepth -= 1
                    if articleDepth == 0 { articles.append((articleStart..<index + 1, textSoFar - articleText)) }
                case .main where mainDepth > 0:
                    mainDepth -= 1
                    if mainDepth == 0, main == nil { main = mainStart..<index + 1 }
                case .body:
                    if let start = bodyStart, body == nil { body = start..<index + 1 }
                case .svg where svgDepth > 0:
                    svgDepth -= 1
                default:
                    break
                }
            case .rawText, .comment:
                break
            }
        }
        // Elements left open run to the end of the page.
        if articleDepth > 0 { articles.append((articleStart..<tokens.count, textSoFar - articleText)) }
        if mainDepth > 0, main == nil { main = mainStart..<tokens.count }
        if let start = bodyStart, body == nil { body = start..<tokens.count }

        // Pages list teasers as articles too; the story is the one with the most text.
        if let largest = articles.max(by: { $0.text < $1.text }) {
            regions.append(Region(range: largest.range, isArticle: true))
        }
        if let main { regions.append(Region(range: main, isArticle: false)) }
        if let body { regions.append(Region(range: body, isArticle: false)) }
        regions.append(Region(range: 0..<tokens.count, isArticle: false))

        dates = (publishedTime.map { [$0] } ?? []) + metaDates + jsonLDDates + timeDates
    }

    /// The string values of `"datePublished"` keys in a JSON-LD block, found without parsing
    /// the JSON (pages often get it slightly wrong).
    static func jsonLDDatesPublished(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String] {
        let key = Array("\"datePublished\"".utf8)
        var found: [String] = []
        var i = range.lowerBound
        while i + key.count <= range.upperBound {
            guard b[i] == key[0], (1..<key.count).allSatisfy({ b[i + $0] == key[$0] }) else {
                i += 1
                continue
            }
            var j = i + key.count
            while j < range.upperBound, TextBytes.isSpace(b[j]) { j += 1 }
            guard j < range.upperBound, b[j] == 0x3A else {
                i = j
                continue
            }
            j += 1
            while j < range.upperBound, TextBytes.isSpace(b[j]) { j += 1 }
            guard j < range.upperBound, b[j] == 0x22 else {
                i = j
                continue
            }
            let start = j + 1
            var end = start
            while end < range.upperBound, b[end] != 0x22, end - start < 64 { end += 1 }
            if end < range.upperBound, b[end] == 0x22 {
                found.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self))
            }
            i = end
        }
        return found
    }
}

/// Builds the article text from pieces of the page: white space collapsed outside `<pre>`,
/// references decoded, line and paragraph breaks placed only between pieces of text.
struct TextCollector {
    private let b: UnsafeBufferPointer<UInt8>
    private var out: [UInt8] = []
    private var pendingBreak = 0
    private var pendingSpace = false

    init(_ b: UnsafeBufferPointer<UInt8>) {
        self.b = b
        out.reserveCapacity(b.count / 3)
    }

    mutating func requestBreak(_ newlines: Int) {
        pendingBreak = max(pendingBreak, newlines)
    }

    mutating func requestSpace() {
        pendingSpace = true
    }

    @inline(__always)
    private mutating func separate() {
        if out.isEmpty {
            pendingBreak = 0
        } else if pendingBreak > 0 {
            while let last = out.last, last == 0x20 { out.removeLast() }
            for _ in 0..<pendingBreak { out.append(0x0A) }
        } else if pendingSpace, out.last != 0x0A {
            out.append(0x20)
        }
        pendingBreak = 0
        pendingSpace = false
    }

    mutating func append(_ range: Range<Int>, preformatted: Bool) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = b[i]
            if !preformatted {
                if TextBytes.isSpace(c) {
                    pendingSpace = true
                    i += 1
                    continue
                }
                if c == 0xC2, i + 1 < end, b[i + 1] == 0xA0 {
                    pendingSpace = true
                    i += 2
                    continue
                }
            }
            if c == 0x26, let (scalar, next) = HTMLEntities.decode(b, at: i, end: end) {
                if !preformatted && (scalar.value == 0xA0 || scalar.value == 0x20 || scalar.value == 0x09 || scalar.value == 0x0A) {
                    pendingSpace = true
                } else {
                    separate()
                    HTMLEntities.append(scalar, to: &out)
                }
                i = next
                continue
            }
            separate()
            // Copy the run of ordinary bytes in one go.
            var j = i + 1
            while j < end {
                let d = b[j]
                if d == 0x26 || d == 0xC2 || (!preformatted && TextBytes.isSpace(d)) { break }
                j += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
            i = j
        }
    }

    func result() -> String {
        var end = out.count
        while end > 0, TextBytes.isSpace(out[end - 1]) { end -= 1 }
        return String(decoding: out[..<end], as: UTF8.self)
    }
}
