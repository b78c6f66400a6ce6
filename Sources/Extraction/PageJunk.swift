/// Recognises the parts of a scraped page that are not the article: donation and subscription
/// boxes, cookie and comment prompts, menus, bylines, photo credits, "related" lists.
/// It errs on the side of keeping text: a line is dropped only on a phrase that real news
/// sentences do not use, or when it is short and reads like a page element.
struct PageJunk: Sendable {
    /// Phrases that mark a line as page furniture wherever they occur (lowercase).
    let phrases: [String]
    /// Phrases that mark a short line (a handful of words) as page furniture when it begins with them.
    let shortLinePhrases: [String]

    init(lines: [String]) {
        var phrases: [String] = []
        var short: [String] = []
        for line in lines {
            if line.hasPrefix("short:") {
                short.append(String(line.dropFirst(6)).trimmingSpaces())
            } else {
                phrases.append(line)
            }
        }
        self.phrases = phrases
        self.shortLinePhrases = short
        self.phraseBytes = phrases.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    private let phraseBytes: [[UInt8]]

    /// Whether `needle` occurs in `haystack` (both UTF-8 bytes).
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n <= h else { return false }
        let first = needle[0]
        var i = 0
        while i <= h - n {
            if haystack[i] == first {
                var k = 1
                while k < n && haystack[i + k] == needle[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }

    func isJunk(line: String) -> Bool {
        let lower = line.lowercased()
        let bytes = Array(lower.utf8)
        if phraseBytes.contains(where: { PageJunk.find($0, in: bytes) }) { return true }
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.count <= 8 {
            // Menus and widgets begin with their word ("Home", "Read more", "Photo: ..."); a symbol
            // such as "©" or "°C" marks a widget wherever it stands.
            let trimmed = lower.trimmingSpaces()
            if shortLinePhrases.contains(where: { trimmed.hasPrefix($0) || (!$0.unicodeScalars.contains { $0.properties.isAlphabetic } && lower.contains($0)) }) { return true }
            // Bylines: "By Asbarez | Monday, 15 April 2019", "By Jane Doe, Reuters".
            if words.first == "by", !lower.hasSuffix(".") { return true }
        }
        // Lines without a single letter: separators, bullets, numbers.
        if !line.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { return true }
        return false
    }
}

extension String {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
